import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const config = (title: string, extra = ""): string => `
${TIDEMARK_PROVIDER}resource "tidemark_project" "orders" {
  resource_id = "orders"
  title       = "${title}"
  labels      = { team = "orders", tier = "gold" }
}
${extra}`;

describe("tidemark_project with the real terraform", () => {
  let t: TestServer;
  let tf: TerraformWorkspace;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
    tf = workspaceFor(t);
    tf.write("main.tf", config("Orders"));
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
  });

  test("create, an empty plan, an in-place update, a change made through the API shows in the plan", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/projects/orders")).body).toMatchObject({
      title: "Orders",
      requireApproval: true,
      labels: { team: "orders", tier: "gold" },
    });
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
    tf.write("main.tf", config("Orders and billing"));
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/projects/orders")).body.title).toBe("Orders and billing");
    await t.api("PATCH", "/v1/projects/orders?updateMask=requireApproval", { requireApproval: false });
    const drift = await tf.run("plan", "-detailed-exitcode", "-no-color");
    expect(drift.code).toBe(2);
    expect(drift.stdout).toMatch(/require_approval\s+= false -> true/);
  });

  test("import by name, then an empty plan", async () => {
    await t.api("POST", "/v1/projects?projectId=billing", { title: "Billing" });
    tf.write(
      "main.tf",
      config(
        "Orders and billing",
        `resource "tidemark_project" "billing" {\n  resource_id = "billing"\n  title       = "Billing"\n}\n`,
      ),
    );
    await tf.ok("apply", "-auto-approve", "-no-color", "-target", "tidemark_project.orders");
    await tf.ok("import", "-no-color", "tidemark_project.billing", "projects/billing");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("destroy removes both", async () => {
    await tf.ok("destroy", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/projects/orders")).status).toBe(404);
    expect((await t.api("GET", "/v1/projects/billing")).status).toBe(404);
  });
});
