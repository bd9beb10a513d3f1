import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Connection } from "mysql2/promise";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

describe("password_wo: a password that never enters the state", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  const suffix = crypto.randomBytes(3).toString("hex");
  const user = `tm_wo_${suffix}`;
  const first = `Wo1-${crypto.randomBytes(12).toString("hex")}`;
  const second = `Wo2-${crypto.randomBytes(12).toString("hex")}`;
  const database = `tmwo_${suffix}`;

  const config = (version: number, extra = "") => {
    const target = new URL(testDatabaseUrl());
    return `
${TIDEMARK_PROVIDER}variable "password" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "tidemark_environment" "e" {
  resource_id = "wo"
  title       = "Write-only"
}
resource "tidemark_instance" "i" {
  resource_id = "wo"
  title       = "Write-only"
  engine      = "MARIADB"
  environment = tidemark_environment.e.name
  data_sources {
    type                = "ADMIN"
    host                = "${target.hostname}"
    port                = ${Number(target.port)}
    username            = "${user}"
    password_wo         = var.password
    password_wo_version = ${version}
    ${extra}
  }
}
`;
  };

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${database}\``);
    for (const host of ["%", "localhost"]) {
      await admin.query(`CREATE USER '${user}'@'${host}' IDENTIFIED BY '${first}'`);
      await admin.query(`GRANT ALL ON \`${database}\`.* TO '${user}'@'${host}'`);
      // Tidemark's ledger of applied statements (server/engine/ledger.ts).
      await admin.query(`GRANT ALL ON \`_tidemark\`.* TO '${user}'@'${host}'`);
    }
    t = await startTestServer("sqlite");
    tf = workspaceFor(t);
    tf.write("main.tf", config(1));
    await tf.ok("init", "-no-color");
  });
  afterAll(async () => {
    tf?.remove();
    await t?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      for (const host of ["%", "localhost"]) await admin.query(`DROP USER IF EXISTS '${user}'@'${host}'`);
      await admin.end();
    }
  });

  test("the instance connects with it, and the state file holds no password", async () => {
    await tf.ok("apply", "-auto-approve", "-no-color", "-var", `password=${first}`);
    const instance = await t.api<{ databases: string[]; syncError: string }>("GET", "/v1/instances/wo");
    expect(instance.body.syncError).toBe("");
    expect(instance.body.databases).toContain(database);
    const state = fs.readFileSync(path.join(tf.dir, "terraform.tfstate"), "utf8");
    expect(state).not.toContain(first);
    expect(state).toMatch(/"password_wo": null/);
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color", "-var", `password=${first}`)).code).toBe(0);
  });

  test("bumping password_wo_version sends the new password", async () => {
    for (const host of ["%", "localhost"])
      await admin.query(`ALTER USER '${user}'@'${host}' IDENTIFIED BY '${second}'`);
    tf.write("main.tf", config(2));
    await tf.ok("apply", "-auto-approve", "-no-color", "-var", `password=${second}`);
    const synced = await t.api<{ syncError: string }>("POST", "/v1/instances/wo:sync");
    expect(synced.body.syncError).toBe("");
    const state = fs.readFileSync(path.join(tf.dir, "terraform.tfstate"), "utf8");
    expect(state).not.toContain(second);
  });

  test("password and password_wo together are refused at validation", async () => {
    tf.write("main.tf", config(2, 'password = "plain"'));
    const validate = await tf.run("validate", "-no-color");
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(/Conflicting passwords/);
    tf.write("main.tf", config(2));
  });
});
