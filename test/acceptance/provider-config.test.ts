import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const CONFIG = `
${TIDEMARK_PROVIDER}resource "tidemark_environment" "e" {
  resource_id = "config-check"
  title       = "Config check"
}
`;

describe("provider configuration", () => {
  let t: TestServer;
  const workspaces: TerraformWorkspace[] = [];
  beforeAll(async () => {
    t = await startTestServer("sqlite");
  });
  afterAll(async () => {
    workspaces.forEach((w) => w.remove());
    await t?.close();
  });

  async function plan(env: Record<string, string>): Promise<string> {
    const tf = new TerraformWorkspace({ env });
    workspaces.push(tf);
    tf.write("main.tf", CONFIG);
    await tf.ok("init", "-no-color");
    const result = await tf.run("plan", "-no-color");
    expect(result.code).toBe(1);
    return result.stderr;
  }

  test("a missing setting is named, with its environment variable", async () => {
    const stderr = await plan({ TIDEMARK_URL: t.url, TIDEMARK_SERVICE_ACCOUNT: t.bootstrap.email });
    expect(stderr).toMatch(/Missing provider setting service_key/);
    expect(stderr).toMatch(/TIDEMARK_SERVICE_KEY/);
    expect(stderr).not.toMatch(/Missing provider setting url/);
  });

  test("a refused key says so, without echoing it", async () => {
    const stderr = await plan({
      TIDEMARK_URL: t.url,
      TIDEMARK_SERVICE_ACCOUNT: t.bootstrap.email,
      TIDEMARK_SERVICE_KEY: "tmk_not-the-key",
    });
    expect(stderr).toMatch(/Tidemark refused the service account's login/);
    expect(stderr).not.toContain("tmk_not-the-key");
  });

  test("an unreachable server is reported against url", async () => {
    const stderr = await plan({
      TIDEMARK_URL: "http://127.0.0.1:1",
      TIDEMARK_SERVICE_ACCOUNT: t.bootstrap.email,
      TIDEMARK_SERVICE_KEY: t.bootstrap.key,
    });
    expect(stderr).toMatch(/Cannot log in to Tidemark/);
    expect(stderr).toMatch(/check url/);
  });

  test("an invalid resource_id fails validation with its path", async () => {
    const tf = workspaceFor(t);
    workspaces.push(tf);
    tf.write("main.tf", CONFIG.replace('"config-check"', '"Not_Valid"'));
    await tf.ok("init", "-no-color");
    const result = await tf.run("validate", "-no-color");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invalid resource_id/);
    expect(result.stderr).toMatch(/resource_id = "Not_Valid"/);
  });
});
