import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../support/terraform";

// The provider, end to end: the real terraform binary, our provider from a local mirror, a
// server this test starts, and a real MariaDB behind the instance.
describe("terraform with the tidemark provider", () => {
  let t: TestServer;
  let admin: Connection;
  let tf: TerraformWorkspace;
  const suffix = crypto.randomBytes(3).toString("hex");
  const user = `tm_tf_${suffix}`;
  const password = `Tf-${crypto.randomBytes(12).toString("hex")}`;
  const database = `tmtf_${suffix}_app`;

  const config = (target: URL) => `
${TIDEMARK_PROVIDER}
variable "password" {
  type      = string
  sensitive = true
}
variable "title" {
  default = "Local MariaDB"
}
variable "engine" {
  default = "MARIADB"
}

resource "tidemark_environment" "staging" {
  resource_id = "staging"
  title       = "Staging"
  labels      = { team = "platform" }
}

resource "tidemark_instance" "local" {
  resource_id = "local-mariadb"
  title       = var.title
  engine      = var.engine
  environment = tidemark_environment.staging.name

  data_sources {
    type     = "ADMIN"
    host     = "${target.hostname}"
    port     = ${Number(target.port)}
    username = "${user}"
    password = var.password
  }
}

output "databases" {
  value = tidemark_instance.local.databases
}
`;

  beforeAll(async () => {
    const target = new URL(testDatabaseUrl());
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${database}\``);
    await admin.query(`CREATE TABLE \`${database}\`.accounts (id INT PRIMARY KEY, email VARCHAR(255))`);
    for (const host of ["%", "localhost"]) {
      await admin.query(`CREATE USER '${user}'@'${host}' IDENTIFIED BY '${password}'`);
      await admin.query(`GRANT ALL ON \`${database}\`.* TO '${user}'@'${host}'`);
      // Tidemark's ledger of applied statements (server/engine/ledger.ts).
      await admin.query(`GRANT ALL ON \`_tidemark\`.* TO '${user}'@'${host}'`);
    }
    t = await startTestServer("sqlite");
    tf = workspaceFor(t, { TF_VAR_password: password });
    tf.write("main.tf", config(target));
  });

  afterAll(async () => {
    await t?.close();
    tf?.remove();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      for (const host of ["%", "localhost"]) await admin.query(`DROP USER IF EXISTS '${user}'@'${host}'`);
      await admin.end();
    }
  });

  test("init finds the provider in the local mirror, offline", async () => {
    const init = await tf.ok("init", "-no-color");
    expect(init.stdout).toMatch(/Installed tidemark\/tidemark v0\.1\.0/);
  });

  test("apply creates the environment and the instance, synced from MariaDB", async () => {
    const apply = await tf.ok("apply", "-auto-approve", "-no-color");
    expect(apply.stdout).toMatch(/Apply complete! Resources: 2 added, 0 changed, 0 destroyed/);
    const instance = await t.api<{ title: string; databases: string[]; environment: string }>(
      "GET",
      "/v1/instances/local-mariadb",
    );
    expect(instance.status).toBe(200);
    expect(instance.body.environment).toBe("environments/staging");
    expect(instance.body.databases).toContain(database);
    const output = JSON.parse((await tf.ok("output", "-json", "databases")).stdout) as string[];
    expect(output).toContain(database);
  });

  test("a plan right after apply is empty", async () => {
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color");
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
  });

  test("a title change is an in-place update", async () => {
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color", "-var", "title=Renamed");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/tidemark_instance\.local will be updated in-place/);
    expect(plan.stdout).not.toMatch(/must be replaced/);
    await tf.ok("apply", "-auto-approve", "-no-color", "-var", "title=Renamed");
    expect((await t.api("GET", "/v1/instances/local-mariadb")).body.title).toBe("Renamed");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color", "-var", "title=Renamed")).code).toBe(0);
  });

  test("an engine change plans a replacement", async () => {
    const plan = await tf.run(
      "plan",
      "-detailed-exitcode",
      "-no-color",
      "-var",
      "title=Renamed",
      "-var",
      "engine=TIDB",
    );
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/tidemark_instance\.local must be replaced/);
    expect(plan.stdout).toMatch(/engine\s+= "MARIADB" -> "TIDB" # forces replacement/);
  });

  test("the password is in state only where the user put it, and marked sensitive", async () => {
    const show = (await tf.ok("show", "-json")).stdout;
    const occurrences = show.split(password).length - 1;
    expect(occurrences).toBe(1);
    const state = JSON.parse(show) as {
      values: {
        root_module: {
          resources: {
            address: string;
            values: { data_sources: { password: string }[] };
            sensitive_values: { data_sources: { password?: boolean }[] };
          }[];
        };
      };
    };
    const instance = state.values.root_module.resources.find((r) => r.address === "tidemark_instance.local");
    expect(instance?.values.data_sources[0]?.password).toBe(password);
    expect(instance?.sensitive_values.data_sources[0]?.password).toBe(true);
    const plan = await tf.ok("plan", "-no-color", "-var", "title=Changed");
    expect(plan.stdout).not.toContain(password);
    const human = await tf.ok("show", "-no-color");
    expect(human.stdout).not.toContain(password);
    expect(human.stdout).toMatch(/password\s+= \(sensitive value\)/);
  });

  test("an instance created through the API can be imported, then plans empty once its password is applied", async () => {
    const target = new URL(testDatabaseUrl());
    const created = await t.api("POST", "/v1/instances?instanceId=imported", {
      title: "Imported",
      engine: "MARIADB",
      environment: "environments/staging",
      dataSources: [{ type: "ADMIN", host: target.hostname, port: Number(target.port), username: user, password }],
    });
    expect(created.status).toBe(200);
    tf.write(
      "imported.tf",
      `resource "tidemark_instance" "imported" {
  resource_id = "imported"
  title       = "Imported"
  engine      = "MARIADB"
  environment = tidemark_environment.staging.name
  data_sources {
    type     = "ADMIN"
    host     = "${target.hostname}"
    port     = ${Number(target.port)}
    username = "${user}"
    password = var.password
  }
}
`,
    );
    const imported = await tf.ok(
      "import",
      "-no-color",
      "-var",
      "title=Renamed",
      "tidemark_instance.imported",
      "instances/imported",
    );
    expect(imported.stdout).toMatch(/Import successful/);
    // The API cannot give the password back: the first apply after import records it.
    await tf.ok("apply", "-auto-approve", "-no-color", "-var", "title=Renamed");
    expect((await tf.run("plan", "-detailed-exitcode", "-no-color", "-var", "title=Renamed")).code).toBe(0);
  });

  test("an instance deleted through the API is planned for re-creation", async () => {
    expect((await t.api("DELETE", "/v1/instances/local-mariadb?purge=true")).status).toBe(200);
    const plan = await tf.run("plan", "-detailed-exitcode", "-no-color", "-var", "title=Renamed");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/tidemark_instance\.local will be created/);
    await tf.ok("apply", "-auto-approve", "-no-color", "-var", "title=Renamed");
    expect((await t.api("GET", "/v1/instances/local-mariadb")).status).toBe(200);
  });

  test("destroy leaves nothing behind in the API, and no provider process outlives a run", async () => {
    await tf.ok("destroy", "-auto-approve", "-no-color", "-var", "title=Renamed");
    const instances = await t.api<{ instances?: unknown[] }>("GET", "/v1/instances?showDeleted=true");
    expect(instances.body.instances ?? []).toEqual([]);
    expect((await t.api("GET", "/v1/environments/staging")).status).toBe(404);
    const running = execFileSync("sh", ["-c", `ps -eo args | grep -c "[t]idemark-mirror" || true`], {
      encoding: "utf8",
    });
    expect(running.trim()).toBe("0");
  });
});
