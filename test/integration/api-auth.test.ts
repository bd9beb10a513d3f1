import fs from "node:fs";
import path from "node:path";
import jwt from "jsonwebtoken";
import { issueToken } from "../../server/auth/tokens";
import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

describe.each(STORE_KINDS)("service-account auth on the %s store", (storeKind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(storeKind);
  });
  afterAll(async () => {
    await t?.close();
  });

  test("the first start creates an admin whose key is printed once and kept in bootstrap.json (0600)", async () => {
    const file = path.join(t.dataDir, "bootstrap.json");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(t.bootstrap.key).toMatch(/^tmk_[A-Za-z0-9_-]{43}$/);
    expect(t.printed).toHaveLength(1);
    expect(t.printed[0]).toContain(t.bootstrap.key);
    expect(t.printed[0]).toContain(t.bootstrap.email);
  });

  test("keys are hashed at rest", async () => {
    const row = await t.server.context.store.client.serviceAccount.findUniqueOrThrow({
      where: { email: t.bootstrap.email },
    });
    expect(row.keyHash).not.toContain(t.bootstrap.key);
    expect(row.keyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test("login returns a short-lived JWT for the service account", async () => {
    const res = await t.api<{ token: string; expireTime: string }>("POST", "/v1/auth/login", {
      email: t.bootstrap.email,
      password: t.bootstrap.key,
    });
    expect(res.status).toBe(200);
    const claims = jwt.decode(res.body.token) as { sub: string; exp: number; iat: number };
    expect(claims.sub).toBe("serviceAccounts/admin");
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(3600);
    expect(new Date(res.body.expireTime).getTime()).toBe(claims.exp * 1000);
  });

  test.each([
    ["a wrong key", { email: "admin@service.tidemark.local", password: "tmk_wrong" }, 401],
    ["an unknown email", { email: "nobody@service.tidemark.local", password: "tmk_wrong" }, 401],
    ["a missing password", { email: "admin@service.tidemark.local" }, 400],
    ["an unknown field", { email: "a", password: "b", otp: "1" }, 400],
  ])("login with %s is refused", async (_name, body, status) => {
    const res = await t.api("POST", "/v1/auth/login", body);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error: { code: status } });
  });

  test.each([
    ["no Authorization header", undefined],
    ["a malformed header", "Token abc"],
    ["a garbage token", "Bearer not.a.jwt"],
    [
      "a token signed with another key",
      `Bearer ${issueToken(Buffer.alloc(32, 7), { subject: "serviceAccounts/admin", keyId: "x" }).token}`,
    ],
    ["an expired token", "EXPIRED"],
  ])("a /v1 call with %s is a 401 in the error shape", async (_name, header) => {
    const authorization = header === "EXPIRED" ? `Bearer ${expiredToken()}` : header;
    const res = await fetch(`${t.url}/v1/environments`, { headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
  });

  function expiredToken(): string {
    const claims = jwt.decode(t.token) as { kid: string };
    return issueToken(t.server.context.keys.tokenKey, { subject: "serviceAccounts/admin", keyId: claims.kid }, -60)
      .token;
  }

  test("a valid token is accepted", async () => {
    expect((await t.api("GET", "/v1/environments")).status).toBe(200);
  });

  test("health and readiness are open", async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
