import { describeRule } from "./rule-cases";

describeRule("statement.select.no-select-all", {
  triggers: [
    { sql: "SELECT * FROM t", lines: [1] },
    { sql: "select t.* from t join u on t.id = u.id", lines: [1] },
    { sql: "SELECT a FROM t WHERE EXISTS (\n  SELECT * FROM u\n)", lines: [2] },
    { sql: "SELECT a FROM (SELECT * FROM u) x", lines: [1] },
    { sql: "INSERT INTO t (a, b) SELECT * FROM u", lines: [1] },
    { sql: "CREATE TABLE t2 AS SELECT * FROM t", lines: [1] },
    { sql: "SELECT a FROM t UNION SELECT * FROM u", lines: [1] },
    { sql: "SELECT 1;\nSELECT\n  *\nFROM t", lines: [3] },
    { sql: "SELECT * FROM t", lines: [1], level: "ERROR" },
  ],
  passes: [
    "SELECT a, b FROM t",
    "SELECT COUNT(*) FROM t",
    "SELECT a * b FROM t",
    "SELECT 2 * 3",
    "INSERT INTO t (a) SELECT a FROM u",
  ],
});
