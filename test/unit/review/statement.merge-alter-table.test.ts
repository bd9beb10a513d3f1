import { describeRule } from "./rule-cases";

describeRule("statement.merge-alter-table", {
  triggers: [
    {
      sql: "ALTER TABLE t ADD COLUMN a INT;\nALTER TABLE t ADD INDEX ia (a);",
      lines: [2],
      says: "statement 1 (line 1)",
    },
    {
      sql: "ALTER TABLE t ADD COLUMN a INT;\nALTER TABLE u ADD COLUMN b INT;\nALTER TABLE `T` DROP COLUMN c;\nALTER TABLE t ADD COLUMN d INT;",
      lines: [3, 4],
    },
  ],
  passes: [
    "ALTER TABLE t ADD COLUMN a INT, ADD INDEX ia (a)",
    "ALTER TABLE t ADD COLUMN a INT;\nALTER TABLE u ADD COLUMN a INT;",
    "CREATE TABLE t (id INT PRIMARY KEY);\nALTER TABLE t ADD COLUMN a INT;",
  ],
});
