import { describeRule } from "./rule-cases";

describeRule("column.disallow-changing-order", {
  triggers: [
    { sql: "ALTER TABLE t ADD COLUMN a INT FIRST", lines: [1], says: "with FIRST" },
    { sql: "ALTER TABLE t ADD COLUMN a INT AFTER b", lines: [1] },
    { sql: "ALTER TABLE t MODIFY a INT AFTER c", lines: [1] },
    { sql: "ALTER TABLE t ADD COLUMN x INT, CHANGE a a INT FIRST", lines: [1] },
  ],
  passes: [
    "ALTER TABLE t ADD COLUMN a INT",
    "ALTER TABLE t ADD COLUMN first_name VARCHAR(20)",
    "ALTER TABLE t ADD COLUMN a INT COMMENT 'after b'",
  ],
});
