import { describeRule } from "./rule-cases";

describeRule("statement.where.no-equal-null", {
  triggers: [
    { sql: "SELECT * FROM t WHERE a = NULL", lines: [1], says: "IS NULL" },
    { sql: "DELETE FROM t WHERE a != NULL", lines: [1], says: "IS NOT NULL" },
    { sql: "UPDATE t SET b = 1 WHERE a <> NULL", lines: [1] },
    { sql: "SELECT * FROM t JOIN u ON t.a = NULL", lines: [1] },
  ],
  passes: [
    "SELECT * FROM t WHERE a IS NULL",
    "SELECT * FROM t WHERE a <=> NULL",
    "UPDATE t SET a = NULL WHERE id = 1",
    "SELECT * FROM t WHERE a <= 1",
  ],
});
