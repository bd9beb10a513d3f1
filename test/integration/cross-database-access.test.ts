import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin } from "../support/database";
import {
  createTestInstance,
  serviceAccountToken,
  startTestServer,
  STORE_KINDS,
  type TestServer,
} from "../support/server";

interface Change {
  name: string;
  status: string;
  checks: { target: string; advices: { rule: string; level: string; content: string }[] }[];
}
interface AuditRecord {
  actor: string;
  resource: string;
  detail?: { field: string; before: unknown; after: unknown };
}
/** One audit record of a decision as a line: the resource, and the field's value before and after. */
const decision = (r: AuditRecord): string =>
  `${r.resource} ${r.detail?.field ?? "?"}: ${JSON.stringify(r.detail?.before)} → ${JSON.stringify(r.detail?.after)}`;

interface ApiErrorBody {
  error: { code: number; status: string; message: string; details?: { field: string; description: string }[] };
}

/**
 * A project's crossDatabaseAccess: the databases besides a target that its changes may name.
 * Only a workspace admin sets it; a statement reaching a database on it passes the locked
 * target-boundary rule, one reaching any other database is still blocked.
 */
describe.each(STORE_KINDS)("cross-database access, on the %s store", (storeKind) => {
  let t: TestServer;
  let admin: Connection;
  let ownerToken = "";
  let dbaToken = "";
  const suffix = crypto.randomBytes(3).toString("hex");
  const a = `tmx_${suffix}_a`;
  const b = `tmx_${suffix}_b`;
  const c = `tmx_${suffix}_c`;
  const database = (db: string): string => `instances/main/databases/${db}`;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  const boundaryAdvice = (change: Change) =>
    change.checks.flatMap((check) => check.advices).filter((advice) => advice.rule === "statement.target-boundary");

  async function changeInA(id: string, sql: string): Promise<Change> {
    const res = await t.api<Change>(
      "POST",
      `/v1/projects/pa/changes?changeId=${id}`,
      { title: id, targets: [database(a)], sql },
      as(ownerToken),
    );
    expect(res.status).toBe(200);
    return res.body;
  }

  async function setAllowList(names: string[], token?: string) {
    return t.api<ApiErrorBody & { crossDatabaseAccess: string[] }>(
      "PATCH",
      "/v1/projects/pa?updateMask=crossDatabaseAccess",
      { crossDatabaseAccess: names },
      token ? as(token) : {},
    );
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    for (const db of [a, b, c]) {
      await admin.query(`CREATE DATABASE \`${db}\``);
      await admin.query(`CREATE TABLE \`${db}\`.t (id INT PRIMARY KEY)`);
    }
    await admin.query(`INSERT INTO \`${a}\`.t VALUES (1), (2)`);
    t = await startTestServer(storeKind);
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
    await createTestInstance(t, "main", "environments/test");
    ownerToken = await serviceAccountToken(t, "owner", "workspaceMember");
    dbaToken = await serviceAccountToken(t, "dba", "workspaceDBA");
    for (const project of ["pa", "pb", "pc"]) {
      expect((await t.api("POST", `/v1/projects?projectId=${project}`, { title: project })).status).toBe(200);
    }
    const policy = await t.api("POST", "/v1/projects/pa:setIamPolicy", {
      policy: { bindings: [{ role: "projectOwner", members: ["serviceAccounts/owner"] }] },
    });
    expect(policy.status).toBe(200);
    const enrol = await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: database(a), project: "projects/pa" } },
        { database: { name: database(b), project: "projects/pb" } },
        { database: { name: database(c), project: "projects/pc" } },
      ],
    });
    expect(enrol.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    if (admin) {
      for (const db of [a, b, c]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    }
  });

  test("a project starts with no other database allowed, and a statement reaching one is blocked", async () => {
    expect((await t.api("GET", "/v1/projects/pa")).body).toMatchObject({ crossDatabaseAccess: [] });
    const change = await changeInA("before", `INSERT INTO \`${b}\`.t SELECT id FROM t`);
    expect(change.status).toBe("BLOCKED");
    expect(boundaryAdvice(change)).toHaveLength(1);
  });

  test.each([
    ["a project owner", () => ownerToken],
    ["a workspace DBA", () => dbaToken],
  ])("%s cannot set the list", async (_who, token) => {
    const res = await setAllowList([database(b)], token());
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 403, status: "PERMISSION_DENIED" });
    expect(res.body.error.details?.[0]?.field).toBe("crossDatabaseAccess");
    expect(res.body.error.message).toMatch(/only a workspace admin may make it/);
    expect((await t.api("GET", "/v1/projects/pa")).body).toMatchObject({ crossDatabaseAccess: [] });
  });

  test("a member cannot create a project that names other databases, but may create one that names none", async () => {
    const refused = await t.api<ApiErrorBody>(
      "POST",
      "/v1/projects?projectId=sneaky",
      { title: "Sneaky", crossDatabaseAccess: [database(b)] },
      as(ownerToken),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.details?.[0]?.field).toBe("crossDatabaseAccess");
    expect((await t.api("GET", "/v1/projects/sneaky")).status).toBe(404);
    const plain = await t.api(
      "POST",
      "/v1/projects?projectId=plain",
      { title: "Plain", crossDatabaseAccess: [] },
      as(ownerToken),
    );
    expect(plain.status).toBe(200);
  });

  test("a system schema cannot be allowed", async () => {
    const res = await setAllowList([database(b), "instances/main/databases/mysql"]);
    expect(res.status).toBe(400);
    expect(res.body.error.details?.[0]?.field).toBe("crossDatabaseAccess[1]");
  });

  test("the admin sets the list; it is returned and each database added is an audit record", async () => {
    const res = await setAllowList([database(b), `instances/elsewhere/databases/${c}`]);
    expect(res.status).toBe(200);
    expect(res.body.crossDatabaseAccess).toEqual([database(b), `instances/elsewhere/databases/${c}`]);
    expect((await t.api("GET", "/v1/projects/pa")).body).toMatchObject({
      crossDatabaseAccess: res.body.crossDatabaseAccess,
    });
    const audit = await t.api<{ auditLogs: AuditRecord[] }>(
      "GET",
      `/v1/auditLogs?filter=${encodeURIComponent('action = "projects.setCrossDatabaseAccess"')}`,
    );
    expect(audit.body.auditLogs.map(decision).sort()).toEqual(
      [
        `projects/pa crossDatabaseAccess: null → "${database(b)}"`,
        `projects/pa crossDatabaseAccess: null → "instances/elsewhere/databases/${c}"`,
      ].sort(),
    );
    expect(audit.body.auditLogs.every((r) => r.actor === "serviceAccounts/admin")).toBe(true);
  });

  test("INSERT … SELECT into an allowed database passes the target boundary", async () => {
    const change = await changeInA("into-b", `INSERT INTO \`${b}\`.t SELECT id FROM t`);
    expect(boundaryAdvice(change)).toEqual([]);
    expect(change.status).toBe("APPROVED");
  });

  test("INSERT … SELECT into a database the list does not allow on this instance is still blocked", async () => {
    // c is allowed only on another instance, which says nothing about this one.
    const change = await changeInA("into-c", `INSERT INTO \`${c}\`.t SELECT id FROM t`);
    expect(change.status).toBe("BLOCKED");
    const [advice] = boundaryAdvice(change);
    expect(advice).toMatchObject({ level: "ERROR" });
    expect(advice?.content).toContain(c);
  });

  test("one statement reaching an allowed and a disallowed database is blocked for the disallowed one", async () => {
    const change = await changeInA("b-and-c", `INSERT INTO \`${b}\`.t SELECT id FROM \`${c}\`.t`);
    expect(change.status).toBe("BLOCKED");
    const advices = boundaryAdvice(change);
    expect(advices).toHaveLength(1);
    expect(advices[0]?.content).toContain(`names database ${c}`);
  });

  test("the owner may change the project's other fields; the list stays as the admin left it", async () => {
    const res = await t.api<{ crossDatabaseAccess: string[] }>(
      "PATCH",
      "/v1/projects/pa?updateMask=title",
      { title: "Project A" },
      as(ownerToken),
    );
    expect(res.status).toBe(200);
    expect(res.body.crossDatabaseAccess).toEqual([database(b), `instances/elsewhere/databases/${c}`]);
    // The same databases in another order are no change.
    const reordered = await setAllowList([`instances/elsewhere/databases/${c}`, database(b)], ownerToken);
    expect(reordered.status).toBe(200);
  });

  test("the admin empties the list: each database removed is an audit record, and b is blocked again", async () => {
    const res = await setAllowList([]);
    expect(res.status).toBe(200);
    const audit = await t.api<{ auditLogs: AuditRecord[] }>(
      "GET",
      `/v1/auditLogs?filter=${encodeURIComponent('action = "projects.setCrossDatabaseAccess"')}`,
    );
    expect(audit.body.auditLogs.map(decision)).toEqual(
      expect.arrayContaining([
        `projects/pa crossDatabaseAccess: "${database(b)}" → null`,
        `projects/pa crossDatabaseAccess: "instances/elsewhere/databases/${c}" → null`,
      ]),
    );
    const change = await changeInA("after", `INSERT INTO \`${b}\`.t SELECT id FROM t`);
    expect(change.status).toBe("BLOCKED");
  });
});
