import { describeRule } from "./rule-cases";

describeRule("column.no-null", {
  triggers: [
    { sql: "CREATE TABLE t (id INT NOT NULL, name VARCHAR(20))", lines: [1], says: "t.name can hold NULL" },
    { sql: "CREATE TABLE t (\n  id INT NOT NULL,\n  a INT NULL,\n  b INT DEFAULT NULL\n)", lines: [3, 4] },
    // Lines count from the whole text, comments before the statement included.
    {
      sql: "SELECT 1;\n-- the new table\n/* two\n lines */\nCREATE TABLE t (\n  id INT NOT NULL,\n  a INT\n)",
      lines: [7],
    },
    { sql: "ALTER TABLE t ADD COLUMN a INT", lines: [1] },
    { sql: "ALTER TABLE t MODIFY COLUMN a INT NULL", lines: [1] },
    { sql: "ALTER TABLE t CHANGE COLUMN a b INT", lines: [1], says: "t.b" },
    { sql: "CREATE TABLE t (a INT)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT NOT NULL, name VARCHAR(20) NOT NULL DEFAULT '')",
    "CREATE TABLE t (id INT PRIMARY KEY)",
    "CREATE TABLE t (id INT, tenant INT, PRIMARY KEY (tenant, ID))",
    "ALTER TABLE t ADD COLUMN a INT NOT NULL DEFAULT 0",
    "ALTER TABLE t DROP COLUMN a",
  ],
});
