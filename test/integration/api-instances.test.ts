import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

interface InstanceBody {
  name: string;
  engineVersion: string;
  databases: string[];
  syncError: string;
  lastSyncTime?: string;
  etag: string;
  dataSources: Record<string, unknown>[];
}
interface Metadata {
  tables: {
    name: string;
    type: string;
    createStatement: string;
    columns: { name: string; type: string; nullable: boolean }[];
    indexes: { name: string; primary: boolean; unique: boolean; columns: string[] }[];
  }[];
}

describe.each(STORE_KINDS)("instances and schema sync on the %s store", (storeKind) => {
  let t: TestServer;
  let admin: Connection;
  const suffix = crypto.randomBytes(3).toString("hex");
  // The target user sees only this suite's databases, so the sync's findings are exact.
  const user = `tm_target_${suffix}`;
  const password = `Pw-${crypto.randomBytes(12).toString("hex")}`;
  const shop = `tmt_${suffix}_shop`;
  const crm = `tmt_${suffix}_crm`;
  let host: string;
  let port: number;

  // MariaDB lets every user see `test` and `test_%` databases: look only at this suite's own.
  const mine = (names: string[]): string[] => names.filter((n) => n.startsWith(`tmt_${suffix}_`));

  const dataSource = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    type: "ADMIN",
    host,
    port,
    username: user,
    password,
    ...overrides,
  });

  beforeAll(async () => {
    const url = new URL(testDatabaseUrl());
    host = url.hostname;
    port = Number(url.port || 3306);
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${shop}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.query(`CREATE DATABASE \`${crm}\``);
    await admin.query(
      `CREATE TABLE \`${shop}\`.orders (id BIGINT NOT NULL AUTO_INCREMENT, customer_id INT NOT NULL, placed_at DATETIME NULL, total DECIMAL(10,2) NOT NULL DEFAULT 0, PRIMARY KEY (id), KEY idx_customer_placed (customer_id, placed_at)) ENGINE=InnoDB`,
    );
    await admin.query(
      `CREATE TABLE \`${shop}\`.customers (id INT PRIMARY KEY, email VARCHAR(255) NOT NULL, UNIQUE KEY uk_email (email))`,
    );
    await admin.query(`CREATE TABLE \`${crm}\`.contacts (id INT PRIMARY KEY)`);
    await admin.query(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
    await admin.query(`CREATE USER '${user}'@'localhost' IDENTIFIED BY '${password}'`);
    for (const h of ["%", "localhost"]) {
      await admin.query(`GRANT ALL ON \`${shop}\`.* TO '${user}'@'${h}'`);
      await admin.query(`GRANT ALL ON \`${crm}\`.* TO '${user}'@'${h}'`);
    }
    t = await startTestServer(storeKind);
    const env = await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
    expect(env.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${shop}\``);
      await admin.query(`DROP DATABASE IF EXISTS \`${crm}\``);
      await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
      await admin.query(`DROP USER IF EXISTS '${user}'@'localhost'`);
      await admin.end();
    }
  });

  test("creating an instance syncs its databases, tables, columns and indexes", async () => {
    const res = await t.api<InstanceBody>("POST", "/v1/instances?instanceId=mariadb", {
      title: "Local MariaDB",
      engine: "MARIADB",
      environment: "environments/test",
      labels: { owner: "platform" },
      dataSources: [dataSource()],
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("instances/mariadb");
    expect(res.body.engineVersion).toMatch(/mariadb/i);
    expect(mine(res.body.databases)).toEqual([crm, shop].sort());
    expect(res.body.syncError).toBe("");
    expect(res.body.lastSyncTime).toBeDefined();
    expect(res.body.dataSources).toEqual([{ type: "ADMIN", host, port, username: user }]);

    const db = await t.api("GET", `/v1/instances/mariadb/databases/${shop}`);
    expect(db.body).toMatchObject({
      name: `instances/mariadb/databases/${shop}`,
      charset: "utf8mb4",
      collation: "utf8mb4_unicode_ci",
      tableCount: 2,
    });
    const list = await t.api<{ databases: { name: string }[] }>("GET", "/v1/instances/mariadb/databases");
    expect(mine(list.body.databases.map((d) => d.name.replace("instances/mariadb/databases/", "")))).toEqual(
      [crm, shop].sort(),
    );

    const meta = (await t.api<Metadata>("GET", `/v1/instances/mariadb/databases/${shop}/metadata`)).body;
    expect(meta.tables.map((x) => x.name)).toEqual(["customers", "orders"]);
    const orders = meta.tables.find((x) => x.name === "orders");
    expect(orders?.columns.map((c) => c.name)).toEqual(["id", "customer_id", "placed_at", "total"]);
    expect(orders?.columns.find((c) => c.name === "placed_at")?.nullable).toBe(true);
    expect(orders?.indexes.find((i) => i.name === "idx_customer_placed")?.columns).toEqual([
      "customer_id",
      "placed_at",
    ]);
    expect(orders?.indexes.find((i) => i.primary)?.columns).toEqual(["id"]);
    const customers = meta.tables.find((x) => x.name === "customers");
    expect(customers?.indexes.find((i) => i.name === "uk_email")).toMatchObject({ unique: true, columns: ["email"] });
    const [rows] = await admin.query(`SHOW CREATE TABLE \`${shop}\`.orders`);
    expect(orders?.createStatement).toBe((rows as Record<string, string>[])[0]?.["Create Table"]);

    const ddl = await t.api<{ schema: string }>("GET", `/v1/instances/mariadb/databases/${shop}/schema`);
    expect(ddl.body.schema).toContain("CREATE TABLE `orders`");
  });

  test(":sync finds a table created afterwards and forgets one dropped", async () => {
    await admin.query(`CREATE TABLE \`${shop}\`.invoices (id INT PRIMARY KEY, order_id BIGINT NOT NULL)`);
    await admin.query(`DROP TABLE \`${shop}\`.customers`);
    const res = await t.api<InstanceBody>("POST", "/v1/instances/mariadb:sync");
    expect(res.status).toBe(200);
    const meta = (await t.api<Metadata>("GET", `/v1/instances/mariadb/databases/${shop}/metadata`)).body;
    expect(meta.tables.map((x) => x.name)).toEqual(["invoices", "orders"]);
    expect(meta.tables[0]?.columns.map((c) => c.name)).toEqual(["id", "order_id"]);
  });

  test("a database that disappears is marked DELETED by the next sync, never forgotten", async () => {
    const gone = `tmt_${suffix}_gone`;
    await admin.query(`CREATE DATABASE \`${gone}\``);
    for (const h of ["%", "localhost"]) await admin.query(`GRANT ALL ON \`${gone}\`.* TO '${user}'@'${h}'`);
    expect((await t.api<InstanceBody>("POST", "/v1/instances/mariadb:sync")).body.databases).toContain(gone);
    await admin.query(`DROP DATABASE \`${gone}\``);
    const synced = await t.api<InstanceBody>("POST", "/v1/instances/mariadb:sync");
    expect(synced.body.databases).not.toContain(gone);
    const kept = await t.api<{ state: string }>("GET", `/v1/instances/mariadb/databases/${gone}`);
    expect(kept.status).toBe(200);
    expect(kept.body.state).toBe("DELETED");
    const listed = await t.api<{ databases: { name: string }[] }>(
      "GET",
      "/v1/instances/mariadb/databases?showDeleted=true",
    );
    expect(listed.body.databases.map((d) => d.name)).toContain(`instances/mariadb/databases/${gone}`);
  });

  test("a failed sync keeps the last good metadata and records the error", async () => {
    await admin.query(`ALTER USER '${user}'@'%' IDENTIFIED BY 'changed-elsewhere'`);
    await admin.query(`ALTER USER '${user}'@'localhost' IDENTIFIED BY 'changed-elsewhere'`);
    try {
      const res = await t.api<InstanceBody>("POST", "/v1/instances/mariadb:sync");
      expect(res.status).toBe(200);
      expect(res.body.syncError).toMatch(/access denied/i);
      expect(mine(res.body.databases)).toEqual([crm, shop].sort());
      expect((await t.api("GET", `/v1/instances/mariadb/databases/${shop}`)).body.tableCount).toBe(2);
    } finally {
      await admin.query(`ALTER USER '${user}'@'%' IDENTIFIED BY '${password}'`);
      await admin.query(`ALTER USER '${user}'@'localhost' IDENTIFIED BY '${password}'`);
    }
    const healed = await t.api<InstanceBody>("POST", "/v1/instances/mariadb:sync");
    expect(healed.body.syncError).toBe("");
  });

  test("an update without a password keeps the stored one", async () => {
    const current = await t.api<InstanceBody>("GET", "/v1/instances/mariadb");
    const res = await t.api<InstanceBody & { title: string }>(
      "PATCH",
      "/v1/instances/mariadb?updateMask=title,dataSources",
      {
        title: "Renamed",
        dataSources: [{ type: "ADMIN", host, port, username: user }],
        etag: current.body.etag,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.title).toBe("Renamed");
    expect(res.body.syncError).toBe("");
  });

  test("an unreachable host on create is a 400 naming the data source, and nothing is created", async () => {
    const res = await t.api("POST", "/v1/instances?instanceId=nowhere", {
      title: "Nowhere",
      engine: "MYSQL",
      environment: "environments/test",
      dataSources: [dataSource({ host: "127.0.0.1", port: 1 })],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { status: "FAILED_PRECONDITION", details: [{ field: "dataSources[0]" }] },
    });
    expect(JSON.stringify(res.body)).toMatch(/ADMIN/);
    expect((await t.api("GET", "/v1/instances/nowhere")).status).toBe(404);
  });

  test("bad credentials on create are a 400 that does not echo the password", async () => {
    const wrong = "definitely-not-the-password";
    const res = await t.api("POST", "/v1/instances?instanceId=badpass", {
      title: "Bad password",
      engine: "MARIADB",
      environment: "environments/test",
      dataSources: [dataSource({ password: wrong })],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/access denied/i);
    expect(JSON.stringify(res.body)).not.toContain(wrong);
    expect((await t.api("GET", "/v1/instances/badpass")).status).toBe(404);
  });

  test.each([
    ["two ADMIN data sources", { dataSources: "TWO_ADMINS" }, "dataSources"],
    [
      "a port out of range",
      { dataSources: [{ type: "ADMIN", host: "h", port: 70000, username: "u" }] },
      "dataSources[0].port",
    ],
    [
      "an unknown data source field",
      { dataSources: [{ type: "ADMIN", host: "h", port: 1, username: "u", pasword: "x" }] },
      "dataSources[0].pasword",
    ],
    ["an unknown engine", { engine: "ORACLE" }, "engine"],
    ["an environment that does not exist", { environment: "environments/mars" }, "environment"],
    ["a malformed environment name", { environment: "mars" }, "environment"],
  ])("creating an instance with %s is a 400 on that field", async (_name, override, field) => {
    const body: Record<string, unknown> = {
      title: "x",
      engine: "MARIADB",
      environment: "environments/test",
      dataSources: [dataSource()],
      ...override,
    };
    if (body.dataSources === "TWO_ADMINS") body.dataSources = [dataSource(), dataSource()];
    const res = await t.api<{ error: { details: { field: string }[] } }>(
      "POST",
      "/v1/instances?instanceId=invalid",
      body,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.field)).toContain(field);
  });

  test("engine is immutable", async () => {
    const res = await t.api("PATCH", "/v1/instances/mariadb?updateMask=engine", { engine: "TIDB" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { details: [{ field: "engine" }] } });
  });

  test("an environment with instances cannot be deleted", async () => {
    const res = await t.api("DELETE", "/v1/environments/test");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { status: "FAILED_PRECONDITION" } });
  });

  test("the password appears in no response, no log line, and not in plaintext in the store", async () => {
    const responses = [
      await t.api("GET", "/v1/instances/mariadb"),
      await t.api("GET", "/v1/instances"),
      await t.api("POST", "/v1/instances/mariadb:sync"),
    ];
    for (const r of responses) expect(JSON.stringify(r.body)).not.toContain(password);
    expect(t.logs.length).toBeGreaterThan(0);
    for (const line of t.logs) expect(line).not.toContain(password);
    const raw = await t.server.context.store.client.$queryRawUnsafe<{ dataSources: string }[]>(
      storeKind === "mysql" ? "SELECT dataSources FROM `Instance`" : 'SELECT "dataSources" FROM "Instance"',
    );
    expect(raw.length).toBeGreaterThan(0);
    for (const row of raw) {
      expect(row.dataSources).not.toContain(password);
      expect(row.dataSources).toMatch(/"sealedPassword":"v1:/);
    }
  });

  test("delete is soft until purged: undelete restores the instance and its databases", async () => {
    expect((await t.api("DELETE", "/v1/instances/mariadb")).status).toBe(200);
    const deleted = await t.api<InstanceBody & { state: string; deleteTime?: string }>("GET", "/v1/instances/mariadb");
    expect(deleted.body).toMatchObject({ state: "DELETED" });
    expect(deleted.body.deleteTime).toBeDefined();
    const listed = await t.api<{ instances: { name: string }[] }>("GET", "/v1/instances");
    expect(listed.body.instances.map((i) => i.name)).not.toContain("instances/mariadb");
    const withDeleted = await t.api<{ instances: { name: string }[] }>("GET", "/v1/instances?showDeleted=true");
    expect(withDeleted.body.instances.map((i) => i.name)).toContain("instances/mariadb");
    expect((await t.api("POST", "/v1/instances/mariadb:sync")).status).toBe(400);
    expect(
      (
        await t.api("POST", "/v1/instances?instanceId=mariadb", {
          title: "again",
          engine: "MARIADB",
          environment: "environments/test",
          dataSources: [dataSource()],
        })
      ).status,
    ).toBe(409);

    const restored = await t.api<InstanceBody & { state: string }>("POST", "/v1/instances/mariadb:undelete");
    expect(restored.status).toBe(200);
    expect(restored.body.state).toBe("ACTIVE");
    expect(mine(restored.body.databases)).toEqual([crm, shop].sort());
  });

  test("purge removes an instance and its databases for good", async () => {
    expect((await t.api("DELETE", "/v1/instances/mariadb?purge=true")).status).toBe(200);
    expect((await t.api("GET", "/v1/instances/mariadb")).status).toBe(404);
    expect((await t.api("GET", `/v1/instances/mariadb/databases/${shop}`)).status).toBe(404);
  });
});
