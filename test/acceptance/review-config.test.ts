import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const config = (level: string) => `${TIDEMARK_PROVIDER}
resource "tidemark_review_config" "prod" {
  resource_id = "prod"
  title       = "Production rules"
  rules {
    id    = "statement.where.require-update-delete"
    level = "${level}"
  }
  rules {
    id      = "naming.index"
    level   = "WARNING"
    payload = jsonencode({ format = "^idx_{{table}}_{{column_list}}$" })
  }
  rules {
    id    = "statement.disallow-drop-table"
    level = "ERROR"
  }
}
resource "tidemark_environment" "prod" {
  resource_id   = "prod"
  title         = "Production"
  protected     = true
  review_config = tidemark_review_config.prod.name
}
resource "tidemark_project" "orders" {
  resource_id   = "orders"
  title         = "Orders"
  review_config = tidemark_review_config.prod.name
}
`;

describe("tidemark_review_config with the real terraform", () => {
  let t: TestServer;
  let tf: TerraformWorkspace;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
    tf = workspaceFor(t);
    tf.write("main.tf", config("ERROR"));
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
  });

  test("apply, attach to an environment and a project, plan empty, update a level in place", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    const rc = await t.api<{ rules: { id: string; level: string }[] }>("GET", "/v1/reviewConfigs/prod");
    expect(rc.body.rules.map((r) => r.id)).toEqual([
      "statement.where.require-update-delete",
      "naming.index",
      "statement.disallow-drop-table",
    ]);
    expect((await t.api("GET", "/v1/environments/prod")).body.reviewConfig).toBe("reviewConfigs/prod");
    expect((await t.api("GET", "/v1/projects/orders")).body.reviewConfig).toBe("reviewConfigs/prod");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
    tf.write("main.tf", config("WARNING"));
    await tf.ok("apply", "-auto-approve", "-no-color");
    const updated = await t.api<{ rules: { id: string; level: string }[] }>("GET", "/v1/reviewConfigs/prod");
    expect(updated.body.rules[0]?.level).toBe("WARNING");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("an unknown rule id fails the apply naming the rule", async () => {
    tf.write("main.tf", config("ERROR").replace("naming.index", "naming.nonsense"));
    const apply = await tf.run("apply", "-auto-approve", "-no-color");
    expect(apply.code).toBe(1);
    expect(apply.stderr).toMatch(/naming\.nonsense is not a rule Tidemark knows/);
    tf.write("main.tf", config("WARNING"));
  });

  test("import, then an empty plan; destroy", async () => {
    await tf.ok("state", "rm", "tidemark_review_config.prod");
    await tf.ok("import", "-no-color", "tidemark_review_config.prod", "reviewConfigs/prod");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
    await tf.ok("destroy", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/reviewConfigs/prod")).status).toBe(404);
  });
});
