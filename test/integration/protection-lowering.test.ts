import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Connection } from "mysql2/promise";
import { recordAudit } from "../../server/audit";
import { REDACTED } from "../../server/log";
import { connectAdmin, connectionTarget } from "../support/database";
import {
  createTestInstance,
  serviceAccountToken,
  startTestServer,
  STORE_KINDS,
  type TestServer,
} from "../support/server";

interface ApiErrorBody {
  error: { code: number; status: string; message: string; details?: { field: string; description: string }[] };
}
interface AuditRecord {
  actor: string;
  action: string;
  resource: string;
  status: number;
  requestId: string;
  detail?: {
    field: string;
    before: unknown;
    after: unknown;
    summary?: string;
    protectedDatabases?: { count: number; names: string[]; environments: string[] };
  };
}

/** Every property name the schemas in schema/ mark writeOnly, at any depth. */
function writeOnlyFieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const properties = (node as { properties?: unknown }).properties;
    if (typeof properties === "object" && properties !== null) {
      for (const [name, property] of Object.entries(properties)) {
        if ((property as { writeOnly?: unknown }).writeOnly === true) names.add(name);
      }
    }
    Object.values(node).forEach(walk);
  };
  for (const dir of ["resources", "requests"]) {
    const root = path.join(__dirname, "../../schema", dir);
    for (const file of fs.readdirSync(root).filter((f) => f.endsWith(".json"))) {
      walk(JSON.parse(fs.readFileSync(path.join(root, file), "utf8")));
    }
  }
  return names;
}

/**
 * Lowering protection is a workspace decision (issue 10): a project owner is refused, with the
 * field named, every way it could take a protected database out of approval; a workspace admin
 * or DBA may, and each such decision is an audit record of the plain resource name with a detail
 * naming the field, its values before and after, and the protected databases it concerned.
 */
