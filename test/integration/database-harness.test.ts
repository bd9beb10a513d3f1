import net from "node:net";
import mysql, { type Connection, type RowDataPacket } from "mysql2/promise";
import {
  connectAdmin,
  hasLocalMariadb,
  provideTestDatabase,
  requireTerraform,
  testDatabaseUrl,
  ThrowawayDatabases,
} from "../support/database";

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the test database server", () => {
  let admin: Connection;
  let url: URL;

  beforeAll(async () => {
    url = new URL(testDatabaseUrl());
    admin = await connectAdmin();
  });
  afterAll(async () => {
    await admin?.end();
  });

  test("is reached over TCP by a user with a password", async () => {
    expect(url.protocol).toBe("mysql:");
    expect(url.password).not.toBe("");
    const [rows] = await admin.query<RowDataPacket[]>("SELECT 1 + 1 AS two");
    expect(rows[0]?.two).toBe(2);
    const wrong = mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: `${decodeURIComponent(url.password)}-wrong`,
    });
    await expect(wrong).rejects.toMatchObject({ code: "ER_ACCESS_DENIED_ERROR" });
  });

  test("lets the test user create databases and users", async () => {
    const user = `harness_${Date.now().toString(36)}`;
    await admin.query("CREATE USER ?@'%' IDENTIFIED BY 'secret-1'", [user]);
    try {
      const scratch = await ThrowawayDatabases.open();
      const name = await scratch.create("harness_grant");
      await admin.query(`GRANT SELECT ON \`${name}\`.* TO ?@'%'`, [user]);
      const asUser = await mysql.createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user,
        password: "secret-1",
        database: name,
      });
      await asUser.end();
      await scratch.drop();
    } finally {
      await admin.query("DROP USER ?@'%'", [user]);
    }
  });
});

describe("throwaway databases", () => {
  test("are created under unique names with their tables, and dropped", async () => {
    const first = await ThrowawayDatabases.open();
    const second = await ThrowawayDatabases.open();
    const a = await first.create("harness_orders", "CREATE TABLE orders (id INT PRIMARY KEY)");
    const b = await second.create("harness_orders");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^harness_orders_[0-9a-f]{8}$/);
    const [tables] = await first.admin.query<RowDataPacket[]>(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
      [a],
    );
    expect(tables.map((t) => t.name)).toEqual(["orders"]);

    await first.drop();
    await second.drop();
    const check = await connectAdmin();
    const [left] = await check.query<RowDataPacket[]>(
      "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?, ?)",
      [a, b],
    );
    await check.end();
    expect(left).toEqual([]);
  });
});

describe("finding a server", () => {
  test("a TEST_DATABASE_URL that does not connect is refused, saying why without the password", async () => {
    const port = await closedPort();
    const attempt = provideTestDatabase({ url: `mysql://someone:hunter2-secret@127.0.0.1:${port}/` });
    await expect(attempt).rejects.toThrow(`TEST_DATABASE_URL (mysql://someone:***@127.0.0.1:${port}/) cannot be used`);
    await expect(attempt).rejects.toThrow(/ECONNREFUSED/);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  test("without a server, a database suite fails with the recorded reason", () => {
    const saved = { url: process.env.TEST_DATABASE_URL, error: process.env.TEST_DATABASE_ERROR };
    try {
      delete process.env.TEST_DATABASE_URL;
      process.env.TEST_DATABASE_ERROR = "no server: set TEST_DATABASE_URL";
      expect(() => testDatabaseUrl()).toThrow("no server: set TEST_DATABASE_URL");
      delete process.env.TEST_DATABASE_ERROR;
      expect(() => testDatabaseUrl()).toThrow(/TEST_DATABASE_URL=mysql:\/\/.*mariadb-server.*Docker/);
    } finally {
      process.env.TEST_DATABASE_URL = saved.url;
      if (saved.error === undefined) delete process.env.TEST_DATABASE_ERROR;
      else process.env.TEST_DATABASE_ERROR = saved.error;
    }
  });

  // Needs the MariaDB binaries (a run on TEST_DATABASE_URL alone may not have them).
  (hasLocalMariadb() ? test : test.skip)(
    "a private MariaDB starts with a password user and is gone after stop",
    async () => {
      const started = Date.now();
      const database = await provideTestDatabase({ url: undefined });
      expect(database.origin).toBe("private MariaDB");
      expect(Date.now() - started).toBeLessThan(30_000);
      const connection = await mysql.createConnection({ uri: database.url });
      const [rows] = await connection.query<RowDataPacket[]>("SELECT CURRENT_USER() AS user");
      expect(rows[0]?.user).toBe("tidemark@%");
      await connection.end();
      await database.stop();
      await expect(mysql.createConnection({ uri: database.url })).rejects.toMatchObject({ code: "ECONNREFUSED" });
    },
  );
});

describe("terraform", () => {
  test("an acceptance suite without terraform on PATH fails saying so", () => {
    const saved = process.env.PATH;
    try {
      process.env.PATH = "/nonexistent";
      expect(() => requireTerraform()).toThrow(
        "terraform is a prerequisite of the acceptance suite: install it and put it on PATH",
      );
    } finally {
      process.env.PATH = saved;
    }
  });
});
