import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin } from "../support/database";
import { createTestInstance, startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

describe("tidemark_database: enrolment with the real terraform", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  const suffix = crypto.randomBytes(3).toString("hex");
  const database = `tmdb_${suffix}`;
  const name = `instances/local/databases/${database}`;

  const config = (tier: string, extra = "") => `
${TIDEMARK_PROVIDER}resource "tidemark_project" "shop" {
  resource_id = "shop"
  title       = "Shop"
}
resource "tidemark_database" "shop" {
  name    = "${name}"
  project = tidemark_project.shop.name
  labels  = { tier = "${tier}" }
}
${extra}`;

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${database}\``);
    await admin.query(`CREATE DATABASE \`${database}_b\``);
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
    await createTestInstance(t, "local", "environments/test");
    tf = workspaceFor(t);
    tf.write("main.tf", config("gold"));
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.query(`DROP DATABASE IF EXISTS \`${database}_b\``);
      await admin.end();
    }
  });

  test("apply enrols the database into the project; the plan after is empty", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    const db = await t.api<{ project: string; labels: Record<string, string> }>("GET", `/v1/${name}`);
    expect(db.body).toMatchObject({ project: "projects/shop", labels: { tier: "gold" } });
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("labels change in place; a change made through the API shows in the next plan", async () => {
    tf.write("main.tf", config("silver"));
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect((await t.api("GET", `/v1/${name}`)).body.labels).toEqual({ tier: "silver" });
    await t.api("PATCH", `/v1/${name}?updateMask=labels`, { labels: { tier: "bronze" } });
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/"tier" = "bronze" -> "silver"/);
    await tf.ok("apply", "-auto-approve", "-no-color");
  });

  test("import by name, then an empty plan", async () => {
    await t.api("PATCH", `/v1/instances/local/databases/${database}_b?updateMask=project`, {
      project: "projects/shop",
    });
    tf.write(
      "main.tf",
      config(
        "silver",
        `resource "tidemark_database" "b" {\n  name    = "${name}_b"\n  project = tidemark_project.shop.name\n}\n`,
      ),
    );
    await tf.ok("import", "-no-color", "tidemark_database.b", `${name}_b`);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("destroy returns the databases to the default project and never drops them", async () => {
    await tf.ok("destroy", "-auto-approve", "-no-color");
    expect((await t.api("GET", `/v1/${name}`)).body.project).toBe("projects/default");
    const [rows] = await admin.query(`SHOW DATABASES LIKE '${database}'`);
    expect((rows as unknown[]).length).toBe(1);
    expect((await t.api("GET", "/v1/projects/shop")).status).toBe(404);
  });
});
