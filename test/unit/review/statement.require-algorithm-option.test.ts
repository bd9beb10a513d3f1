import { describeRule } from "./rule-cases";

describeRule("statement.require-algorithm-option", {
  triggers: [
    { sql: "ALTER TABLE t ADD COLUMN a INT", lines: [1], says: "ALGORITHM=INPLACE" },
    { sql: "ALTER TABLE t ADD COLUMN a INT, LOCK=NONE", lines: [1] },
    { sql: "ALTER TABLE t ADD COLUMN a INT", lines: [1], engine: "MARIADB" },
  ],
  passes: [
    "ALTER TABLE t ADD COLUMN a INT, ALGORITHM=INSTANT",
    "ALTER TABLE t ALGORITHM=INPLACE, ADD INDEX ia (a)",
    { sql: "ALTER TABLE t ADD COLUMN a INT", engine: "TIDB" },
    "CREATE TABLE t (id INT PRIMARY KEY)",
  ],
});
