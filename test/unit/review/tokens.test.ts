import { executedStatements } from "../../../sql/review/executed";
import { normalise, tokenize } from "../../../sql/review/tokens";

describe("normalise", () => {
  it.each([
    ["DROP   TABLE\n\tt", "DROP TABLE t"],
    ["DROP/**/TABLE/* x */t", "DROP TABLE t"],
    ["DROP -- why\nTABLE t # gone\n", "DROP TABLE t"],
    ["SELECT 1--1", "SELECT 1--1"],
    ["SELECT 1 -- 1", "SELECT 1"],
    ["/*!50000 DROP TABLE t */", "DROP TABLE t"],
    ["/*!DROP*/TABLE t", "DROP TABLE t"],
    ["/*T![clustered_index] CLUSTERED */", "CLUSTERED"],
    ["/*M!100301 DROP TABLE t */", "DROP TABLE t"],
    ["/*+ MAX_EXECUTION_TIME(1) */ SELECT 1", "SELECT 1"],
    ["SELECT '-- not; a /* comment */'", "SELECT '-- not; a /* comment */'"],
    ["SELECT 'it''s', 'back\\'slash', \"dq\"", "SELECT 'it''s', 'back\\'slash', \"dq\""],
    ["SELECT `odd``name # x`", "SELECT `odd``name # x`"],
  ])("%j → %j", (sql, expected) => {
    expect(normalise(sql)).toBe(expected);
  });
});

describe("tokenize", () => {
  it("gives the text back when its tokens are joined", () => {
    const sql = "SELECT /*!1 a */ 'x''y', `z` -- c\n# d\nFROM t /* e */;";
    expect(
      tokenize(sql)
        .map((t) => t.text)
        .join(""),
    ).toBe(sql);
  });

  it("counts lines from zero", () => {
    const from = tokenize("SELECT\n'a\nb'\nFROM t").filter((t) => t.text === "FROM");
    expect(from.map((t) => t.line)).toEqual([3]);
  });
});

describe("executedStatements", () => {
  const heads = (sql: string): string[] =>
    executedStatements(normalise(sql)).map((s) => s.map((w) => w.text).join(" "));

  it.each([
    ["UPDATE t SET a = 1", ["UPDATE t SET a = 1"]],
    ["WITH x AS (SELECT 1), y (c) AS (SELECT 2) DELETE FROM t", ["DELETE FROM t"]],
    ["EXPLAIN ANALYZE FORMAT = 'brief' DELETE FROM t", ["DELETE FROM t"]],
    ["BATCH ON id LIMIT 100 DRY RUN QUERY DELETE FROM t", ["DELETE FROM t"]],
    ["EXPLAIN DELETE FROM t", ["EXPLAIN DELETE FROM t"]],
    [
      "CREATE DEFINER = `root`@`%` PROCEDURE p() BEGIN IF x THEN DELETE FROM t; ELSE UPDATE t SET a = 1 WHERE b; END IF; END",
      ["IF x THEN DELETE FROM t", "DELETE FROM t", "UPDATE t SET a = 1 WHERE b", "END IF", "END"],
    ],
    ["CREATE TRIGGER tr AFTER UPDATE ON a FOR EACH ROW PRECEDES other DELETE FROM b", ["DELETE FROM b"]],
    ["CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO TRUNCATE t", ["TRUNCATE t"]],
    ["CREATE TABLE event (id INT)", ["CREATE TABLE event ( id INT )"]],
  ])("%s", (sql, expected) => {
    expect(heads(sql)).toEqual(expected);
  });
});
