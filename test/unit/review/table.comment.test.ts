import { describeRule } from "./rule-cases";

describeRule("table.comment", {
  triggers: [
    { sql: "CREATE TABLE t (id INT)", lines: [1], says: "Add COMMENT" },
    { sql: `CREATE TABLE t (id INT) COMMENT '${"x".repeat(65)}'`, lines: [1], says: "65 characters" },
    { sql: "CREATE TABLE t (id INT) COMMENT = 'orders'", payload: { maxLength: 5 }, lines: [1] },
    { sql: "ALTER TABLE t COMMENT = 'a much longer comment'", payload: { maxLength: 10 }, lines: [1] },
    { sql: "SELECT 1;\n\nCREATE TABLE t (\n  id INT\n)", lines: [3] },
    { sql: "CREATE TABLE t (id INT)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT) COMMENT 'orders placed by customers'",
    "CREATE TABLE t (id INT) COMMENT='it''s fine'",
    { sql: "CREATE TABLE t (id INT)", payload: { required: false } },
    { sql: `CREATE TABLE t (id INT) COMMENT '${"x".repeat(300)}'`, payload: { maxLength: 0 } },
    `CREATE TABLE t (id INT) COMMENT '${"é".repeat(64)}'`,
    "CREATE TABLE t2 LIKE t",
    "ALTER TABLE t COMMENT = 'orders'",
    "ALTER TABLE t ADD COLUMN b INT",
  ],
});
