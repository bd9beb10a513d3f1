import { describeRule } from "./rule-cases";

describeRule("column.require-default", {
  triggers: [
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20))", lines: [1], says: "t.name" },
    { sql: "CREATE TABLE t (\n  id INT PRIMARY KEY,\n  a INT NOT NULL,\n  b INT NULL\n)", lines: [3, 4] },
    { sql: "ALTER TABLE t ADD COLUMN c INT", lines: [1] },
    { sql: "ALTER TABLE t MODIFY COLUMN c BIGINT NOT NULL", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20) DEFAULT NULL)",
    "CREATE TABLE t (id INT AUTO_INCREMENT, a INT NOT NULL DEFAULT 0, PRIMARY KEY (id))",
    "CREATE TABLE t (id BIGINT NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE t (id INT PRIMARY KEY, body TEXT, doc JSON)",
    "ALTER TABLE t ADD COLUMN c INT DEFAULT 1",
    "ALTER TABLE t DROP COLUMN c",
  ],
});
