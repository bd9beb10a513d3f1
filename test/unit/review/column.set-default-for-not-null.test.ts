import { describeRule } from "./rule-cases";

describeRule("column.set-default-for-not-null", {
  triggers: [
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL)", lines: [1], says: "t.name" },
    {
      sql: "CREATE TABLE t (\n  id INT,\n  a INT NOT NULL,\n  b INT NOT NULL DEFAULT 0,\n  c DATETIME NOT NULL\n)",
      lines: [3, 5],
    },
    { sql: "ALTER TABLE t ADD COLUMN a INT NOT NULL", lines: [1] },
    { sql: "ALTER TABLE t MODIFY COLUMN a VARCHAR(5) NOT NULL", lines: [1] },
    { sql: "ALTER TABLE t ADD COLUMN a INT NOT NULL", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (a INT NOT NULL DEFAULT 0, b VARCHAR(3) NOT NULL DEFAULT '')",
    "CREATE TABLE t (id BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id))",
    "CREATE TABLE t (id BIGINT NOT NULL PRIMARY KEY)",
    "CREATE TABLE t (doc JSON NOT NULL, body TEXT NOT NULL, img LONGBLOB NOT NULL)",
    "CREATE TABLE t (a INT NULL, b INT)",
    "CREATE TABLE t (ts DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3))",
  ],
});
