import type { RowDataPacket } from "mysql2/promise";
import { type ConnectionTarget, EngineError, quoteIdentifier } from "../../server/engine/connection";
import {
  type ApplyProgress,
  type ApplyResult,
  applyStatements,
  changeLockName,
  DatabaseBusyError,
  databaseSchema,
  estimateAffectedRows,
  rollOut,
} from "../../server/engine/execute";
import { normaliseSchema, schemaText } from "../../server/engine/schema-text";
import { introspectInstance } from "../../server/engine/introspect";
import { connectionTarget, ThrowawayDatabases, uniqueName } from "../support/database";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("normalising schema text", () => {
  test.each([
    [
      "drops the next AUTO_INCREMENT value from the table options",
      ") ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4",
      ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
    ],
    [
      "keeps a column's AUTO_INCREMENT attribute",
      "  `id` int(11) NOT NULL AUTO_INCREMENT,\n) ENGINE=InnoDB AUTO_INCREMENT=7",
      "  `id` int(11) NOT NULL AUTO_INCREMENT,\n) ENGINE=InnoDB",
    ],
    [
      "drops TiDB's next AUTO_RANDOM base but keeps the AUTO_RANDOM column",
      "  `id` bigint(20) NOT NULL /*T![auto_rand] AUTO_RANDOM(5) */,\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin /*T![auto_rand_base] AUTO_RANDOM_BASE=39001 */",
      "  `id` bigint(20) NOT NULL /*T![auto_rand] AUTO_RANDOM(5) */,\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
    ],
    [
      "leaves the same words in a column comment alone",
      "  `n` int COMMENT 'was AUTO_INCREMENT=5 once',\n) ENGINE=InnoDB",
      "  `n` int COMMENT 'was AUTO_INCREMENT=5 once',\n) ENGINE=InnoDB",
    ],
  ])("%s", (_behaviour, input, expected) => {
    expect(normaliseSchema(input)).toBe(expected);
    expect(normaliseSchema(expected)).toBe(expected);
  });

  test("renders objects by name, each ending ';\\n', a blank line between", () => {
    expect(
      schemaText([
        { name: "b", createStatement: "CREATE TABLE `b` (\n  `x` int\n) ENGINE=InnoDB AUTO_INCREMENT=3" },
        { name: "a", createStatement: "CREATE VIEW `a` AS select 1" },
      ]),
    ).toBe("CREATE VIEW `a` AS select 1;\n\nCREATE TABLE `b` (\n  `x` int\n) ENGINE=InnoDB;\n");
    expect(schemaText([])).toBe("");
  });
});

