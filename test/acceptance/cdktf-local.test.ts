import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { synthesizeExample } from "../support/cdktf";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, workspaceFor } from "../support/terraform";

describe("examples/cdktf-local: synthesized, then applied by the real terraform against a server and MariaDB", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  const database = `cdktf_${crypto.randomBytes(3).toString("hex")}`;
  const name = `instances/local-mariadb/databases/${database}`;

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${database}\``);
    t = await startTestServer("sqlite");
    const url = new URL(testDatabaseUrl());
    tf = workspaceFor(t, {
      TF_VAR_mysql_host: url.hostname,
      TF_VAR_mysql_port: url.port,
      TF_VAR_mysql_user: decodeURIComponent(url.username),
      TF_VAR_mysql_password: decodeURIComponent(url.password),
    });
    synthesizeExample("cdktf-local", "cdktf-local", tf.dir, { database });
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

  test("apply enrols the database into the project, in the environment the stack gave the instance", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color");
    const db = await t.api("GET", `/v1/${name}`);
    expect(db.status).toBe(200);
    expect(db.body).toMatchObject({ project: "projects/shop", effectiveEnvironment: "environments/dev" });
    const instance = await t.api<{ engine: string; environment: string; databases: string[] }>(
      "GET",
      "/v1/instances/local-mariadb",
    );
    expect(instance.body).toMatchObject({ engine: "MARIADB", environment: "environments/dev" });
    expect(instance.body.databases).toContain(database);
  });

  test("the protected environment carries the project's review config, which blocks destructive statements", async () => {
    expect((await t.api("GET", "/v1/environments/prod")).body).toMatchObject({
      protected: true,
      reviewConfig: "reviewConfigs/shop-protected",
    });
    expect((await t.api("GET", "/v1/environments/dev")).body).toMatchObject({ protected: false, reviewConfig: "" });
    const review = await t.api<{ rules: Array<{ id: string; level: string }> }>(
      "GET",
      "/v1/reviewConfigs/shop-protected",
    );
    expect(review.body.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "statement.disallow-drop-table", level: "ERROR" }),
        expect.objectContaining({ id: "statement.disallow-drop-database", level: "ERROR" }),
        expect.objectContaining({ id: "statement.disallow-truncate", level: "ERROR" }),
      ]),
    );
    expect((await t.api("GET", "/v1/projects/shop")).body).toMatchObject({ requireApproval: true });
  });

  test("a second plan is empty", async () => {
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color");
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
  });

  test("dropping a column passes review in dev and is blocked by the stack's review config in the protected environment", async () => {
    // Only the stack's config blocks this: the built-in safety review knows no backward-compatibility rule.
    const check = async () =>
      (
        await t.api<{ status: string; approvalRequired: boolean; checks: unknown[] }>(
          "POST",
          "/v1/projects/shop/changes:check",
          { title: "Drop a column", targets: [name], sql: "ALTER TABLE orders DROP COLUMN note" },
        )
      ).body;
    expect((await check()).status).not.toBe("BLOCKED");
    await t.api("PATCH", `/v1/${name}?updateMask=environment`, { environment: "environments/prod" });
    const inProd = await check();
    expect(inProd).toMatchObject({ status: "BLOCKED", approvalRequired: true });
    expect(JSON.stringify(inProd.checks)).toMatch(/"rule":"schema\.backward-compatibility","level":"ERROR"/);
  });

  test("destroy removes what the stack made and leaves the database on its server", async () => {
    // The test above moved the database into prod behind Terraform's back, and an environment a
    // database overrides to is never deleted from under it: converge first, as a user would.
    await tf.ok("apply", "-auto-approve", "-no-color");
    await tf.ok("destroy", "-auto-approve", "-no-color");
    for (const resource of [
      "instances/local-mariadb",
      "projects/shop",
      "environments/dev",
      "environments/prod",
      "reviewConfigs/shop-protected",
    ]) {
      expect([resource, (await t.api("GET", `/v1/${resource}`)).status]).toEqual([resource, 404]);
    }
    const [rows] = await admin.query(`SHOW DATABASES LIKE '${database}'`);
    expect(rows as unknown[]).toHaveLength(1);
  });
});
