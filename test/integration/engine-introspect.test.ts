import type { RowDataPacket } from "mysql2/promise";
import { type ConnectionTarget, EngineError, openConnection } from "../../server/engine/connection";
import { type DatabaseSnapshot, type InstanceSnapshot, introspectInstance } from "../../server/engine/introspect";
import { connectionTarget, freePort, ThrowawayDatabases } from "../support/database";

const ODD_PREFIX = "engine odd`name.é-";
const ODD_TABLE = "we`ird table";

describe("introspecting an instance", () => {
  let scratch: ThrowawayDatabases;
  let target: ConnectionTarget;
  let shop: string;
  let odd: string;
  let empty: string;
  let snapshot: InstanceSnapshot;
  const database = (name: string): DatabaseSnapshot => {
    const found = snapshot.databases.find((d) => d.name === name);
    if (!found) throw new Error(`database ${name} is missing from the snapshot`);
    return found;
  };
  const table = (db: string, name: string) => {
    const found = database(db).tables.find((t) => t.name === name);
    if (!found) throw new Error(`table ${db}.${name} is missing from the snapshot`);
    return found;
  };
  const statusCount = async (name: string): Promise<number> => {
    const [rows] = await scratch.admin.query<RowDataPacket[]>("SHOW GLOBAL STATUS LIKE ?", [name]);
    return Number(rows[0]?.Value);
  };

  beforeAll(async () => {
    target = connectionTarget();
    scratch = await ThrowawayDatabases.open();
    shop = await scratch.create(
      "engine_shop",
      `CREATE TABLE orders (
         id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
         customer_id INT NOT NULL,
         placed_at DATETIME NULL,
         total DECIMAL(10,2) NOT NULL DEFAULT 0,
         PRIMARY KEY (id),
         KEY idx_customer_placed (customer_id, placed_at)
       ) ENGINE=InnoDB COMMENT='orders placed'`,
      `CREATE TABLE customers (
         id INT NOT NULL PRIMARY KEY,
         email VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
         display_name VARCHAR(100) NULL DEFAULT 'it''s anonymous' COMMENT 'shown in receipts',
         UNIQUE KEY uk_email (email)
       )`,
      // Key order differs from name order: index columns must follow SEQ_IN_INDEX.
      `CREATE TABLE order_lines (
         order_id BIGINT UNSIGNED NOT NULL,
         line_no INT NOT NULL,
         sku VARCHAR(32) NOT NULL,
         PRIMARY KEY (order_id, line_no),
         UNIQUE KEY uk_sku_order (sku, order_id)
       )`,
      "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100",
    );
    odd = await scratch.create(ODD_PREFIX, `CREATE TABLE \`we\`\`ird table\` (\`a\`\`b\` INT PRIMARY KEY)`);
    empty = await scratch.create("engine_empty");
    snapshot = await introspectInstance(target);
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  test("lists user databases by name with their charset, leaving out the server's own schemas", async () => {
    const names = snapshot.databases.map((d) => d.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toEqual(expect.arrayContaining([shop, odd, empty]));
    for (const system of ["mysql", "information_schema", "performance_schema", "sys"]) {
      expect(names.map((n) => n.toLowerCase())).not.toContain(system);
    }
    const [schemata] = await scratch.admin.query<RowDataPacket[]>(
      "SELECT DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?",
      [shop],
    );
    expect(database(shop)).toMatchObject({ charset: schemata[0]?.charset, collation: schemata[0]?.collation });
    expect(database(shop).collation.startsWith(database(shop).charset)).toBe(true);
    expect(database(empty).tables).toEqual([]);
    expect(snapshot.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("lists tables and views by name with their kind, engine and comment", () => {
    expect(database(shop).tables.map((t) => [t.name, t.type])).toEqual([
      ["big_orders", "VIEW"],
      ["customers", "TABLE"],
      ["order_lines", "TABLE"],
      ["orders", "TABLE"],
    ]);
    expect(table(shop, "orders")).toMatchObject({ engine: "InnoDB", comment: "orders placed" });
    expect(table(shop, "big_orders")).toMatchObject({ engine: "", comment: "" });
  });

  test("gives columns in position order with type, nullability, default, extra, comment and collation", () => {
    const orders = table(shop, "orders").columns;
    expect(orders.map((c) => [c.position, c.name])).toEqual([
      [1, "id"],
      [2, "customer_id"],
      [3, "placed_at"],
      [4, "total"],
    ]);
    expect(orders[0]).toMatchObject({ nullable: false, default: null, extra: "auto_increment", charset: null });
    expect(orders[0]?.type).toMatch(/^bigint(\(20\))? unsigned$/);
    expect(orders[2]).toMatchObject({ type: "datetime", nullable: true, default: null });
    expect(orders[3]).toMatchObject({ type: "decimal(10,2)", nullable: false, default: "0.00" });

    const [, email, displayName] = table(shop, "customers").columns;
    expect(email).toMatchObject({ type: "varchar(255)", charset: "utf8mb4", collation: "utf8mb4_bin" });
    expect(displayName).toMatchObject({
      nullable: true,
      default: "it's anonymous",
      comment: "shown in receipts",
    });
    expect(table(shop, "big_orders").columns.map((c) => c.name)).toEqual(["id", "total"]);
  });

  test("gives indexes, primary first, with their columns in key order", () => {
    expect(table(shop, "orders").indexes).toEqual([
      { name: "PRIMARY", primary: true, unique: true, type: "BTREE", columns: ["id"], comment: "" },
      {
        name: "idx_customer_placed",
        primary: false,
        unique: false,
        type: "BTREE",
        columns: ["customer_id", "placed_at"],
        comment: "",
      },
    ]);
    expect(table(shop, "order_lines").indexes.map((i) => [i.name, i.primary, i.unique, i.columns])).toEqual([
      ["PRIMARY", true, true, ["order_id", "line_no"]],
      ["uk_sku_order", false, true, ["sku", "order_id"]],
    ]);
    expect(table(shop, "customers").indexes.map((i) => [i.name, i.unique, i.columns])).toEqual([
      ["PRIMARY", true, ["id"]],
      ["uk_email", true, ["email"]],
    ]);
    expect(table(shop, "big_orders").indexes).toEqual([]);
  });

  test("keeps SHOW CREATE text exactly as the server gave it, for tables and views", async () => {
    const [tableRows] = await scratch.admin.query<RowDataPacket[]>(`SHOW CREATE TABLE \`${shop}\`.orders`);
    expect(table(shop, "orders").createStatement).toBe(tableRows[0]?.["Create Table"]);
    expect(table(shop, "orders").createStatement).toContain("COMMENT='orders placed'");
    // As a dump of the database would show it: names relative to the view's own database.
    await scratch.admin.query(`USE \`${shop}\``);
    const [viewRows] = await scratch.admin.query<RowDataPacket[]>("SHOW CREATE VIEW big_orders");
    expect(table(shop, "big_orders").createStatement).toBe(viewRows[0]?.["Create View"]);
    expect(table(shop, "big_orders").createStatement).toMatch(/^CREATE .*VIEW `big_orders` AS select/);
    expect(table(shop, "big_orders").createStatement).not.toContain(shop);
  });

  test("reads databases and tables whose names hold backticks, dots, spaces and accents", () => {
    expect(odd.startsWith(ODD_PREFIX)).toBe(true);
    const weird = table(odd, ODD_TABLE);
    expect(weird.columns.map((c) => c.name)).toEqual(["a`b"]);
    expect(weird.indexes[0]?.columns).toEqual(["a`b"]);
    expect(weird.createStatement).toContain("CREATE TABLE `we``ird table`");
  });

  test("gives the same snapshot twice and the same with one connection as with eight", async () => {
    const mine = (s: InstanceSnapshot) => s.databases.filter((d) => [shop, odd, empty].includes(d.name));
    expect(mine(await introspectInstance(target, { concurrency: 1 }))).toEqual(mine(snapshot));
    expect(mine(await introspectInstance(target, { concurrency: 8 }))).toEqual(mine(snapshot));
  });

  test("reads information_schema in a fixed number of queries, however many tables there are", async () => {
    const selectsDuring = async (): Promise<number> => {
      const before = await statusCount("Com_select");
      await introspectInstance(target);
      return (await statusCount("Com_select")) - before;
    };
    const few = await selectsDuring();
    await scratch.create("engine_many", ...Array.from({ length: 12 }, (_, i) => `CREATE TABLE t${i} (id INT)`));
    const many = await selectsDuring();
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });
});

describe("MariaDB's own kinds of table", () => {
  let scratch: ThrowawayDatabases;

  beforeAll(async () => {
    scratch = await ThrowawayDatabases.open();
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  // System versioning and sequences exist only on some engines: on others there is nothing to read.
  test("a system-versioned table is a TABLE and a sequence is a SEQUENCE with its own create text", async () => {
    const [version] = await scratch.admin.query<RowDataPacket[]>("SELECT VERSION() AS v");
    if (!/mariadb/i.test(String(version[0]?.v))) return;
    const name = await scratch.create(
      "engine_mariadb",
      "CREATE TABLE prices (id INT PRIMARY KEY, amount INT) WITH SYSTEM VERSIONING",
      "CREATE SEQUENCE invoice_numbers START WITH 1000",
    );
    const snapshot = await introspectInstance(connectionTarget());
    const tables = snapshot.databases.find((d) => d.name === name)?.tables ?? [];
    expect(tables.map((t) => [t.name, t.type])).toEqual([
      ["invoice_numbers", "SEQUENCE"],
      ["prices", "TABLE"],
    ]);
    expect(tables[0]?.createStatement).toMatch(/^CREATE SEQUENCE `invoice_numbers` start with 1000/);
    expect(tables[1]?.createStatement).toContain("WITH SYSTEM VERSIONING");
  });
});

describe("connection failures", () => {
  let target: ConnectionTarget;

  beforeAll(() => {
    target = connectionTarget();
  });

  const failureOf = async (attempt: Promise<unknown>): Promise<EngineError> => {
    const err = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(err instanceof EngineError)) throw new Error(`expected an EngineError, got ${String(err)}`);
    return err;
  };

  test("a wrong password is AUTH_FAILED, naming the user and never the password", async () => {
    const password = "Wr0ng-pa55word-that-must-not-leak";
    const err = await failureOf(introspectInstance({ ...target, password }));
    expect(err.reason).toBe("AUTH_FAILED");
    expect(err.message).toBe(`access denied for user '${target.username}' on ${target.host}:${target.port}`);
    expect(err.message).not.toContain(password);
    expect(err.message).not.toContain(target.password ?? "");
  });

  test("a closed port is UNREACHABLE, saying the connection was refused", async () => {
    const port = await freePort();
    const err = await failureOf(introspectInstance({ ...target, host: "127.0.0.1", port }));
    expect(err.reason).toBe("UNREACHABLE");
    expect(err.message).toBe(`cannot reach 127.0.0.1:${port}: connection refused`);
  });

  // The test server either offers no TLS or (MySQL 8, MariaDB 11.4+) a self-signed certificate.
  test("asking for verified TLS from a server without a trusted certificate is a TLS failure", async () => {
    const err = await failureOf(openConnection({ ...target, tls: { enabled: true } }));
    expect(err.reason).toBe("TLS");
    expect(err.message).toMatch(
      new RegExp(`^${target.host}:${target.port} does not offer TLS$|^TLS with ${target.host}:${target.port} failed`),
    );
  });

  test("a database that does not exist is named in the failure", async () => {
    const err = await failureOf(openConnection({ ...target, database: "engine_no_such_db" }));
    expect(err.reason).toBe("QUERY_FAILED");
    expect(err.message).toBe(`database 'engine_no_such_db' does not exist on ${target.host}:${target.port}`);
  });
});
