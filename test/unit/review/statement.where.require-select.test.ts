import { describeRule } from "./rule-cases";

describeRule("statement.where.require-select", {
  triggers: [
    { sql: "SELECT a FROM t", lines: [1] },
    { sql: "select a, b from shop.t order by a", lines: [1] },
    { sql: "SELECT a FROM t JOIN u ON t.id = u.id", lines: [1] },
    { sql: "SELECT a FROM t WHERE a = 1 UNION SELECT b FROM u", lines: [1] },
    { sql: "SELECT a FROM t UNION ALL SELECT b FROM u", lines: [1, 1] },
    { sql: "UPDATE t SET a = 1 WHERE id = 1;\n\nSELECT a FROM t;", lines: [3] },
    { sql: "SELECT a FROM t", lines: [1], level: "ERROR" },
  ],
  passes: [
    "SELECT a FROM t WHERE id = 1",
    "SELECT 1",
    "SELECT NOW() FROM dual",
    "SELECT a FROM t WHERE a = 1 UNION SELECT b FROM u WHERE b = 2",
    "INSERT INTO t (a) SELECT a FROM u",
    "DELETE FROM t WHERE id = 1",
  ],
});
