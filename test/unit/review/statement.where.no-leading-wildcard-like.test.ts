import { describeRule } from "./rule-cases";

describeRule("statement.where.no-leading-wildcard-like", {
  triggers: [
    { sql: "SELECT a FROM t WHERE name LIKE '%son'", lines: [1], says: "'%son'" },
    { sql: "select a from t where name like '%son%'", lines: [1] },
    { sql: "UPDATE t SET a = 1 WHERE name NOT LIKE '%x'", lines: [1] },
    { sql: 'DELETE FROM t WHERE name LIKE "%x"', lines: [1] },
    { sql: "SELECT a FROM t\nWHERE b = 1\n  AND name LIKE '%x'\n  OR mail LIKE '%@example.com'", lines: [3, 4] },
    { sql: "SELECT a FROM t WHERE id IN (SELECT id FROM u WHERE name LIKE '%x')", lines: [1] },
    { sql: "SELECT a FROM t WHERE name LIKE '%son'", lines: [1], level: "ERROR" },
  ],
  passes: [
    "SELECT a FROM t WHERE name LIKE 'son%'",
    "SELECT a FROM t WHERE name LIKE 's%n'",
    "SELECT a FROM t WHERE name = '%son'",
    "SELECT a FROM t WHERE name LIKE CONCAT(prefix, '%')",
  ],
});