describe.each(STORE_KINDS)("who may lower protection, on the %s store", (storeKind) => {
  let t: TestServer;
  let admin: Connection;
  let ownerToken = "";
  let dbaToken = "";
  const suffix = crypto.randomBytes(3).toString("hex");
  const prodDb = `tml_${suffix}_prod`;
  const testDb = `tml_${suffix}_test`;
  const looseDb = `tml_${suffix}_loose`;
  const databases = [prodDb, testDb, looseDb];
  const database = (db: string): string => `instances/main/databases/${db}`;
  const edgeDatabase = (db: string): string => `instances/edge/databases/${db}`;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  /** Every lowering recorded so far, newest first. */
  async function decisions(): Promise<AuditRecord[]> {
    const res = await t.api<{ auditLogs: AuditRecord[] }>(
      "GET",
      `/v1/auditLogs?filter=${encodeURIComponent('action = "protection.lower"')}&pageSize=1000`,
    );
    expect(res.status).toBe(200);
    return res.body.auditLogs;
  }

  /** The lowerings one call made: the records with that call's request id. */
  async function decisionsOf(res: { headers: Headers }): Promise<AuditRecord[]> {
    const requestId = res.headers.get("x-request-id");
    return (await decisions()).filter((r) => r.requestId === requestId);
  }

  /** The one lowering a call made. */
  async function decisionOf(res: { headers: Headers }): Promise<AuditRecord | undefined> {
    const records = await decisionsOf(res);
    expect(records).toHaveLength(1);
    return records[0];
  }

  /** What app's protected database makes of a decision about the project. */
  const appHoldings = {
    count: 1,
    names: [database(prodDb)],
    environments: ["environments/prod"],
  };

  function expectRefusal(res: { status: number; body: ApiErrorBody }, field: string): void {
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 403, status: "PERMISSION_DENIED" });
    expect(res.body.error.details?.[0]?.field).toBe(field);
    expect(res.body.error.message).toMatch(/workspace decision: only a workspace admin or workspace DBA may make it/);
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    for (const db of databases) {
      await admin.query(`CREATE DATABASE \`${db}\``);
      await admin.query(`CREATE TABLE \`${db}\`.accounts (id INT PRIMARY KEY, email VARCHAR(255))`);
    }
    t = await startTestServer(storeKind);
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test", order: 0 });
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", order: 1, protected: true });
    await t.api("POST", "/v1/environments?environmentId=vault", { title: "Vault", order: 2, protected: true });
    await createTestInstance(t, "main", "environments/test");
    // A second instance of the same server, in a protected environment: every database it syncs
    // inherits that environment, in projects/default.
    await createTestInstance(t, "edge", "environments/vault");
    for (const id of ["strict", "lax"]) {
      const config = await t.api("POST", `/v1/reviewConfigs?reviewConfigId=${id}`, {
        title: id,
        rules: id === "strict" ? [{ id: "statement.where.require-update-delete", level: "WARNING" }] : [],
      });
      expect(config.status).toBe(200);
    }
    ownerToken = await serviceAccountToken(t, "owner", "workspaceMember");
    dbaToken = await serviceAccountToken(t, "dba", "workspaceDBA");
    for (const project of ["app", "other", "default"]) {
      if (project !== "default") {
        expect((await t.api("POST", `/v1/projects?projectId=${project}`, { title: project })).status).toBe(200);
      }
      const policy = await t.api("POST", `/v1/projects/${project}:setIamPolicy`, {
        policy: { bindings: [{ role: "projectOwner", members: ["serviceAccounts/owner"] }] },
      });
      expect(policy.status).toBe(200);
    }
    // A member starts a project with approval off: it holds nothing yet, so nothing is lowered.
    const loose = await t.api(
      "POST",
      "/v1/projects?projectId=loose",
      { title: "Loose", requireApproval: false },
      as(ownerToken),
    );
    expect(loose.status).toBe(200);
    const enrol = await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: database(prodDb), project: "projects/app", environment: "environments/prod" } },
        { database: { name: database(testDb), project: "projects/app" } },
        { database: { name: database(looseDb), project: "projects/loose" } },
      ],
    });
    expect(enrol.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    if (admin) {
      for (const db of databases) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    }
  });

  describe("a project owner is refused", () => {
    test("moving a protected database to an unprotected environment override", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=environment`,
        { environment: "environments/test" },
        as(ownerToken),
      );
      expectRefusal(res, "environment");
      expect(res.body.error.message).toContain(
        `moving ${database(prodDb)} out of protected environments/prod into unprotected environments/test`,
      );
      expect((await t.api("GET", `/v1/${database(prodDb)}`)).body).toMatchObject({
        effectiveEnvironment: "environments/prod",
      });
    });

    test("clearing the override of a protected database onto an unprotected instance", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=environment`,
        { environment: "" },
        as(ownerToken),
      );
      expectRefusal(res, "environment");
      expect((await t.api("GET", `/v1/${database(prodDb)}`)).body).toMatchObject({ environment: "environments/prod" });
    });

    test("moving a protected database out through a batch update, the field named under its request", async () => {
      const res = await t.api<ApiErrorBody>(
        "POST",
        "/v1/instances/main/databases:batchUpdate",
        {
          requests: [
            { database: { name: database(testDb), labels: { tier: "gold" } } },
            { database: { name: database(prodDb), environment: "" }, updateMask: "environment" },
          ],
        },
        as(ownerToken),
      );
      expectRefusal(res, "requests[1].database.environment");
      // All or none: the first request did not land either.
      expect((await t.api("GET", `/v1/${database(testDb)}`)).body).toMatchObject({ labels: {} });
    });

    test("transferring a protected database to another project, even one it owns", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=project`,
        { project: "projects/other" },
        as(ownerToken),
      );
      expectRefusal(res, "project");
      expect((await t.api("GET", `/v1/${database(prodDb)}`)).body).toMatchObject({ project: "projects/app" });
    });

    test("un-enrolling a protected database into the default project", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=project`,
        { project: "projects/default" },
        as(ownerToken),
      );
      expectRefusal(res, "project");
      expect((await t.api("GET", `/v1/${database(prodDb)}`)).body).toMatchObject({ project: "projects/app" });
    });

    test.each([
      ["requireApproval", false],
      ["enforceSqlReview", false],
      ["allowSelfApproval", true],
    ])("setting %s to %s on a project that holds a protected database", async (field, value) => {
      const before = (await t.api<Record<string, unknown>>("GET", "/v1/projects/app")).body;
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/projects/app?updateMask=${field}`,
        { [field]: value },
        as(ownerToken),
      );
      expectRefusal(res, field);
      expect(res.body.error.message).toContain(
        "projects/app, which holds 1 database(s) in protected environments (environments/prod)",
      );
      const after = (await t.api<Record<string, unknown>>("GET", "/v1/projects/app")).body;
      expect(after[field]).toBe(before[field]);
      expect(after.etag).toBe(before.etag);
    });

    test("putting a database into a protected environment in a project that does not require approval", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/${database(looseDb)}?updateMask=environment`,
        { environment: "environments/prod" },
        as(ownerToken),
      );
      expectRefusal(res, "environment");
      expect(res.body.error.message).toContain("projects/loose, which has requireApproval off");
      expect((await t.api("GET", `/v1/${database(looseDb)}`)).body).toMatchObject({
        effectiveEnvironment: "environments/test",
      });
    });

    test("naming an environment that does not exist is a 400 about it, not a protection refusal", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=environment`,
        { environment: "environments/nowhere" },
        as(ownerToken),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.details?.[0]?.field).toBe("environment");
    });

    test("force-deleting a project that holds a protected database, which would transfer it", async () => {
      const res = await t.api<ApiErrorBody>("DELETE", "/v1/projects/app?force=true", undefined, as(ownerToken));
      expectRefusal(res, "force");
      expect((await t.api("GET", `/v1/${database(prodDb)}`)).body).toMatchObject({ project: "projects/app" });
    });

    test("turning off an environment's protection", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        "/v1/environments/prod?updateMask=protected",
        { protected: false },
        as(ownerToken),
      );
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 403, status: "PERMISSION_DENIED" });
      expect((await t.api("GET", "/v1/environments/prod")).body).toMatchObject({ protected: true });
    });

    test("lowering requiredApprovals on a project that holds a protected database; raising it is the owner's", async () => {
      const raised = await t.api(
        "PATCH",
        "/v1/projects/app?updateMask=requiredApprovals",
        { requiredApprovals: 2 },
        as(ownerToken),
      );
      expect(raised.status).toBe(200);
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        "/v1/projects/app?updateMask=requiredApprovals",
        { requiredApprovals: 1 },
        as(ownerToken),
      );
      expectRefusal(res, "requiredApprovals");
      expect(res.body.error.message).toContain(
        "lowering requiredApprovals from 2 to 1 for projects/app, which holds 1 database(s) in protected environments (environments/prod)",
      );
      expect((await t.api("GET", "/v1/projects/app")).body).toMatchObject({ requiredApprovals: 2 });
    });

    test("attaching a review config to a project adds rules, which is the owner's", async () => {
      const res = await t.api(
        "PATCH",
        "/v1/projects/app?updateMask=reviewConfig",
        { reviewConfig: "reviewConfigs/strict" },
        as(ownerToken),
      );
      expect(res.status).toBe(200);
    });

    test.each([
      ["removing", "", "removing reviewConfigs/strict from projects/app"],
      ["replacing", "reviewConfigs/lax", "replacing reviewConfigs/strict with reviewConfigs/lax for projects/app"],
    ])("%s the review config of a project that holds a protected database", async (_verb, value, words) => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        "/v1/projects/app?updateMask=reviewConfig",
        { reviewConfig: value },
        as(ownerToken),
      );
      expectRefusal(res, "reviewConfig");
      expect(res.body.error.message).toContain(`${words}, which holds 1 database(s) in protected environments`);
      expect((await t.api("GET", "/v1/projects/app")).body).toMatchObject({ reviewConfig: "reviewConfigs/strict" });
    });

    test("changing a protected environment's review config, which only workspace staff may update at all", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        "/v1/environments/prod?updateMask=reviewConfig",
        { reviewConfig: "reviewConfigs/lax" },
        as(ownerToken),
      );
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain("environments.update");
      expect((await t.api("GET", "/v1/environments/prod")).body).toMatchObject({ reviewConfig: "" });
    });

    test("moving an instance, and with it the databases that inherit its environment, which only workspace staff may update at all", async () => {
      const res = await t.api<ApiErrorBody>(
        "PATCH",
        "/v1/instances/edge?updateMask=environment",
        { environment: "environments/test" },
        as(ownerToken),
      );
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain("instances.update");
      expect((await t.api("GET", `/v1/${edgeDatabase(prodDb)}`)).body).toMatchObject({
        effectiveEnvironment: "environments/vault",
      });
    });

    test("after every refusal, the next change to the protected database still needs approval", async () => {
      const res = await t.api<{ status: string; approvalRequired: boolean }>(
        "POST",
        "/v1/projects/app/changes?changeId=after-refusals",
        { title: "Insert", targets: [database(prodDb)], sql: "INSERT INTO accounts (id, email) VALUES (9, 'z@x')" },
        as(ownerToken),
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: "PENDING_APPROVAL", approvalRequired: true });
      expect(await decisions()).toEqual([]);
    });
  });

  describe("what a project owner may still do", () => {
    test("move a database between unprotected environments and label a protected one", async () => {
      const moved = await t.api(
        "PATCH",
        `/v1/${database(looseDb)}?updateMask=environment`,
        { environment: "environments/test" },
        as(ownerToken),
      );
      expect(moved.status).toBe(200);
      const labelled = await t.api(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=labels`,
        { labels: { tier: "gold" } },
        as(ownerToken),
      );
      expect(labelled.status).toBe(200);
    });

    test("turn approval off in a project that holds no protected database", async () => {
      const res = await t.api(
        "PATCH",
        "/v1/projects/other?updateMask=requireApproval",
        { requireApproval: false },
        as(ownerToken),
      );
      expect(res.status).toBe(200);
      expect(await decisions()).toEqual([]);
      await t.api("PATCH", "/v1/projects/other?updateMask=requireApproval", { requireApproval: true }, as(ownerToken));
    });
  });

  describe("a workspace admin or DBA may, and each decision is audited", () => {
    test.each([
      ["requireApproval", true, false],
      ["enforceSqlReview", true, false],
      ["allowSelfApproval", false, true],
    ])("a DBA sets %s from %s to %s on a project that holds a protected database", async (field, from, to) => {
      const res = await t.api<Record<string, unknown> & { etag: string }>(
        "PATCH",
        `/v1/projects/app?updateMask=${field}`,
        { [field]: to },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(res.body[field]).toBe(to);
      expect(await decisionOf(res)).toEqual(
        expect.objectContaining({
          actor: "serviceAccounts/dba",
          action: "protection.lower",
          resource: "projects/app",
          status: 200,
          detail: {
            field,
            before: from,
            after: to,
            summary: expect.stringContaining(
              `for projects/app, which holds 1 database(s) in protected environments (environments/prod)`,
            ),
            protectedDatabases: appHoldings,
          },
        }),
      );
      // Raising it again is anyone's: the owner puts it back.
      const back = await t.api("PATCH", `/v1/projects/app?updateMask=${field}`, { [field]: from }, as(ownerToken));
      expect(back.status).toBe(200);
    });

    test("the admin moves a protected database to an unprotected override, and back", async () => {
      const res = await t.api("PATCH", `/v1/${database(prodDb)}?updateMask=environment`, {
        environment: "environments/test",
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ effectiveEnvironment: "environments/test" });
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/admin",
        resource: database(prodDb),
        detail: {
          field: "environment",
          before: "environments/prod",
          after: "environments/test",
          summary: `moving ${database(prodDb)} out of protected environments/prod into unprotected environments/test`,
          protectedDatabases: appHoldings,
        },
      });
      const back = await t.api(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=environment`,
        { environment: "environments/prod" },
        as(ownerToken),
      );
      expect(back.status).toBe(200);
    });

    test("a DBA transfers a protected database to another project, and back", async () => {
      const res = await t.api(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=project`,
        { project: "projects/other" },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        resource: database(prodDb),
        detail: { field: "project", before: "projects/app", after: "projects/other" },
      });
      const back = await t.api(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=project`,
        { project: "projects/app" },
        as(dbaToken),
      );
      expect(back.status).toBe(200);
      expect((await decisionOf(back))?.detail).toMatchObject({
        field: "project",
        before: "projects/other",
        after: "projects/app",
      });
    });

    test("a DBA puts a database into a protected environment of a project without approval", async () => {
      const res = await t.api(
        "PATCH",
        `/v1/${database(looseDb)}?updateMask=environment`,
        { environment: "environments/prod" },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toMatchObject({
        resource: database(looseDb),
        detail: {
          field: "environment",
          before: "environments/test",
          after: "environments/prod",
          summary: `putting ${database(looseDb)} into protected environments/prod in projects/loose, which has requireApproval off`,
          protectedDatabases: { count: 1, names: [database(looseDb)], environments: ["environments/prod"] },
        },
      });
    });

    test("a DBA force-deletes a project that holds a protected database", async () => {
      const res = await t.api("DELETE", "/v1/projects/loose?force=true", undefined, as(dbaToken));
      expect(res.status).toBe(200);
      expect((await t.api("GET", `/v1/${database(looseDb)}`)).body).toMatchObject({ project: "projects/default" });
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        resource: "projects/loose",
        detail: {
          field: "force",
          before: false,
          after: true,
          protectedDatabases: { count: 1, names: [database(looseDb)], environments: ["environments/prod"] },
        },
      });
    });

    test("a DBA turns off an environment's protection", async () => {
      await t.api("POST", "/v1/environments?environmentId=stage", { title: "Stage", protected: true });
      const res = await t.api(
        "PATCH",
        "/v1/environments/stage?updateMask=protected",
        { protected: false },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        resource: "environments/stage",
        detail: {
          field: "protected",
          before: true,
          after: false,
          summary: "turning off protection of environments/stage",
          protectedDatabases: { count: 0, names: [], environments: [] },
        },
      });
    });

    test("a protected environment a database overrides to cannot be deleted from under it", async () => {
      const res = await t.api<ApiErrorBody>("DELETE", "/v1/environments/prod", undefined, as(dbaToken));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ status: "FAILED_PRECONDITION" });
      expect(res.body.error.message).toMatch(/environment override of 2 database\(s\)/);
    });

    test("the decision record and the call's own record share the request", async () => {
      const res = await t.api(
        "PATCH",
        "/v1/projects/app?updateMask=requireApproval",
        { requireApproval: false },
        { ...as(dbaToken), "x-request-id": `lower-${suffix}` },
      );
      expect(res.status).toBe(200);
      // The call's own record is written once its response is sent: read until it is there.
      let actions: string[] = [];
      for (let i = 0; i < 200 && actions.length < 2; i++) {
        const all = await t.api<{ auditLogs: AuditRecord[] }>(
          "GET",
          `/v1/auditLogs?filter=${encodeURIComponent(`requestId = "lower-${suffix}"`)}`,
        );
        actions = all.body.auditLogs.map((r) => r.action).sort();
        if (actions.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(actions).toEqual(["projects.update", "protection.lower"]);
      await t.api("PATCH", "/v1/projects/app?updateMask=requireApproval", { requireApproval: true });
    });

    test("a DBA lowers requiredApprovals from 2 to 1 on a project that holds a protected database", async () => {
      const res = await t.api(
        "PATCH",
        "/v1/projects/app?updateMask=requiredApprovals",
        { requiredApprovals: 1 },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        resource: "projects/app",
        detail: {
          field: "requiredApprovals",
          before: 2,
          after: 1,
          summary:
            "lowering requiredApprovals from 2 to 1 for projects/app, which holds 1 database(s) in protected environments (environments/prod)",
          protectedDatabases: appHoldings,
        },
      });
    });

    test("a DBA replaces a project's review config, then removes it: one decision each", async () => {
      const replaced = await t.api(
        "PATCH",
        "/v1/projects/app?updateMask=reviewConfig",
        { reviewConfig: "reviewConfigs/lax" },
        as(dbaToken),
      );
      expect(replaced.status).toBe(200);
      expect((await decisionOf(replaced))?.detail).toMatchObject({
        field: "reviewConfig",
        before: "reviewConfigs/strict",
        after: "reviewConfigs/lax",
        protectedDatabases: appHoldings,
      });
      const removed = await t.api(
        "PATCH",
        "/v1/projects/app?updateMask=reviewConfig",
        { reviewConfig: "" },
        as(dbaToken),
      );
      expect(removed.status).toBe(200);
      expect((await decisionOf(removed))?.detail).toMatchObject({
        field: "reviewConfig",
        before: "reviewConfigs/lax",
        after: "",
        summary: expect.stringMatching(/^removing reviewConfigs\/lax from projects\/app, which holds 1 database/),
      });
    });

    test("a DBA puts a config in place of a protected environment's built-in safety review, and takes it away", async () => {
      const held = await t.api<{ databases: { name: string }[] }>(
        "GET",
        `/v1/instances/main/databases?showDeleted=true&filter=${encodeURIComponent('effectiveEnvironment = "environments/prod"')}&pageSize=1000`,
      );
      const names = held.body.databases.map((d) => d.name).sort();
      expect(names).toContain(database(prodDb));
      const concerned = { count: names.length, names, environments: ["environments/prod"] };
      const set = await t.api(
        "PATCH",
        "/v1/environments/prod?updateMask=reviewConfig",
        { reviewConfig: "reviewConfigs/lax" },
        as(dbaToken),
      );
      expect(set.status).toBe(200);
      expect(await decisionOf(set)).toMatchObject({
        resource: "environments/prod",
        detail: {
          field: "reviewConfig",
          before: "",
          after: "reviewConfigs/lax",
          summary: `replacing the built-in safety review of protected environments/prod with reviewConfigs/lax, which holds ${names.length} database(s) in protected environments (environments/prod)`,
          protectedDatabases: concerned,
        },
      });
      const cleared = await t.api(
        "PATCH",
        "/v1/environments/prod?updateMask=reviewConfig",
        { reviewConfig: "" },
        as(dbaToken),
      );
      expect(cleared.status).toBe(200);
      expect((await decisionOf(cleared))?.detail).toMatchObject({ before: "reviewConfigs/lax", after: "" });
    });

    test("an unprotected environment's review config is no protection decision", async () => {
      const res = await t.api(
        "PATCH",
        "/v1/environments/test?updateMask=reviewConfig",
        { reviewConfig: "reviewConfigs/lax" },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionsOf(res)).toEqual([]);
    });

    test("a DBA moves an instance out of a protected environment: one decision naming the databases that inherit it", async () => {
      const listed = await t.api<{ databases: { name: string; environment: string }[] }>(
        "GET",
        "/v1/instances/edge/databases?showDeleted=true&pageSize=1000",
      );
      const inheriting = listed.body.databases
        .filter((d) => d.environment === "")
        .map((d) => d.name)
        .sort();
      expect(inheriting).toContain(edgeDatabase(prodDb));
      const target = connectionTarget();
      // The same call rewrites the data source with its password: none of it may reach the record.
      const res = await t.api(
        "PATCH",
        "/v1/instances/edge?updateMask=environment,dataSources",
        {
          environment: "environments/test",
          dataSources: [
            {
              type: "ADMIN",
              host: target.host,
              port: target.port,
              username: target.username,
              password: target.password,
            },
          ],
        },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        resource: "instances/edge",
        detail: {
          field: "environment",
          before: "environments/vault",
          after: "environments/test",
          summary: `moving instances/edge out of protected environments/vault into unprotected environments/test, which takes its ${inheriting.length} database(s) without an environment override out of protection`,
          protectedDatabases: {
            count: inheriting.length,
            names: inheriting.slice(0, 100),
            environments: ["environments/vault"],
          },
        },
      });
      expect((await t.api("GET", `/v1/${edgeDatabase(prodDb)}`)).body).toMatchObject({
        effectiveEnvironment: "environments/test",
      });
      const all = await t.api("GET", "/v1/auditLogs?pageSize=1000");
      expect(JSON.stringify(all.body)).not.toContain(target.password);
    });

    test("moving the instance back is a decision only for its databases in projects without every protection", async () => {
      const lax = await t.api("POST", "/v1/projects?projectId=lax", { title: "Lax", allowSelfApproval: true });
      expect(lax.status).toBe(200);
      const enrol = await t.api("PATCH", `/v1/${edgeDatabase(testDb)}?updateMask=project`, { project: "projects/lax" });
      expect(enrol.status).toBe(200);
      const res = await t.api(
        "PATCH",
        "/v1/instances/edge?updateMask=environment",
        { environment: "environments/vault" },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect(await decisionOf(res)).toMatchObject({
        resource: "instances/edge",
        detail: {
          field: "environment",
          before: "environments/test",
          after: "environments/vault",
          protectedDatabases: { count: 1, names: [edgeDatabase(testDb)], environments: ["environments/vault"] },
        },
      });
      // Between protected environments, nothing leaves protection.
      const sideways = await t.api(
        "PATCH",
        "/v1/instances/edge?updateMask=environment",
        { environment: "environments/prod" },
        as(dbaToken),
      );
      expect(sideways.status).toBe(200);
      expect(await decisionsOf(sideways)).toEqual([]);
    });

    test("an admin's crossDatabaseAccess decisions name the project and carry each database in the detail", async () => {
      const list = async (value: string[]) =>
        t.api("PATCH", "/v1/projects/app?updateMask=crossDatabaseAccess", { crossDatabaseAccess: value });
      const records = async (res: { headers: Headers }) =>
        (
          await t.api<{ auditLogs: AuditRecord[] }>(
            "GET",
            `/v1/auditLogs?filter=${encodeURIComponent(`requestId = "${res.headers.get("x-request-id")}" AND action = "projects.setCrossDatabaseAccess"`)}`,
          )
        ).body.auditLogs;
      const added = await list([database(testDb)]);
      expect(added.status).toBe(200);
      expect(await records(added)).toEqual([
        expect.objectContaining({
          resource: "projects/app",
          detail: {
            field: "crossDatabaseAccess",
            before: null,
            after: database(testDb),
            summary: `letting projects/app's changes reach ${database(testDb)}`,
          },
        }),
      ]);
      const removed = await list([]);
      expect(removed.status).toBe(200);
      expect((await records(removed)).map((r) => r.detail)).toEqual([
        expect.objectContaining({ field: "crossDatabaseAccess", before: database(testDb), after: null }),
      ]);
    });

    test("an auditor finds a resource's decisions by its plain name", async () => {
      const res = await t.api<{ auditLogs: AuditRecord[] }>(
        "GET",
        `/v1/auditLogs?filter=${encodeURIComponent('resource = "projects/app" AND action = "protection.lower"')}&pageSize=1000`,
      );
      expect(res.status).toBe(200);
      const fields = res.body.auditLogs.map((r) => r.detail?.field);
      expect(new Set(fields)).toEqual(
        new Set(["requireApproval", "enforceSqlReview", "allowSelfApproval", "requiredApprovals", "reviewConfig"]),
      );
    });

    test("no secret reaches an audit record's detail: write-only fields are redacted, keys masked", async () => {
      const writeOnly = writeOnlyFieldNames();
      expect([...writeOnly].sort()).toEqual(expect.arrayContaining(["key", "password"]));
      const requestId = `secrets-${suffix}`;
      const secrets: string[] = [];
      const secret = (): string => {
        const value = `s3cret-${crypto.randomBytes(8).toString("hex")}`;
        secrets.push(value);
        return value;
      };
      const context = t.server.context;
      const entry = { actor: "serviceAccounts/dba", action: "protection.lower", status: 200, requestId };
      // A decision about a write-only field itself, under whatever path names it.
      for (const name of writeOnly) {
        await recordAudit(context, {
          ...entry,
          resource: "instances/edge",
          detail: { field: `dataSources[0].${name}`, before: secret(), after: secret() },
        });
      }
      // A decision whose values carry secrets inside them, and a key typed where a name goes.
      const key = `tmk_${crypto.randomBytes(12).toString("hex")}`;
      secrets.push(key);
      const dataSources = (): unknown => [{ type: "ADMIN", password: secret(), tls: { key: secret(), cert: "PEM" } }];
      await recordAudit(context, {
        ...entry,
        resource: "instances/edge",
        detail: { field: "dataSources", before: dataSources(), after: dataSources(), summary: `moving ${key}` },
      });
      const res = await t.api<{ auditLogs: AuditRecord[] }>(
        "GET",
        `/v1/auditLogs?filter=${encodeURIComponent(`requestId = "${requestId}"`)}&pageSize=1000`,
      );
      expect(res.body.auditLogs).toHaveLength(writeOnly.size + 1);
      const text = JSON.stringify(res.body);
      for (const value of secrets) expect(text).not.toContain(value);
      for (const record of res.body.auditLogs.filter((r) => r.detail?.field !== "dataSources")) {
        expect(record.detail).toMatchObject({ before: REDACTED, after: REDACTED });
      }
      const nested = res.body.auditLogs.find((r) => r.detail?.field === "dataSources")?.detail;
      expect(nested?.before).toEqual([{ type: "ADMIN", password: REDACTED, tls: { key: REDACTED, cert: "PEM" } }]);
      expect(nested?.summary).toBe("moving [redacted key]");
    });
  });
});
