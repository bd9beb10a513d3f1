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

interface ApiErrorBody {
  error: { code: number; status: string; message: string; details?: { field: string; description: string }[] };
}
interface AuditRecord {
  actor: string;
  action: string;
  resource: string;
  status: number;
  requestId: string;
}

/**
 * Lowering protection is a workspace decision (issue 10): a project owner is refused, with the
 * field named, every way it could take a protected database out of approval; a workspace admin
 * or DBA may, and each such decision is an audit record naming the field before and after.
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

  /** The lowering one call made: the record with that call's request id. */
  async function decisionOf(res: { headers: Headers }): Promise<AuditRecord | undefined> {
    const requestId = res.headers.get("x-request-id");
    const records = (await decisions()).filter((r) => r.requestId === requestId);
    expect(records).toHaveLength(1);
    return records[0];
  }

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
    await createTestInstance(t, "main", "environments/test");
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
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        action: "protection.lower",
        resource: `projects/app ${field}: ${from} → ${to}`,
        status: 200,
      });
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
        resource: `${database(prodDb)} environment: "environments/prod" → "environments/test"`,
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
        resource: `${database(prodDb)} project: "projects/app" → "projects/other"`,
      });
      const back = await t.api(
        "PATCH",
        `/v1/${database(prodDb)}?updateMask=project`,
        { project: "projects/app" },
        as(dbaToken),
      );
      expect(back.status).toBe(200);
      expect((await decisionOf(back))?.resource).toBe(`${database(prodDb)} project: "projects/other" → "projects/app"`);
    });

    test("a DBA puts a database into a protected environment of a project without approval", async () => {
      const res = await t.api(
        "PATCH",
        `/v1/${database(looseDb)}?updateMask=environment`,
        { environment: "environments/prod" },
        as(dbaToken),
      );
      expect(res.status).toBe(200);
      expect((await decisionOf(res))?.resource).toBe(
        `${database(looseDb)} environment: "environments/test" → "environments/prod"`,
      );
    });

    test("a DBA force-deletes a project that holds a protected database", async () => {
      const res = await t.api("DELETE", "/v1/projects/loose?force=true", undefined, as(dbaToken));
      expect(res.status).toBe(200);
      expect((await t.api("GET", `/v1/${database(looseDb)}`)).body).toMatchObject({ project: "projects/default" });
      expect(await decisionOf(res)).toMatchObject({
        actor: "serviceAccounts/dba",
        resource: "projects/loose force: false → true",
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
        resource: "environments/stage protected: true → false",
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
  });
});
