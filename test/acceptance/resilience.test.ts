import http from "node:http";
import type { AddressInfo } from "node:net";
import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER } from "../support/terraform";

/**
 * A proxy between the provider and the server: it can answer 503 instead of forwarding, and
 * slows every call so that an apply outlives the server's short-lived tokens.
 */
function startProxy(
  target: string,
  options: { failFirst: (req: http.IncomingMessage) => boolean; failures: number; delayMs: number },
) {
  let failed = 0;
  const server = http.createServer((req, res) => {
    if (failed < options.failures && options.failFirst(req)) {
      failed++;
      req.resume();
      res.writeHead(503, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: 503, status: "UNAVAILABLE", message: "try again" } }));
      return;
    }
    setTimeout(() => {
      const upstream = http.request(`${target}${req.url ?? ""}`, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    }, options.delayMs);
  });
  return new Promise<{ url: string; failed: () => number; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        failed: () => failed,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

const CONFIG = `
${TIDEMARK_PROVIDER}resource "tidemark_environment" "first" {
  resource_id = "first"
  title       = "First"
}
${Array.from(
  { length: 6 },
  (_, i) => `resource "tidemark_environment" "e${i}" {
  resource_id = "chained-${i}"
  title       = "Chained ${i}"
  depends_on  = [${i === 0 ? "tidemark_environment.first" : `tidemark_environment.e${i - 1}`}]
}`,
).join("\n")}
`;

describe("the provider's client under a flaky network and short sessions", () => {
  let t: TestServer;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let tf: TerraformWorkspace;

  beforeAll(async () => {
    // Tokens live 2 s; the chained apply below takes several seconds.
    t = await startTestServer("sqlite", { tokenLifetimeSeconds: 2 });
    proxy = await startProxy(t.url, {
      failFirst: (req) => req.method === "POST" && (req.url ?? "").startsWith("/v1/environments"),
      failures: 2,
      delayMs: 150,
    });
    tf = new TerraformWorkspace({
      env: {
        TIDEMARK_URL: proxy.url,
        TIDEMARK_SERVICE_ACCOUNT: t.bootstrap.email,
        TIDEMARK_SERVICE_KEY: t.bootstrap.key,
      },
    });
    tf.write("main.tf", CONFIG);
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await proxy?.close();
    await t?.close();
  });

  test("503 twice then 200 costs the apply nothing, and expiring tokens are renewed without a failed resource", async () => {
    const apply = await tf.run("apply", "-auto-approve", "-no-color", "-parallelism=1");
    expect(apply.stderr).toBe("");
    expect(apply.code).toBe(0);
    expect(proxy.failed()).toBe(2);
    // This test's own token has run out by now, like the provider's did.
    const login = await t.api<{ token: string }>("POST", "/v1/auth/login", {
      email: t.bootstrap.email,
      password: t.bootstrap.key,
    });
    t.token = login.body.token;
    const listed = await t.api<{ environments: { name: string }[] }>("GET", "/v1/environments");
    expect(listed.body.environments).toHaveLength(7);
    // The provider logged in again as its 2-second tokens ran out.
    const logins = await t.api<{ auditLogs: { result: string }[] }>(
      "GET",
      `/v1/auditLogs?pageSize=1000&filter=${encodeURIComponent('action = "auth.login" AND result = "OK"')}`,
    );
    expect(logins.body.auditLogs.length).toBeGreaterThan(2);
  });
});
