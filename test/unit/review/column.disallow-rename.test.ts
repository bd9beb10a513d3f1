import { describeRule } from "./rule-cases";

describeRule("column.disallow-rename", {
  triggers: [
    { sql: "ALTER TABLE t RENAME COLUMN a TO b", lines: [1], says: "renames column t.a to b" },
    { sql: "ALTER TABLE t CHANGE a b INT", lines: [1] },
    { sql: "ALTER TABLE t CHANGE COLUMN `a` `b` INT NOT NULL", lines: [1], says: "t.a to b" },
    { sql: "ALTER TABLE t ADD COLUMN c INT, RENAME COLUMN a TO b", lines: [1] },
    { sql: "ALTER TABLE t1 CHANGE COLUMN IF EXISTS b b2 BIGINT", lines: [1], engine: "MARIADB" },
  ],
  passes: [
    "ALTER TABLE t CHANGE a a BIGINT",
    "ALTER TABLE t CHANGE COLUMN a A BIGINT",
    "ALTER TABLE t MODIFY a BIGINT",
    "ALTER TABLE t RENAME INDEX i1 TO i2",
    "ALTER TABLE t RENAME TO u",
  ],
});
