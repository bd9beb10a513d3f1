import { describeRule } from "./rule-cases";

describeRule("statement.disallow-limit", {
  triggers: [
    { sql: "UPDATE t SET a = 1 WHERE b = 2 LIMIT 10", lines: [1], says: "Remove the LIMIT" },
    { sql: "DELETE FROM t WHERE b = 2 LIMIT 10", lines: [1] },
    { sql: "delete from t where b = 2 order by id limit 1", lines: [1] },
    { sql: "INSERT INTO t (a) SELECT a FROM u WHERE a > 0 LIMIT 5", lines: [1] },
    { sql: "SELECT 1;\nDELETE FROM t\nWHERE b = 2\nLIMIT 10;", lines: [2] },
    { sql: "DELETE FROM t WHERE b = 2 LIMIT 10", lines: [1], level: "ERROR" },
  ],
  passes: [
    "UPDATE t SET a = 1 WHERE b = 2",
    "DELETE FROM t WHERE id IN (SELECT id FROM u WHERE x = 1)",
    "SELECT a FROM t WHERE b = 2 LIMIT 10",
    "INSERT INTO t (a) SELECT a FROM u WHERE a > 0",
  ],
});
