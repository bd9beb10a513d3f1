import { describeRule } from "./rule-cases";

describeRule("statement.insert.must-specify-column", {
  triggers: [
    { sql: "INSERT INTO t VALUES (1, 2)", lines: [1], says: "List the columns" },
    { sql: "insert t values (1)", lines: [1] },
    { sql: "REPLACE INTO t VALUES (1)", lines: [1] },
    { sql: "INSERT INTO t SELECT a, b FROM u", lines: [1] },
    { sql: "SELECT 1;\nINSERT INTO t VALUES (1);", lines: [2] },
    { sql: "INSERT INTO t VALUES (1)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "INSERT INTO t (a, b) VALUES (1, 2)",
    "INSERT INTO t SET a = 1, b = 2",
    "REPLACE INTO t (a) VALUES (1)",
    "INSERT INTO t (a) SELECT a FROM u WHERE a > 0",
    "UPDATE t SET a = 1 WHERE id = 1",
  ],
});
