import { describeRule } from "./rule-cases";

describeRule("statement.disallow-order-by", {
  triggers: [
    { sql: "UPDATE t SET a = 1 WHERE b = 2 ORDER BY id", lines: [1], says: "Remove the ORDER BY" },
    { sql: "DELETE FROM t WHERE b = 2 ORDER BY id DESC LIMIT 1", lines: [1] },
    { sql: "SELECT 1;\n\ndelete from t where b = 2 order by id", lines: [3] },
    { sql: "DELETE FROM t WHERE b = 2 ORDER BY id", lines: [1], level: "ERROR" },
  ],
  passes: [
    "UPDATE t SET a = 1 WHERE b = 2",
    "SELECT a FROM t WHERE b = 2 ORDER BY a",
    "DELETE FROM t WHERE id IN (SELECT id FROM u WHERE x = 1)",
    "INSERT INTO t (a) SELECT a FROM u WHERE a > 0 ORDER BY a",
  ],
});
