import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

describe.each(STORE_KINDS)("service accounts and the audit log on the %s store", (storeKind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(storeKind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = (email: string, password: string) =>
    t.api<{ token: string }>("POST", "/v1/auth/login", { email, password });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  test("a key is returned at creation only, and works for login", async () => {
    const created = await t.api<{ name: string; email: string; key: string; role: string }>(
      "POST",
      "/v1/serviceAccounts?serviceAccountId=ci",
      { title: "CI", role: "workspaceDBA" },
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: "serviceAccounts/ci",
      email: "ci@service.tidemark.local",
      role: "workspaceDBA",
    });
    expect(created.body.key).toMatch(/^tmk_/);
    const got = await t.api("GET", "/v1/serviceAccounts/ci");
    expect(got.body.key).toBeUndefined();
    const listed = await t.api("GET", "/v1/serviceAccounts");
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    expect((await login(created.body.email, created.body.key)).status).toBe(200);
  });

  test("rotating a key ends the old key's sessions at once", async () => {
    const created = await t.api<{ email: string; key: string }>(
      "POST",
      "/v1/serviceAccounts?serviceAccountId=rotator",
      { title: "R", role: "workspaceDBA" },
    );
    const session = await login(created.body.email, created.body.key);
    expect((await t.api("GET", "/v1/environments", undefined, as(session.body.token))).status).toBe(200);
    const rotated = await t.api<{ key: string }>("POST", "/v1/serviceAccounts/rotator:rotateKey", {});
    expect(rotated.status).toBe(200);
    expect(rotated.body.key).not.toBe(created.body.key);
    expect((await t.api("GET", "/v1/environments", undefined, as(session.body.token))).status).toBe(401);
    expect((await login(created.body.email, created.body.key)).status).toBe(401);
    expect((await login(created.body.email, rotated.body.key)).status).toBe(200);
  });

  test("deleting an account stops its tokens working at once", async () => {
    const created = await t.api<{ email: string; key: string }>("POST", "/v1/serviceAccounts?serviceAccountId=doomed", {
      title: "D",
      role: "workspaceDBA",
    });
    const session = await login(created.body.email, created.body.key);
    // Used once first, so the server has read (and may keep) the account before it goes.
    expect((await t.api("GET", "/v1/environments", undefined, as(session.body.token))).status).toBe(200);
    expect((await t.api("DELETE", "/v1/serviceAccounts/doomed")).status).toBe(200);
    const res = await t.api("GET", "/v1/environments", undefined, as(session.body.token));
    expect(res.status).toBe(401);
  });

  test("the last workspace admin cannot be deleted or demoted", async () => {
    expect((await t.api("DELETE", "/v1/serviceAccounts/admin")).status).toBe(400);
    expect(
      (await t.api("PATCH", "/v1/serviceAccounts/admin?updateMask=role", { role: "workspaceMember" })).status,
    ).toBe(400);
  });

  test("every mutating call and every login is in the audit log, without secrets", async () => {
    await t.api("POST", "/v1/environments?environmentId=audited", { title: "Audited" });
    await t.api("POST", "/v1/environments?environmentId=Bad_Id", { title: "Refused" });
    await login("admin@service.tidemark.local", "tmk_wrong");
    const res = await t.api<{
      auditLogs: { actor: string; action: string; resource: string; result: string; requestId: string }[];
    }>("GET", "/v1/auditLogs?pageSize=100");
    expect(res.status).toBe(200);
    const logs = res.body.auditLogs;
    expect(logs).toContainEqual(
      expect.objectContaining({
        actor: "serviceAccounts/admin",
        action: "environments.create",
        resource: "environments/audited",
        result: "OK",
      }),
    );
    expect(logs).toContainEqual(expect.objectContaining({ action: "environments.create", result: "INVALID_ARGUMENT" }));
    expect(logs).toContainEqual(
      expect.objectContaining({ actor: "serviceAccounts/admin", action: "auth.login", result: "UNAUTHENTICATED" }),
    );
    expect(logs).toContainEqual(
      expect.objectContaining({ action: "serviceAccounts.rotateKey", resource: "serviceAccounts/rotator" }),
    );
    expect(JSON.stringify(logs)).not.toMatch(/tmk_[A-Za-z0-9_-]{20,}/);

    const filtered = await t.api<{ auditLogs: { action: string }[] }>(
      "GET",
      `/v1/auditLogs?filter=${encodeURIComponent('action = "auth.login" AND result != "OK"')}`,
    );
    expect(filtered.body.auditLogs.length).toBeGreaterThan(0);
    expect(new Set(filtered.body.auditLogs.map((l) => l.action))).toEqual(new Set(["auth.login"]));
  });
});
