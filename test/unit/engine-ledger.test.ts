// How the executor knows a statement's outcome after a failure depends on its kind: these are the
// facts of MySQL, MariaDB and TiDB that ledger.ts relies on, statement by statement.
import { ledgerKey, ledgerRefusal, statementKind } from "../../server/engine/ledger";

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
    ["TRUNCATE TABLE t", "schema"],
    ["CREATE PROCEDURE p() BEGIN SELECT 1; END", "schema"],
    ["CALL p()", "opaque"],
    ["LOAD DATA INFILE 'x' INTO TABLE t", "opaque"],
    ["DO SLEEP(1)", "opaque"],
  ])("%s is %s", (sql, kind) => {
    expect(statementKind(sql)).toBe(kind);
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
