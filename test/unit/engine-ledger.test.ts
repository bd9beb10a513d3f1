// How the executor knows a statement's outcome after a failure depends on its kind: these are the
// facts of MySQL, MariaDB and TiDB that ledger.ts relies on, statement by statement.
import { ledgerKey, ledgerRefusal, statementKind, tablesNamed } from "../../server/engine/ledger";

describe("statementKind", () => {
  test.each([
    ["INSERT INTO t VALUES (1)", "data"],
    ["insert ignore into t values (1)", "data"],
    ["REPLACE INTO t VALUES (1)", "data"],
    ["UPDATE t SET a = 1 WHERE id = 2", "data"],
    ["DELETE FROM t WHERE id = 2", "data"],
    ["/* why */ DELETE FROM t WHERE id = 2", "data"],
    ["WITH x AS (SELECT 1) UPDATE t JOIN x SET t.a = 1", "data"],
    ["WITH x AS (SELECT 1) SELECT * FROM x", "read"],
    ["SELECT * FROM t", "read"],
    ["(SELECT 1) UNION (SELECT 2)", "read"],
    ["SHOW TABLES", "read"],
    ["EXPLAIN SELECT 1", "read"],
    ["SELECT 1 INTO OUTFILE '/tmp/x'", "opaque"],
    ["SET NAMES utf8mb4", "session"],
    ["SET foreign_key_checks = 0", "session"],
    ["SET @@session.sql_mode = ''", "session"],
    ["/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */", "session"],
    ["SET GLOBAL max_connections = 10", "opaque"],
    ["SET @@GLOBAL.max_connections = 10", "opaque"],
    ["SET PERSIST max_connections = 10", "opaque"],
    ["SET PASSWORD = 'x'", "opaque"],
    ["START TRANSACTION", "begin"],
    ["BEGIN", "begin"],
    ["BEGIN WORK", "begin"],
    ["COMMIT", "commit"],
    ["ROLLBACK", "rollback"],
    ["ROLLBACK TO SAVEPOINT a", "opaque"],
    ["CREATE TABLE t (id INT PRIMARY KEY)", "schema"],
    ["ALTER TABLE t ADD COLUMN c INT", "schema"],
    ["DROP TABLE IF EXISTS t", "schema"],
    ["RENAME TABLE a TO b", "schema"],
    // Done twice, a swap undoes itself, and nothing in the catalog tells once from twice.
    ["RENAME TABLE a TO tmp, b TO a, tmp TO b", "opaque"],
    ["ALTER TABLE t EXCHANGE PARTITION p0 WITH TABLE t0", "opaque"],
    ["ALTER TABLE t ADD COLUMN c INT COMMENT 'exchange'", "schema"],
    ["TRUNCATE TABLE t", "schema"],
    ["CREATE PROCEDURE p() BEGIN SELECT 1; END", "schema"],
    ["CALL p()", "opaque"],
    ["LOAD DATA INFILE 'x' INTO TABLE t", "opaque"],
    ["DO SLEEP(1)", "opaque"],
  ])("%s is %s", (sql, kind) => {
    expect(statementKind(sql)).toBe(kind);
  });
});

describe("tablesNamed: the tables whose create statements show a DDL statement's effect", () => {
  test.each<[string, ReturnType<typeof tablesNamed>]>([
    ["ALTER TABLE t ADD COLUMN c INT", [{ name: "t" }]],
    ["alter online ignore table `s`.`t` add c int", [{ schema: "s", name: "t" }]],
    ["ALTER TABLE IF EXISTS t DROP COLUMN c", [{ name: "t" }]],
    ["ALTER TABLE `a``b` ENGINE=InnoDB", [{ name: "a`b" }]],
    ["CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)", [{ name: "t" }]],
    ["CREATE OR REPLACE TABLE t (id INT)", [{ name: "t" }]],
    ["CREATE TEMPORARY TABLE t LIKE u", [{ name: "t" }]],
    ["CREATE UNIQUE INDEX i ON t (a, b)", [{ name: "t" }]],
    ["CREATE INDEX i USING BTREE ON s.t (a)", [{ schema: "s", name: "t" }]],
    ["DROP INDEX i ON t", [{ name: "t" }]],
    ["DROP TABLE IF EXISTS a, `b`, s.c CASCADE", [{ name: "a" }, { name: "b" }, { schema: "s", name: "c" }]],
    ["RENAME TABLE a TO b", [{ name: "a" }, { name: "b" }]],
    ["TRUNCATE TABLE t", [{ name: "t" }]],
    ["TRUNCATE t", [{ name: "t" }]],
    // Their effect shows elsewhere in the catalog, or nowhere a table's statement would say.
    ["RENAME TABLE a TO b, c TO d", undefined],
    ["CREATE VIEW v AS SELECT 1", undefined],
    ["CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1", undefined],
    ["DROP VIEW v", undefined],
    ["CREATE PROCEDURE p() BEGIN SELECT 1; END", undefined],
    ["CREATE DATABASE d", undefined],
    ["DROP DATABASE d", undefined],
    ['ALTER TABLE "t" ADD c INT', undefined],
  ])("%s", (sql, tables) => {
    expect(tablesNamed(sql)).toEqual(tables);
  });
});

describe("ledgerRefusal", () => {
  test.each([
    "SET autocommit = 0",
    "set AUTOCOMMIT=1",
    "SET @@autocommit = 0",
    "SET SESSION autocommit = 0",
    "SET @@session.autocommit = 0",
  ])("%s is refused: the ledger's rows would not commit with their statements", (sql) => {
    expect(ledgerRefusal(sql)).toMatch(/START TRANSACTION/);
  });
  test.each(["SET NAMES utf8mb4", "SET @autocommitted = 1", "INSERT INTO autocommit VALUES (1)"])(
    "%s is run",
    (sql) => {
      expect(ledgerRefusal(sql)).toBeUndefined();
    },
  );
});

describe("ledgerKey", () => {
  test("one key per change, SQL and database", () => {
    const key = ledgerKey("projects/a/changes/c", "sum", "shop");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(ledgerKey("projects/a/changes/c", "sum", "shop")).toBe(key);
    expect(ledgerKey("projects/a/changes/c", "sum", "crm")).not.toBe(key);
    expect(ledgerKey("projects/a/changes/c", "other", "shop")).not.toBe(key);
    expect(ledgerKey("projects/a/changes/d", "sum", "shop")).not.toBe(key);
  });
});
