import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

const config = (allowList?: string[]): string => `
${TIDEMARK_PROVIDER}resource "tidemark_project" "orders" {
  resource_id = "orders"
  title       = "Orders"
${allowList === undefined ? "" : `  cross_database_access = ${JSON.stringify(allowList)}\n`}}
`;

describe("tidemark_project's cross_database_access with the real terraform", () => {
  let t: TestServer;
  let asAdmin: TerraformWorkspace;
  let asMember: TerraformWorkspace;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
    const member = await t.api<{ email: string; key: string }>("POST", "/v1/serviceAccounts?serviceAccountId=ci", {
      title: "CI",
      role: "workspaceMember",
    });
    expect(member.status).toBe(200);
    asAdmin = workspaceFor(t);
    asMember = workspaceFor(t, { TIDEMARK_SERVICE_ACCOUNT: member.body.email, TIDEMARK_SERVICE_KEY: member.body.key });
    for (const tf of [asAdmin, asMember]) {
      tf.write("main.tf", config());
      await tf.ok("init", "-no-color");
    }
  });
  afterAll(async () => {
    asAdmin?.remove();
    asMember?.remove();
    await t?.close();
  });

  test("a member's apply that names other databases fails with the server's reason, and creates nothing", async () => {
    asMember.write("main.tf", config(["instances/main/databases/shared"]));
    const res = await asMember.run("apply", "-auto-approve", "-no-color");
    expect(res.code).not.toBe(0);
    expect(res.stderr.replace(/\s+/g, " ")).toMatch(/only a workspace admin may make it/);
    expect((await t.api("GET", "/v1/projects/orders")).status).toBe(404);
  });

  test("the admin sets the list, the plan is then empty, and leaving the attribute out empties it", async () => {
    asAdmin.write("main.tf", config(["instances/main/databases/shared", "instances/main/databases/audit"]));
    await asAdmin.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/projects/orders")).body).toMatchObject({
      crossDatabaseAccess: ["instances/main/databases/shared", "instances/main/databases/audit"],
    });
    expect((await asAdmin.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
    asAdmin.write("main.tf", config());
    await asAdmin.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", "/v1/projects/orders")).body).toMatchObject({ crossDatabaseAccess: [] });
    await asAdmin.ok("destroy", "-auto-approve", "-no-color");
  });
});
