import { describeRule } from "./rule-cases";

describeRule("column.comment", {
  triggers: [
    { sql: "CREATE TABLE t (id INT COMMENT 'key', name VARCHAR(3))", lines: [1], says: "t.name" },
    { sql: "CREATE TABLE t (\n  id INT,\n  name VARCHAR(3)\n)", lines: [2, 3] },
    { sql: `ALTER TABLE t ADD COLUMN a INT COMMENT '${"x".repeat(65)}'`, lines: [1], says: "65 characters" },
    { sql: "ALTER TABLE t MODIFY a INT COMMENT 'counter'", payload: { maxLength: 3 }, lines: [1] },
    { sql: "ALTER TABLE t CHANGE a b INT", lines: [1], says: "t.b" },
    { sql: "ALTER TABLE t ADD COLUMN a INT", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT COMMENT 'key', name VARCHAR(3) COMMENT 'shown to customers')",
    { sql: "CREATE TABLE t (id INT)", payload: { required: false } },
    { sql: `ALTER TABLE t ADD COLUMN a INT COMMENT '${"x".repeat(100)}'`, payload: { maxLength: 0 } },
    "ALTER TABLE t DROP COLUMN a",
  ],
});
