import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const config = (title: string) => `${TIDEMARK_PROVIDER}
resource "tidemark_project" "p" {
  resource_id = "gone"
  title       = "Gone"
}
resource "tidemark_service_account" "s" {
  resource_id = "gone"
  title       = "${title}"
}
resource "tidemark_review_config" "r" {
  resource_id = "gone"
  title       = "Gone"
  rules {
    id    = "statement.disallow-drop-table"
    level = "ERROR"
  }
}
resource "tidemark_project_iam_policy" "p" {
  project = tidemark_project.p.name
  binding {
    role    = "projectViewer"
    members = [tidemark_service_account.s.name]
  }
}
`;

// The resources whose other tests do not cover it: changed in place, and deleted outside
// Terraform, then planned for re-creation.
describe("resources changed and deleted outside Terraform", () => {
  let t: TestServer;
  let tf: TerraformWorkspace;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
    tf = workspaceFor(t);
    tf.write("main.tf", config("Gone"));
    await tf.ok("init", "-no-color");
    await tf.ok("apply", "-auto-approve", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
  });

  test("a service account's title changes in place, its key kept", async () => {
    const key = async (): Promise<unknown> => {
      const state = JSON.parse((await tf.ok("show", "-json")).stdout) as {
        values: { root_module: { resources: { address: string; values: { key: unknown } }[] } };
      };
      return state.values.root_module.resources.find((r) => r.address === "tidemark_service_account.s")?.values.key;
    };
    const before = await key();
    expect(before).toMatch(/^tmk_/);
    tf.write("main.tf", config("Renamed"));
    const plan = await tf.ok("plan", "-no-color");
    expect(plan.stdout).toMatch(/tidemark_service_account\.s will be updated in-place/);
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/serviceAccounts/gone")).body.title).toBe("Renamed");
    expect(await key()).toBe(before);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("deleted through the API, they are planned again and re-created", async () => {
    await t.api("POST", "/v1/projects/gone:setIamPolicy", { policy: { bindings: [] } });
    expect((await t.api("DELETE", "/v1/projects/gone")).status).toBe(200);
    expect((await t.api("DELETE", "/v1/serviceAccounts/gone")).status).toBe(200);
    expect((await t.api("DELETE", "/v1/reviewConfigs/gone")).status).toBe(200);
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color");
    expect(plan.code).toBe(2);
    for (const address of ["tidemark_project.p", "tidemark_service_account.s", "tidemark_review_config.r"]) {
      expect(plan.stdout).toContain(`${address} will be created`);
    }
    await tf.ok("apply", "-auto-approve", "-no-color");
    for (const name of ["projects/gone", "serviceAccounts/gone", "reviewConfigs/gone"]) {
      expect((await t.api("GET", `/v1/${name}`)).status).toBe(200);
    }
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });
});
