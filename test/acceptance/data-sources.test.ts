import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { createTestInstance, startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

describe("data sources with the real terraform", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  const database = `tmds_${crypto.randomBytes(3).toString("hex")}`;

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${database}\``);
    await admin.query(
      `CREATE TABLE \`${database}\`.orders (id BIGINT PRIMARY KEY, total DECIMAL(10,2) NULL, KEY idx_total (total))`,
    );
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", protected: true });
    await t.api("POST", "/v1/projects?projectId=shop", { title: "Shop" });
    await createTestInstance(t, "local", "environments/prod");
    await t.api("PATCH", `/v1/instances/local/databases/${database}?updateMask=project,labels`, {
      project: "projects/shop",
      labels: { tier: "gold" },
    });
    tf = workspaceFor(t);
    tf.write(
      "main.tf",
      `
${TIDEMARK_PROVIDER}data "tidemark_environment" "prod" { name = "environments/prod" }
data "tidemark_environments" "all" {}
data "tidemark_instance" "local" { name = "instances/local" }
data "tidemark_instances" "all" {}
data "tidemark_project" "shop" { name = "projects/shop" }
data "tidemark_projects" "all" {}
data "tidemark_database" "orders" { name = "instances/local/databases/${database}" }
data "tidemark_databases" "gold" {
  parent = "projects/shop"
  filter = "labels.tier = \\"gold\\""
}
data "tidemark_database_schema" "orders" { name = "instances/local/databases/${database}" }
output "result" {
  value = {
    protected     = data.tidemark_environment.prod.protected
    environments  = [for e in data.tidemark_environments.all.environments : e.name]
    engine        = data.tidemark_instance.local.engine
    host          = data.tidemark_instance.local.data_sources[0].host
    instances     = length(data.tidemark_instances.all.instances)
    approval      = data.tidemark_project.shop.require_approval
    projects      = [for p in data.tidemark_projects.all.projects : p.name]
    project       = data.tidemark_database.orders.project
    gold          = [for d in data.tidemark_databases.gold.databases : d.name]
    tables        = [for t in data.tidemark_database_schema.orders.tables : t.name]
    columns       = [for c in data.tidemark_database_schema.orders.tables[0].columns : c.name]
    index_columns = data.tidemark_database_schema.orders.tables[0].indexes[1].columns
    ddl           = data.tidemark_database_schema.orders.ddl
  }
}
`,
    );
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.end();
    }
  });

  test("every data source reads what the API holds", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    const result = JSON.parse((await tf.ok("output", "-json", "result")).stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      protected: true,
      environments: ["environments/prod"],
      engine: "MARIADB",
      host: new URL(testDatabaseUrl()).hostname,
      instances: 1,
      approval: true,
      projects: ["projects/default", "projects/shop"],
      project: "projects/shop",
      gold: [`instances/local/databases/${database}`],
      tables: ["orders"],
      columns: ["id", "total"],
      index_columns: ["total"],
    });
    expect(String(result.ddl)).toContain("CREATE TABLE `orders`");
    // Passwords are never part of a data source.
    expect(JSON.stringify(await tf.ok("show", "-json"))).not.toMatch(/"password"/);
  });

  test("an unknown name is an error that names it", async () => {
    tf.write("extra.tf", `data "tidemark_project" "ghost" { name = "projects/ghost" }\n`);
    const plan = await tf.run("plan", "-no-color");
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/projects\/ghost not found/);
  });
});
