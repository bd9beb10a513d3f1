import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql, { type Connection, type RowDataPacket } from "mysql2/promise";
import {
  connectAdmin,
  freePort,
  hasLocalMariadb,
  provideTestDatabase,
  requireTerraform,
  testDatabaseUrl,
  ThrowawayDatabases,
} from "../support/database";

/** Sets environment variables for the length of `body`, then puts them back as they were. */
function withEnv(vars: Record<string, string | undefined>, body: () => void): void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    body();
  } finally {
    apply(saved);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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
    const scratch = await ThrowawayDatabases.open();
    await admin.query("CREATE USER ?@'%' IDENTIFIED BY 'secret-1'", [user]);
    try {
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
    } finally {
      await admin.query("DROP USER ?@'%'", [user]);
      await scratch.drop();
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
    const port = await freePort();
    const attempt = provideTestDatabase({ url: `mysql://someone:hunter2-secret@127.0.0.1:${port}/` });
    await expect(attempt).rejects.toThrow(`TEST_DATABASE_URL (mysql://someone:***@127.0.0.1:${port}/) cannot be used`);
    await expect(attempt).rejects.toThrow(/ECONNREFUSED/);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  test("without a server, a database suite fails with the recorded reason", () => {
    withEnv({ TEST_DATABASE_URL: undefined, TEST_DATABASE_ERROR: "no server: set TEST_DATABASE_URL" }, () => {
      expect(() => testDatabaseUrl()).toThrow("no server: set TEST_DATABASE_URL");
    });
    withEnv({ TEST_DATABASE_URL: undefined, TEST_DATABASE_ERROR: undefined }, () => {
      expect(() => testDatabaseUrl()).toThrow(/TEST_DATABASE_URL=mysql:\/\/.*mariadb-server.*Docker/);
    });
  });

  /** These two start the harness's own server: without MariaDB's binaries they fail, saying so. */
  const requireLocalMariadb = (): void => {
    if (!hasLocalMariadb())
      throw new Error("the MariaDB server binaries are missing: apt-get install -y mariadb-server");
  };

  test("a private MariaDB starts with a password user and is gone after stop", async () => {
    requireLocalMariadb();
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
  });

  test("a private MariaDB whose starter dies without its teardown is stopped within seconds", async () => {
    requireLocalMariadb();
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-harness-")), "starter.ts");
    fs.writeFileSync(
      script,
      `import { provideTestDatabase } from ${JSON.stringify(path.resolve(__dirname, "../support/database"))};\n` +
        "provideTestDatabase({ url: undefined }).then((d) => { console.log(d.url); setInterval(() => undefined, 1000); });\n",
    );
    const starter = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
    const databaseUrl = await new Promise<string>((resolve) =>
      starter.stdout.on("data", (chunk: Buffer) => resolve(chunk.toString().trim())),
    );
    (await mysql.createConnection({ uri: databaseUrl })).destroy();
    starter.kill("SIGKILL");
    let gone = false;
    for (let i = 0; i < 50 && !gone; i++) {
      await sleep(100);
      gone = await mysql.createConnection({ uri: databaseUrl }).then(
        (c) => (c.destroy(), false),
        () => true,
      );
    }
    fs.rmSync(path.dirname(script), { recursive: true, force: true });
    expect(gone).toBe(true);
  });
});

describe("terraform", () => {
  test("an acceptance suite without terraform on PATH fails saying so", () => {
    withEnv({ PATH: "/nonexistent" }, () => {
      expect(() => requireTerraform()).toThrow(
        "terraform is a prerequisite of the acceptance suite: install it and put it on PATH",
      );
    });
  });
});
