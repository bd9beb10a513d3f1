import { describeRule } from "./rule-cases";

describeRule("column.disallow-change", {
  triggers: [
    { sql: "ALTER TABLE t CHANGE a a BIGINT", lines: [1], says: "MODIFY COLUMN" },
    { sql: "ALTER TABLE t CHANGE COLUMN a b INT", lines: [1] },
  ],
  passes: ["ALTER TABLE t MODIFY a BIGINT", "ALTER TABLE t RENAME COLUMN a TO b", "CHANGE MASTER TO MASTER_HOST = 'h'"],
});
