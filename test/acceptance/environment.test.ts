import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const config = (title: string, id = "staging") => `
${TIDEMARK_PROVIDER}resource "tidemark_environment" "e" {
  resource_id = "${id}"
  title       = "${title}"
  order       = 2
  labels      = { b = "2", a = "1" }
}
`;

describe("tidemark_environment through its whole life", () => {
  let t: TestServer;
  let tf: TerraformWorkspace;
  beforeAll(async () => {
    t = await startTestServer("mysql");
    tf = workspaceFor(t);
    tf.write("main.tf", config("Staging"));
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
  });

  const planCode = async (): Promise<number> => (await tf.run("plan", "-detailed-exitcode", "-no-color")).code;

  test("create on a MySQL-family store, then an empty plan (label order is not a change)", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/environments/staging")).body).toMatchObject({
      title: "Staging",
      order: 2,
      labels: { a: "1", b: "2" },
    });
    expect(await planCode()).toBe(0);
  });

  test("in-place update", async () => {
    tf.write("main.tf", config("Pre-production"));
    const plan = await tf.ok("plan", "-no-color");
    expect(plan.stdout).toMatch(/will be updated in-place/);
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/environments/staging")).body.title).toBe("Pre-production");
    expect(await planCode()).toBe(0);
  });

  test("a new resource_id replaces it", async () => {
    tf.write("main.tf", config("Pre-production", "preprod"));
    const plan = await tf.ok("plan", "-no-color");
    expect(plan.stdout).toMatch(/must be replaced/);
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/environments/staging")).status).toBe(404);
    expect((await t.api("GET", "/v1/environments/preprod")).status).toBe(200);
  });

  test("deleted outside Terraform: planned for re-creation", async () => {
    await t.api("DELETE", "/v1/environments/preprod");
    const plan = await tf.ok("plan", "-no-color");
    expect(plan.stdout).toMatch(/will be created/);
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/environments/preprod")).status).toBe(200);
  });

  test("import by name, then an empty plan; destroy", async () => {
    await tf.ok("state", "rm", "tidemark_environment.e");
    await tf.ok("import", "-no-color", "tidemark_environment.e", "environments/preprod");
    expect(await planCode()).toBe(0);
    const bad = await tf.run("import", "-no-color", "tidemark_environment.other", "preprod");
    expect(bad.code).toBe(1);
    await tf.ok("destroy", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/environments/preprod")).status).toBe(404);
  });
});
