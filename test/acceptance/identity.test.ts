import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const config = (trigger: string, developers: string[]) => `
${TIDEMARK_PROVIDER}resource "tidemark_project" "orders" {
  resource_id = "orders"
  title       = "Orders"
}
resource "tidemark_service_account" "ci" {
  resource_id      = "ci"
  title            = "CI"
  rotation_trigger = { rotated = "${trigger}" }
}
resource "tidemark_service_account" "auditor" {
  resource_id = "auditor"
  title       = "Auditor"
}
resource "tidemark_project_iam_policy" "orders" {
  project = tidemark_project.orders.name
  binding {
    role    = "projectViewer"
    members = [tidemark_service_account.auditor.name]
  }
  binding {
    role    = "projectDeveloper"
    members = [${developers.map((d) => (d === "serviceAccounts/ci" ? "tidemark_service_account.ci.name" : `"${d}"`)).join(", ")}]
  }
}
output "ci_key" {
  value     = tidemark_service_account.ci.key
  sensitive = true
}
`;

describe("service accounts and project IAM policies with the real terraform", () => {
  let t: TestServer;
  let tf: TerraformWorkspace;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
    tf = workspaceFor(t);
    tf.write("main.tf", config("one", ["serviceAccounts/ci", "serviceAccounts/admin"]));
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
  });

  const key = async (): Promise<string> => JSON.parse((await tf.ok("output", "-json", "ci_key")).stdout) as string;
  const login = (password: string) => t.api("POST", "/v1/auth/login", { email: "ci@service.tidemark.local", password });

  test("the key is known after create, works, and survives later plans", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    const first = await key();
    expect(first).toMatch(/^tmk_/);
    expect((await login(first)).status).toBe(200);
    // Members listed out of the server's order, and roles out of its order: still no diff.
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
    const policy = await t.api<{ bindings: { role: string; members: string[] }[] }>(
      "GET",
      "/v1/projects/orders:getIamPolicy",
    );
    expect(policy.body.bindings).toEqual([
      { role: "projectDeveloper", members: ["serviceAccounts/admin", "serviceAccounts/ci"] },
      { role: "projectViewer", members: ["serviceAccounts/auditor"] },
    ]);
  });

  test("changing rotation_trigger rotates the key: the old one stops working", async () => {
    const old = await key();
    tf.write("main.tf", config("two", ["serviceAccounts/ci", "serviceAccounts/admin"]));
    const plan = await tf.ok("plan", "-no-color");
    expect(plan.stdout).toMatch(/key\s+= \(sensitive value\)/);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const fresh = await key();
    expect(fresh).not.toBe(old);
    expect((await login(old)).status).toBe(401);
    expect((await login(fresh)).status).toBe(200);
  });

  test("a binding changed through the API shows in the plan and is put back", async () => {
    await t.api("POST", "/v1/projects/orders:setIamPolicy", { policy: { bindings: [] } });
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color");
    expect(plan.code).toBe(2);
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect(
      (await t.api<{ bindings: unknown[] }>("GET", "/v1/projects/orders:getIamPolicy")).body.bindings,
    ).toHaveLength(2);
  });

  test("import of both, then an empty plan; destroy empties the policy and deletes the accounts", async () => {
    await tf.ok("state", "rm", "tidemark_project_iam_policy.orders", "tidemark_service_account.auditor");
    await tf.ok("import", "-no-color", "tidemark_project_iam_policy.orders", "projects/orders");
    await tf.ok("import", "-no-color", "tidemark_service_account.auditor", "serviceAccounts/auditor");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
    await tf.ok("destroy", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/serviceAccounts/ci")).status).toBe(404);
    expect((await t.api("GET", "/v1/projects/orders")).status).toBe(404);
  });
});
