import { describeRule } from "./rule-cases";

describeRule("statement.require-lock-option", {
  triggers: [
    { sql: "ALTER TABLE t ADD COLUMN a INT", lines: [1], says: "LOCK=NONE" },
    { sql: "ALTER TABLE t ADD COLUMN a INT, ALGORITHM=INPLACE", lines: [1] },
  ],
  passes: [
    "ALTER TABLE t ADD COLUMN a INT, ALGORITHM=INPLACE, LOCK=NONE",
    "ALTER TABLE t LOCK=SHARED, ADD INDEX ia (a)",
    { sql: "ALTER TABLE t ADD COLUMN a INT", engine: "TIDB" },
    "LOCK TABLES t WRITE",
  ],
});
