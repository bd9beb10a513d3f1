import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Connection } from "mysql2/promise";
import { connectAdmin } from "../support/database";
import { createTestInstance, serviceAccountToken, startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

describe("tidemark_migration with the real terraform", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  let dbaToken: string;
  const suffix = crypto.randomBytes(3).toString("hex");
  const testDb = `tmmig_${suffix}_test`;
  const laterDb = `tmmig_${suffix}_later`;
  const prodDb = `tmmig_${suffix}_prod`;
  const target = (db: string): string => `instances/local/databases/${db}`;

  const config = (dbs: string[], dir: string, extra = "") => `${TIDEMARK_PROVIDER}
resource "tidemark_migration" "m" {
  project   = "projects/shop"
  targets   = [${dbs.map((db) => `"${target(db)}"`).join(", ")}]
  directory = "\${path.module}/${dir}"
  ${extra}
}
data "tidemark_changelogs" "log" {
  database   = "${target(dbs[0] as string)}"
  depends_on = [tidemark_migration.m]
}
output "versions" {
  value = [for c in data.tidemark_changelogs.log.changelogs : "\${c.version} \${c.status}"]
}
`;

  /** The versions a plan lists under `pending_versions`. */
  const pending = (plan: string): string[] => {
    const list = /pending_versions\s+= \[([^\]]*)\]/.exec(plan)?.[1] ?? "";
    return [...list.matchAll(/\+ "([^"]+)"/g)].map((m) => m[1] as string);
  };
  const oneLine = (text: string): string => text.replace(/[│╷╵]/g, " ").replace(/\s+/g, " ");

  function writeMigrations(dir: string, files: Record<string, string>): void {
    fs.mkdirSync(path.join(tf.dir, dir), { recursive: true });
    for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(tf.dir, dir, name), sql);
  }

  async function changelogs(db: string): Promise<string[]> {
    const logs = await t.api<{ changelogs: { version: string; status: string }[] }>(
      "GET",
      `/v1/${target(db)}/changelogs`,
    );
    return logs.body.changelogs.map((l) => `${l.version} ${l.status}`);
  }

  async function approve(change: string): Promise<void> {
    const approved = await t.api("POST", `/v1/${change}:approve`, {}, { authorization: `Bearer ${dbaToken}` });
    expect(approved.status).toBe(200);
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    for (const db of [testDb, laterDb, prodDb]) await admin.query(`CREATE DATABASE \`${db}\``);
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test", order: 0 });
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", order: 1, protected: true });
    await t.api("POST", "/v1/projects?projectId=shop", { title: "Shop" });
    await createTestInstance(t, "local", "environments/test");
    await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: target(testDb), project: "projects/shop" } },
        { database: { name: target(laterDb), project: "projects/shop" } },
        { database: { name: target(prodDb), project: "projects/shop", environment: "environments/prod" } },
      ],
    });
    dbaToken = await serviceAccountToken(t, "dba", "workspaceDBA");
    tf = workspaceFor(t);
    writeMigrations("migrations", {
      "0001_create_accounts.sql": "CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL)",
      "0002_seed.sql": "INSERT INTO accounts VALUES (1, 'a@x');\nINSERT INTO accounts VALUES (2, 'b@x')",
      "0003_add_name.sql": "ALTER TABLE accounts ADD COLUMN name VARCHAR(64) NULL",
    });
    tf.write("main.tf", config([testDb], "migrations"));
    await tf.ok("init", "-no-color");
  });

  afterAll(async () => {
    tf?.remove();
    await t?.close();
    if (admin) {
      for (const db of [testDb, laterDb, prodDb]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    }
  });

  test("three files are planned as pending and applied in order; tidemark_changelogs lists them", async () => {
    const plan = await tf.ok("plan", "-no-color");
    expect(pending(plan.stdout)).toEqual(["0001", "0002", "0003"]);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const versions = JSON.parse((await tf.ok("output", "-json", "versions")).stdout) as string[];
    expect(versions).toEqual(["0003 DONE", "0002 DONE", "0001 DONE"]);
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
    expect(await changelogs(testDb)).toEqual(["0004 DONE", "0003 DONE", "0002 DONE", "0001 DONE"]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("editing an applied file fails the plan: it would never run again", async () => {
    const file = path.join(tf.dir, "migrations", "0002_seed.sql");
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, `${original};\nINSERT INTO accounts VALUES (9, 'z@x')`);
    const plan = await tf.run("plan", "-no-color");
    expect(plan.code).toBe(1);
    expect(oneLine(plan.stderr)).toMatch(/0002_seed\.sql changed after it was applied/);
    expect(oneLine(plan.stderr)).toMatch(/restore the file and put the change in a new version/);
    fs.writeFileSync(file, original);
  });

  test("a failing statement fails the apply with its line and the server's error; a rerun resumes at it", async () => {
    await admin.query(`INSERT INTO \`${testDb}\`.accounts (id, email) VALUES (4, 'by-hand@x')`);
    writeMigrations("migrations", {
      "0005_more.sql": "INSERT INTO accounts VALUES (3, 'c@x', NULL);\nINSERT INTO accounts VALUES (4, 'd@x', NULL)",
    });
    const apply = await tf.run("apply", "-auto-approve", "-no-color");
    expect(apply.code).toBe(1);
    const message = oneLine(apply.stderr);
    expect(message).toMatch(
      new RegExp(`projects/shop/changes/[a-z0-9-]+ \\(0005_more\\.sql\\) failed on ${target(testDb)} at statement 2`),
    );
    expect(message).toMatch(/0005_more\.sql:2: INSERT INTO accounts VALUES \(4, 'd@x', NULL\)/);
    expect(message).toMatch(/Duplicate entry/);
    // The cause fixed on the database, the same change resumes: statement 1 is not run again.
    await admin.query(`DELETE FROM \`${testDb}\`.accounts WHERE id = 4`);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const [rows] = await admin.query(`SELECT id, email FROM \`${testDb}\`.accounts ORDER BY id`);
    expect(rows).toEqual([
      { id: 1, email: "a@x" },
      { id: 2, email: "b@x" },
      { id: 3, email: "c@x" },
      { id: 4, email: "d@x" },
    ]);
    expect((await changelogs(testDb)).slice(0, 2)).toEqual(["0005 DONE", "0005 FAILED"]);
    const changes = await t.api<{ changes: unknown[] }>("GET", `/v1/projects/shop/changes?filter=version%3D"0005"`);
    expect(changes.body.changes).toHaveLength(1);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("a database added to targets gets every version it lacks, the others none", async () => {
    tf.write("main.tf", config([testDb, laterDb], "migrations"));
    const plan = await tf.ok("plan", "-no-color");
    expect(pending(plan.stdout)).toEqual(["0001", "0002", "0003", "0004", "0005"]);
    await tf.ok("apply", "-auto-approve", "-no-color");
    expect(await changelogs(laterDb)).toEqual(["0005 DONE", "0004 DONE", "0003 DONE", "0002 DONE", "0001 DONE"]);
    expect(await changelogs(testDb)).toHaveLength(6);
    const [rows] = await admin.query(`SELECT id FROM \`${laterDb}\`.accounts ORDER BY id`);
    expect(rows).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("a DROP TABLE for a protected environment fails the plan with the rule and the line", async () => {
    writeMigrations("prod-migrations", {
      "0001_create.sql": "CREATE TABLE legacy (id INT PRIMARY KEY)",
      "0002_drop.sql": "-- clean up\nSELECT 1;\nDROP TABLE legacy",
    });
    tf.write("main.tf", config([prodDb], "prod-migrations"));
    const plan = await tf.run("plan", "-no-color");
    expect(plan.code).toBe(1);
    expect(oneLine(plan.stderr)).toMatch(/SQL review blocks 0002_drop\.sql: statement\.disallow-drop-table/);
    expect(oneLine(plan.stderr)).toMatch(/0002_drop\.sql, line 3/);
  });

  test("a protected target without a DROP fails the apply naming the change to approve; after approval it applies", async () => {
    fs.rmSync(path.join(tf.dir, "prod-migrations", "0002_drop.sql"));
    const apply = await tf.run("apply", "-auto-approve", "-no-color");
    expect(apply.code).toBe(1);
    const match =
      /(projects\/shop\/changes\/[a-z0-9-]+) \(0001_create\.sql\) targets a protected environment and waits for approval: approve it \(POST \/v1\/\1:approve\) and apply again/.exec(
        oneLine(apply.stderr),
      );
    expect(match).not.toBeNull();
    await approve(match?.[1] as string);
    await tf.ok("apply", "-auto-approve", "-no-color");
    const [rows] = await admin.query(`SHOW TABLES FROM \`${prodDb}\``);
    expect((rows as Record<string, string>[]).map((r) => Object.values(r)[0])).toEqual(["legacy"]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("with approval_timeout the apply waits for the approval and then applies", async () => {
    writeMigrations("prod-migrations", { "0002_add.sql": "ALTER TABLE legacy ADD COLUMN note VARCHAR(20) NULL" });
    tf.write("main.tf", config([prodDb], "prod-migrations", 'approval_timeout = "2m"'));
    const applying = tf.run("apply", "-auto-approve", "-no-color");
    let waiting: string | undefined;
    for (let i = 0; i < 200 && !waiting; i++) {
      const list = await t.api<{ changes: { name: string; status: string }[] }>(
        "GET",
        `/v1/projects/shop/changes?filter=version%3D"0002"`,
      );
      waiting = list.body.changes.find((c) => c.status === "PENDING_APPROVAL")?.name;
      if (!waiting) await new Promise((r) => setTimeout(r, 100));
    }
    expect(waiting).toBeDefined();
    await approve(waiting as string);
    const apply = await applying;
    expect(apply.code).toBe(0);
    const [columns] = await admin.query(`SHOW COLUMNS FROM \`${prodDb}\`.legacy`);
    expect((columns as { Field: string }[]).map((c) => c.Field)).toEqual(["id", "note"]);
  });

  test("targets known only at apply are reviewed and applied then; destroying a migration leaves its database as it is", async () => {
    writeMigrations("late-migrations", { "0100_late.sql": "CREATE TABLE late_table (id INT PRIMARY KEY)" });
    tf.write(
      "main.tf",
      `${TIDEMARK_PROVIDER}
resource "terraform_data" "targets" {
  input = ["${target(laterDb)}"]
}
resource "tidemark_migration" "late" {
  project   = "projects/shop"
  targets   = terraform_data.targets.output
  directory = "\${path.module}/late-migrations"
}
`,
    );
    const apply = await tf.ok("apply", "-auto-approve", "-no-color");
    expect(apply.stdout).toMatch(/tidemark_migration\.m: Destruction complete/);
    const shown = JSON.parse((await tf.ok("show", "-json")).stdout) as {
      values: { root_module: { resources: { address: string; values: Record<string, unknown> }[] } };
    };
    const state = shown.values.root_module.resources.find((r) => r.address === "tidemark_migration.late")?.values ?? {};
    expect(state.pending_versions).toEqual(["0100"]);
    expect(state.applied_versions).toEqual(["0100"]);
    expect(Object.keys(state.files as object)).toEqual(["0100"]);
    expect(await changelogs(laterDb)).toHaveLength(6);
    // tidemark_migration.m was destroyed: the prod database keeps its table and columns.
    const [columns] = await admin.query(`SHOW COLUMNS FROM \`${prodDb}\`.legacy`);
    expect((columns as { Field: string }[]).map((c) => c.Field)).toEqual(["id", "note"]);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color")).code).toBe(0);
  });

  test("targets known only at apply are reviewed before anything is created: a blocking finding stops the apply", async () => {
    writeMigrations("blocked-migrations", { "0500_drop.sql": "DROP TABLE legacy" });
    tf.write(
      "main.tf",
      `${TIDEMARK_PROVIDER}
resource "terraform_data" "blocked_targets" {
  input = ["${target(prodDb)}"]
}
resource "tidemark_migration" "blocked" {
  project   = "projects/shop"
  targets   = terraform_data.blocked_targets.output
  directory = "\${path.module}/blocked-migrations"
}
`,
    );
    const plan = await tf.ok("plan", "-no-color");
    expect(plan.stdout).toMatch(/pending_versions = \(known after apply\)/);
    // Terraform plans again with the targets known before it applies: the review runs there.
    const apply = await tf.run("apply", "-auto-approve", "-no-color");
    expect(apply.code).toBe(1);
    expect(oneLine(apply.stderr)).toMatch(/SQL review blocks 0500_drop\.sql: statement\.disallow-drop-table/);
    const changes = await t.api<{ changes: unknown[] }>("GET", `/v1/projects/shop/changes?filter=version%3D"0500"`);
    expect(changes.body.changes).toHaveLength(0);
    const [tables] = await admin.query(`SHOW TABLES FROM \`${prodDb}\``);
    expect((tables as Record<string, string>[]).map((r) => Object.values(r)[0])).toEqual(["legacy"]);
  });

  test("a malformed approval_timeout is refused before any plan", async () => {
    tf.write("main.tf", config([prodDb], "prod-migrations", 'approval_timeout = "ten minutes"'));
    const plan = await tf.run("plan", "-no-color");
    expect(plan.code).toBe(1);
    expect(oneLine(plan.stderr)).toMatch(/Invalid approval_timeout.*"ten minutes" is not a duration/);
  });
});
