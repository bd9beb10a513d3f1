import { describeRule } from "./rule-cases";

describeRule("statement.disallow-commit", {
  triggers: [
    { sql: "COMMIT", lines: [1] },
    { sql: "commit", lines: [1] },
    { sql: "BEGIN;\nUPDATE t SET a = 1 WHERE id = 1;\nCOMMIT;", lines: [3] },
    { sql: "COMMIT WORK", lines: [1] },
    { sql: "COMMIT AND NO CHAIN", lines: [1] },
    { sql: "COMMIT", lines: [1], level: "WARNING" },
  ],
  passes: [
    "BEGIN",
    "START TRANSACTION",
    "ROLLBACK",
    "SELECT 'COMMIT'",
    "-- COMMIT\nSELECT 1",
    "CREATE TABLE commit_log (id INT)",
  ],
});
