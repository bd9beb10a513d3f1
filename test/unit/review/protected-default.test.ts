import { findRule } from "../../../sql/review/catalog";
import { BUILTIN_PROTECTED_RULES, reviewSql } from "../../../sql/review/review";
import type { Engine } from "../../../sql/review/types";
import { SHOP } from "./schema";

const errors = (sql: string, engine: Engine = "TIDB"): string[] =>
  reviewSql(sql, BUILTIN_PROTECTED_RULES, engine, undefined, SHOP)
    .advices.filter((a) => a.level === "ERROR")
    .map((a) => a.rule);

describe("the built-in config of a protected environment", () => {
  it.each([
    ["ALTER TABLE orders DROP COLUMN note", "column.disallow-drop", "TIDB"],
    ["ALTER TABLE orders DROP note", "column.disallow-drop", "TIDB"],
    ["alter table `orders` add column x int, drop column `note`", "column.disallow-drop", "TIDB"],
    ["RENAME TABLE orders TO orders_old", "table.disallow-rename", "TIDB"],
    ["ALTER TABLE orders RENAME TO orders_old", "table.disallow-rename", "TIDB"],
    ["ALTER TABLE orders RENAME COLUMN note TO remark", "column.disallow-rename", "TIDB"],
    ["ALTER TABLE orders CHANGE note remark TEXT", "column.disallow-rename", "TIDB"],
    ["DELETE FROM orders WHERE 1=1", "statement.where.disallow-always-true", "TIDB"],
    ["UPDATE orders SET state = 'x' WHERE id > 0", "statement.where.disallow-always-true", "TIDB"],
    ["DELETE FROM orders WHERE TRUE", "statement.where.disallow-always-true", "TIDB"],
    ["DELETE FROM orders WHERE 1", "statement.where.disallow-always-true", "TIDB"],
    ["BATCH ON id LIMIT 1000 DELETE FROM orders WHERE 1 = 1", "statement.where.disallow-always-true", "TIDB"],
    ["DELETE FROM orders", "statement.where.require-update-delete", "TIDB"],
    ["DROP TABLE orders", "statement.disallow-drop-table", "TIDB"],
    ["TRUNCATE orders", "statement.disallow-truncate", "TIDB"],
    ["ALTER TABLE orders TRUNCATE PARTITION p2020", "statement.disallow-truncate", "MYSQL"],
    ["ALTER TABLE orders DROP PARTITION p2020", "table.disallow-drop-partition", "TIDB"],
    ["ALTER TABLE orders EXCHANGE PARTITION p2020 WITH TABLE orders_2020", "table.disallow-drop-partition", "MYSQL"],
    ["ALTER TABLE orders CONVERT PARTITION p2020 TO TABLE orders_2020", "table.disallow-drop-partition", "MARIADB"],
    ["ALTER TABLE orders FIRST PARTITION LESS THAN (2021)", "table.disallow-drop-partition", "TIDB"],
    ["ALTER TABLE orders DISCARD TABLESPACE", "table.disallow-discard-tablespace", "MYSQL"],
    ["ALTER TABLE orders DISCARD PARTITION p2020 TABLESPACE", "table.disallow-discard-tablespace", "MYSQL"],
    ["DROP DATABASE shop", "statement.disallow-drop-database", "TIDB"],
    ["ALTER TABLE orders ENGINE=BLACKHOLE", "table.disallow-engine-without-rows", "TIDB"],
    ["CREATE OR REPLACE TABLE orders (id INT PRIMARY KEY)", "table.disallow-create-or-replace", "MARIADB"],
    [
      "DELIMITER //\nCREATE PROCEDURE wipe() BEGIN DELETE FROM orders WHERE 1 = 1; END //\nDELIMITER ;",
      "statement.where.disallow-always-true",
      "MYSQL",
    ],
    ["PREPARE s FROM 'ALTER TABLE orders DROP COLUMN note'", "column.disallow-drop", "TIDB"],
  ])("blocks %s", (sql, rule, engine) => {
    expect(errors(sql, engine as Engine)).toContain(rule);
  });

  it.each(["MYSQL", "MARIADB", "TIDB"] as const)("lets a benign ADD COLUMN … NULL through on %s", (engine) => {
    expect(errors("ALTER TABLE orders ADD COLUMN total DECIMAL(10, 2) NULL", engine)).toEqual([]);
  });

  it("lets idiomatic TiDB through: it is read, not refused as unparseable", () => {
    const sql = [
      "CREATE TABLE events (id BIGINT PRIMARY KEY AUTO_RANDOM, at DATETIME) SHARD_ROW_ID_BITS = 4 TTL = at + INTERVAL 90 DAY;",
      "ALTER TABLE events SET TIFLASH REPLICA 1;",
      "SPLIT TABLE events BETWEEN (0) AND (1000000) REGIONS 16;",
      "BATCH ON id LIMIT 1000 DELETE FROM events WHERE at < '2020-01-01';",
    ].join("\n");
    expect(errors(sql)).toEqual([]);
  });

  it("checks the statement a WITH list, BATCH or SET STATEMENT runs with every rule, not only the text's", () => {
    const all = (sql: string, engine: Engine): string[] =>
      reviewSql(sql, BUILTIN_PROTECTED_RULES, engine, undefined, SHOP).advices.map((a) => a.rule);
    expect(all("WITH old AS (SELECT id FROM orders) SELECT id FROM old", "MYSQL")).toEqual([]);
    expect(all("WITH old AS (SELECT id FROM orders) DELETE FROM orders", "MYSQL")).toEqual([
      "statement.where.require-update-delete",
    ]);
    expect(all("SET STATEMENT max_statement_time = 5 FOR DELETE FROM orders", "MARIADB")).toEqual([
      "statement.where.require-update-delete",
    ]);
  });

  it("holds on statements the parser cannot read: every safety rule reads the text too", () => {
    for (const { id } of BUILTIN_PROTECTED_RULES) {
      if (id === "statement.parse-error") continue;
      expect({ id, readsText: typeof findRule(id)?.checkText }).toEqual({ id, readsText: "function" });
    }
  });
});
