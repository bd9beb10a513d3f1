import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Connection } from "mysql2/promise";
import { connectAdmin } from "../support/database";
import { createTestInstance, startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

describe("tidemark_migration with the real terraform", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  const suffix = crypto.randomBytes(3).toString("hex");
  const testDb = `tmmig_${suffix}_test`;
  const prodDb = `tmmig_${suffix}_prod`;
  const target = (db: string): string => `instances/local/databases/${db}`;

  const config = (db: string, dir: string) => `${TIDEMARK_PROVIDER}
resource "tidemark_migration" "m" {
  project   = "projects/shop"
  targets   = ["${target(db)}"]
  directory = "\${path.module}/${dir}"
}
data "tidemark_changelogs" "log" {
  database   = "${target(db)}"
  depends_on = [tidemark_migration.m]
}
output "versions" {
  value = [for c in data.tidemark_changelogs.log.changelogs : c.version]
}
`;

  /** The versions a plan lists under `pending_versions`. */
  const pending = (plan: string): string[] => {
    const list = /pending_versions\s+= \[([^\]]*)\]/.exec(plan)?.[1] ?? "";
    return [...list.matchAll(/\+ "([^"]+)"/g)].map((m) => m[1] as string);
  };

  function writeMigrations(dir: string, files: Record<string, string>): void {
    fs.mkdirSync(path.join(tf.dir, dir), { recursive: true });
    for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(tf.dir, dir, name), sql);
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    for (const db of [testDb, prodDb]) await admin.query(`CREATE DATABASE \`${db}\``);
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test", order: 0 });
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", order: 1, protected: true });
    await t.api("POST", "/v1/projects?projectId=shop", { title: "Shop" });
    await createTestInstance(t, "local", "environments/test");
    await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: target(testDb), project: "projects/shop" } },
        { database: { name: target(prodDb), project: "projects/shop", environment: "environments/prod" } },
      ],
    });
    tf = workspaceFor(t);
    writeMigrations("migrations", {
      "0001_create_accounts.sql": "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL)",
      "0002_seed.sql": "INSERT INTO accounts VALUES (1, 'a@x');\nINSERT INTO accounts VALUES (2, 'b@x')",
      "0003_add_name.sql": "ALTER TABLE accounts ADD COLUMN name VARCHAR(64) NULL",
    });
    tf.write("main.tf", config(testDb, "migrations"));
    await tf.ok("init", "-no-color");
  });

  afterAll(async () => {
    tf?.remove();
    await t?.close();
    if (admin) {
      for (const db of [testDb, prodDb]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    }
  });

  test("three files are planned as pending and applied in order", async () => {
    const plan = await tf.ok("plan", "-no-color");
    expect(pending(plan.stdout)).toEqual(["0001", "0002", "0003"]);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const versions = JSON.parse((await tf.ok("output", "-json", "versions")).stdout) as string[];
    expect(versions).toEqual(["0003", "0002", "0001"]);
    const [rows] = await admin.query(`SELECT id, name FROM \`${testDb}\`.accounts ORDER BY id`);
    expect(rows).toEqual([
      { id: 1, name: null },
      { id: 2, name: null },
    ]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("a fourth file is the only one applied", async () => {
    writeMigrations("migrations", { "0004_index.sql": "CREATE INDEX idx_accounts_email ON accounts (email)" });
    const plan = await tf.ok("plan", "-no-color");
    expect(pending(plan.stdout)).toEqual(["0004"]);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const logs = await t.api<{ changelogs: { version: string }[] }>("GET", `/v1/${target(testDb)}/changelogs`);
    expect(logs.body.changelogs.map((l) => l.version)).toEqual(["0004", "0003", "0002", "0001"]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("a DROP TABLE for a protected environment fails the plan with the rule and the line", async () => {
    writeMigrations("prod-migrations", {
      "0001_create.sql": "CREATE TABLE legacy (id INT PRIMARY KEY)",
      "0002_drop.sql": "-- clean up\nSELECT 1;\nDROP TABLE legacy",
    });
    tf.write("main.tf", config(prodDb, "prod-migrations"));
    const plan = await tf.run("plan", "-no-color");
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/SQL review blocks 0002_drop\.sql: statement\.disallow-drop-table/);
    expect(plan.stderr).toMatch(/0002_drop\.sql, line 3/);
  });

  test("a protected target without a DROP fails the apply naming the change to approve; after approval it applies", async () => {
    fs.rmSync(path.join(tf.dir, "prod-migrations", "0002_drop.sql"));
    const apply = await tf.run("apply", "-auto-approve", "-no-color");
    expect(apply.code).toBe(1);
    const match =
      /(projects\/shop\/changes\/[a-z0-9-]+) \(0001_create\.sql\) targets a protected environment and waits for approval/.exec(
        apply.stderr.replace(/\s+/g, " "),
      );
    expect(match).not.toBeNull();
    const dba = await t.api<{ email: string; key: string }>("POST", "/v1/serviceAccounts?serviceAccountId=dba", {
      title: "DBA",
      role: "workspaceDBA",
    });
    const token = (
      await t.api<{ token: string }>("POST", "/v1/auth/login", { email: dba.body.email, password: dba.body.key })
    ).body.token;
    const approved = await t.api("POST", `/v1/${match?.[1]}:approve`, {}, { authorization: `Bearer ${token}` });
    expect(approved.status).toBe(200);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const [rows] = await admin.query(`SHOW TABLES FROM \`${prodDb}\``);
    expect((rows as Record<string, string>[]).map((r) => Object.values(r)[0])).toEqual(["legacy"]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });
});