describe("executing changes on a target database", () => {
  let scratch: ThrowawayDatabases;
  let target: ConnectionTarget;
  const noProgress = async (): Promise<void> => undefined;
  const rowsOf = async (sql: string, values: unknown[] = []): Promise<RowDataPacket[]> =>
    (await scratch.admin.query<RowDataPacket[]>(sql, values))[0];
  const tablesIn = async (database: string): Promise<string[]> =>
    (
      await rowsOf("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY 1", [
        database,
      ])
    ).map((r) => String(r.name));
  const lockIsFree = async (database: string): Promise<boolean> =>
    Number((await rowsOf("SELECT IS_FREE_LOCK(?) AS free", [changeLockName(database)]))[0]?.free) === 1;

  beforeAll(async () => {
    target = connectionTarget();
    scratch = await ThrowawayDatabases.open();
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  describe("databaseSchema", () => {
    let shop: string;
    beforeAll(async () => {
      shop = await scratch.create(
        "exec_schema",
        "CREATE TABLE orders (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, total DECIMAL(10,2) NOT NULL DEFAULT 0) COMMENT='placed orders'",
        "INSERT INTO orders (total) VALUES (1), (2), (3)",
        "CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(255) NOT NULL, UNIQUE KEY uk_email (email))",
        "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100",
        "CREATE SEQUENCE invoice_numbers START WITH 1000",
      );
    });

    test("is every object's SHOW CREATE text verbatim, by name, without the AUTO_INCREMENT option", async () => {
      const schema = await databaseSchema(target, shop);
      await scratch.admin.query(`USE ${quoteIdentifier(shop)}`);
      const showCreate = async (kind: string, name: string): Promise<string> =>
        String(Object.values((await rowsOf(`SHOW CREATE ${kind} ${quoteIdentifier(name)}`))[0] ?? {})[1]);
      const orders = await showCreate("TABLE", "orders");
      expect(orders).toMatch(/ AUTO_INCREMENT=4\b/);
      expect(schema).toBe(
        [
          `${await showCreate("VIEW", "big_orders")};\n`,
          `${await showCreate("TABLE", "customers")};\n`,
          `${await showCreate("SEQUENCE", "invoice_numbers")};\n`,
          `${orders.replace(" AUTO_INCREMENT=4", "")};\n`,
        ].join("\n"),
      );
      expect(schema).toContain("`id` int(11) NOT NULL AUTO_INCREMENT");
      expect(schema).not.toMatch(/AUTO_INCREMENT=/);
    });

    test("does not change when rows are inserted", async () => {
      const before = await databaseSchema(target, shop);
      await scratch.admin.query(`INSERT INTO ${quoteIdentifier(shop)}.orders (total) VALUES (5), (6)`);
      expect(await databaseSchema(target, shop)).toBe(before);
    });

    test("renders as the schema a sync records does", async () => {
      const snapshot = await introspectInstance(target);
      const synced = snapshot.databases.find((d) => d.name === shop);
      expect(synced).toBeDefined();
      expect(schemaText(synced?.tables ?? [])).toBe(await databaseSchema(target, shop));
    });

    test("is empty for a database without tables, and an EngineError for a missing one", async () => {
      expect(await databaseSchema(target, await scratch.create("exec_empty"))).toBe("");
      const missing = uniqueName("exec_missing");
      await expect(databaseSchema(target, missing)).rejects.toThrow(
        new EngineError("QUERY_FAILED", `database '${missing}' does not exist on ${target.host}:${target.port}`),
      );
    });
  });

  describe("applyStatements", () => {
    test("stops at the statement the server refuses, reporting its error, and resumes from it", async () => {
      const shop = await scratch.create("exec_apply", "CREATE TABLE existing (id INT PRIMARY KEY)");
      const statements = [
        "CREATE TABLE first_t (id INT PRIMARY KEY)",
        "CREATE TABLE second_t (id INT PRIMARY KEY)",
        "CREATE TABLE existing (id INT PRIMARY KEY)",
      ];
      const events: ApplyProgress[] = [];
      const onProgress = async (event: ApplyProgress): Promise<void> => {
        events.push(event);
      };

      const failed = await applyStatements(target, shop, statements, { from: 0, onProgress });
      expect(failed).toEqual({
        status: "FAILED",
        applied: 2,
        failedStatement: 2,
        error: "ER_TABLE_EXISTS_ERROR: Table 'existing' already exists",
        durationMs: expect.any(Number),
      });
      expect(events.map((e) => [e.kind, e.index])).toEqual([
        ["applied", 0],
        ["applied", 1],
      ]);
      expect(events.every((e) => e.durationMs >= 0)).toBe(true);
      expect(await tablesIn(shop)).toEqual(["existing", "first_t", "second_t"]);
      expect(await lockIsFree(shop)).toBe(true);

      await scratch.admin.query(`DROP TABLE ${quoteIdentifier(shop)}.existing`);
      events.length = 0;
      const resumed = await applyStatements(target, shop, statements, { from: 2, onProgress });
      expect(resumed).toEqual({ status: "DONE", applied: 3, durationMs: expect.any(Number) });
      expect(events.map((e) => e.index)).toEqual([2]);
      expect(await tablesIn(shop)).toEqual(["existing", "first_t", "second_t"]);
      expect(await lockIsFree(shop)).toBe(true);
    });

    test("captures the schema before and after its statements, under its own lock", async () => {
      const shop = await scratch.create("exec_capture", "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY)");
      await scratch.admin.query(`INSERT INTO ${quoteIdentifier(shop)}.t VALUES (), ()`);
      const before = await databaseSchema(target, shop);
      const result = await applyStatements(
        target,
        shop,
        ["ALTER TABLE t ADD COLUMN note TEXT", "CREATE TABLE u (id INT)", "CREATE TABLE t (id INT)"],
        { from: 0, onProgress: noProgress, captureSchema: true },
      );
      expect(result).toMatchObject({ status: "FAILED", applied: 2, schemaBefore: before });
      expect(result.schemaAfter).toBe(await databaseSchema(target, shop));
      expect(result.schemaAfter).toContain("`note` text");
      expect(result.schemaAfter).toContain("CREATE TABLE `u`");
      const plain = await applyStatements(target, shop, ["SELECT 1"], { from: 0, onProgress: noProgress });
      expect(plain).not.toHaveProperty("schemaBefore");
    });

    test("serialises two changes on one database: the second starts when the first ends", async () => {
      const shop = await scratch.create("exec_serial");
      const timeline: string[] = [];
      const run = (name: string, statements: string[]): Promise<ApplyResult> =>
        applyStatements(target, shop, statements, {
          from: 0,
          onProgress: async ({ index }) => {
            timeline.push(`${name}:${index}`);
          },
        });
      const first = run("first", ["CREATE TABLE a (id INT)", "SELECT SLEEP(0.5)", "CREATE TABLE b (id INT)"]);
      // Until the first holds the lock, the second could take it first; wait until it shows.
      while (await lockIsFree(shop)) await sleep(5);
      const second = run("second", ["CREATE TABLE c (id INT)"]);
      expect((await Promise.all([first, second])).map((r) => r.status)).toEqual(["DONE", "DONE"]);
      expect(timeline).toEqual(["first:0", "first:1", "first:2", "second:0"]);
    });

    test("fails a change that cannot take the lock in time, saying another change holds the database", async () => {
      const shop = await scratch.create("exec_busy");
      const first = applyStatements(target, shop, ["SELECT SLEEP(0.5)"], { from: 0, onProgress: noProgress });
      while (await lockIsFree(shop)) await sleep(5);
      const second = applyStatements(target, shop, ["CREATE TABLE never (id INT)"], {
        from: 0,
        lockTimeoutSeconds: 0,
        onProgress: noProgress,
      });
      await expect(second).rejects.toThrow(DatabaseBusyError);
      await expect(second).rejects.toThrow(`another change holds database '${shop}'`);
      await expect(second).rejects.toMatchObject({ reason: "TIMEOUT" });
      expect((await first).status).toBe("DONE");
      expect(await tablesIn(shop)).toEqual([]);
    });

    test("locks a database whose name is too long to spell out in a lock name", async () => {
      const name = `exec_${"l".repeat(50)}_${uniqueName("x").slice(2)}`;
      expect(name).toHaveLength(64);
      await scratch.admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      try {
        expect(changeLockName(name)).toHaveLength(64);
        expect(changeLockName(name)).not.toBe(changeLockName(name.replace(/.$/, "?")));
        const result = await applyStatements(target, name, ["CREATE TABLE t (id INT)"], {
          from: 0,
          onProgress: noProgress,
        });
        expect(result.status).toBe("DONE");
      } finally {
        await scratch.admin.query(`DROP DATABASE ${quoteIdentifier(name)}`);
      }
    });

    test("stops between statements once the signal aborts", async () => {
      const shop = await scratch.create("exec_cancel");
      const controller = new AbortController();
      const result = await applyStatements(target, shop, ["CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)"], {
        from: 0,
        signal: controller.signal,
        onProgress: async () => controller.abort(),
      });
      expect(result).toEqual({ status: "CANCELED", applied: 1, durationMs: expect.any(Number) });
      expect(await tablesIn(shop)).toEqual(["a"]);
      expect(await lockIsFree(shop)).toBe(true);
    });

    test("passes on an error of the caller's progress callback after releasing the lock", async () => {
      const shop = await scratch.create("exec_progress");
      const broken = applyStatements(target, shop, ["CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)"], {
        from: 0,
        onProgress: async () => {
          throw new Error("the store is gone");
        },
      });
      await expect(broken).rejects.toThrow("the store is gone");
      expect(await tablesIn(shop)).toEqual(["a"]);
      expect(await lockIsFree(shop)).toBe(true);
    });

    test("refuses a start outside the statements", async () => {
      await expect(applyStatements(target, "any", ["SELECT 1"], { from: 2, onProgress: noProgress })).rejects.toThrow(
        RangeError,
      );
    });
  });

  describe("estimateAffectedRows", () => {
    let shop: string;
    const countRows = async (): Promise<number> =>
      Number((await rowsOf(`SELECT COUNT(*) AS n FROM ${quoteIdentifier(shop)}.items`))[0]?.n);
    beforeAll(async () => {
      shop = await scratch.create(
        "exec_estimate",
        "CREATE TABLE items (id INT PRIMARY KEY, price INT NOT NULL, KEY idx_price (price))",
        "INSERT INTO items SELECT seq, seq % 100 FROM seq_1_to_1000",
        "CREATE TABLE archive LIKE items",
        "ANALYZE TABLE items",
      );
    });

    test.each([
      ["an UPDATE of some rows", "UPDATE items SET price = price + 1 WHERE id <= 100", 50, 300],
      ["an UPDATE of every row", "-- every price\nUPDATE items SET price = 0", 800, 1200],
      ["a DELETE", "DELETE FROM items WHERE price = 7", 5, 30],
      ["an INSERT … SELECT", "INSERT INTO archive (id, price) SELECT id, price FROM items WHERE price < 50", 300, 1200],
    ])("estimates %s from the plan without running it", async (_kind, statement, low, high) => {
      const estimate = await estimateAffectedRows(target, shop, statement);
      expect(estimate).toBeGreaterThanOrEqual(low);
      expect(estimate).toBeLessThanOrEqual(high);
      expect(await countRows()).toBe(1000);
      expect(Number((await rowsOf(`SELECT SUM(price) AS s FROM ${quoteIdentifier(shop)}.items`))[0]?.s)).toBe(49500);
      expect(await tablesIn(shop)).toEqual(["archive", "items"]);
      expect((await rowsOf(`SELECT COUNT(*) AS n FROM ${quoteIdentifier(shop)}.archive`))[0]?.n).toBe(0);
    });

    test.each([
      ["DDL", "ALTER TABLE items ADD COLUMN note TEXT"],
      ["an INSERT of values", "INSERT INTO items VALUES (5000, (SELECT 1))"],
      ["a SELECT", "SELECT * FROM items"],
      ["a statement EXPLAIN refuses", "UPDATE no_such_table SET x = 1"],
    ])("is null for %s", async (_kind, statement) => {
      expect(await estimateAffectedRows(target, shop, statement)).toBeNull();
      expect(await countRows()).toBe(1000);
    });
  });

  describe("secrets", () => {
    test("no failure carries the target's password", async () => {
      const shop = await scratch.create("exec_secret");
      const password = target.password ?? "";
      expect(password.length).toBeGreaterThan(0);
      const failures: string[] = [];
      const refused = await applyStatements(target, shop, [`SELEC '${password}'`], {
        from: 0,
        onProgress: noProgress,
      });
      expect(refused.status).toBe("FAILED");
      if (refused.status === "FAILED") {
        expect(refused.error).toMatch(/^ER_PARSE_ERROR: You have an error in your SQL syntax/);
        failures.push(refused.error);
      }
      const wrongPassword = { ...target, password: `${password}-wrong` };
      // Started one at a time: a rejection nobody awaits yet would fail the test on its own.
      const attempts: (() => Promise<unknown>)[] = [
        () => applyStatements(wrongPassword, shop, ["SELECT 1"], { from: 0, onProgress: noProgress }),
        () => databaseSchema(wrongPassword, shop),
        () => estimateAffectedRows(wrongPassword, shop, "DELETE FROM t"),
        () => applyStatements(target, uniqueName("exec_missing"), ["SELECT 1"], { from: 0, onProgress: noProgress }),
      ];
      for (const attempt of attempts) {
        const error = await attempt().then(
          () => undefined,
          (err: unknown) => err,
        );
        expect(error).toBeInstanceOf(EngineError);
        failures.push(String((error as Error).message), JSON.stringify(error));
      }
      for (const text of failures) expect(text).not.toContain(password);
    });
  });
});

describe("rolling out across targets", () => {
  test("runs at most the given number at once and keeps the targets' order", async () => {
    let running = 0;
    let most = 0;
    const results = await rollOut(
      Array.from({ length: 10 }, (_, i) => i),
      async (n) => {
        most = Math.max(most, ++running);
        await sleep(10);
        running--;
        return n * 2;
      },
      3,
    );
    expect(most).toBe(3);
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  test("starts no further target after one fails, and rethrows that failure", async () => {
    const started: number[] = [];
    const rollout = rollOut(
      [0, 1, 2, 3, 4, 5],
      async (n) => {
        started.push(n);
        await sleep(5);
        if (n === 1) throw new Error("target 1 is unreachable");
        return n;
      },
      2,
    );
    await expect(rollout).rejects.toThrow("target 1 is unreachable");
    expect(started).toEqual([0, 1, 2]);
  });
});
