import { describeRule } from "./rule-cases";

describeRule("column.disallow-set-charset", {
  triggers: [
    { sql: "CREATE TABLE t (id INT, name VARCHAR(20) CHARACTER SET latin1)", lines: [1], says: "latin1" },
    { sql: "CREATE TABLE t (\n  id INT,\n  a VARCHAR(5) CHARACTER SET utf8mb4\n)", lines: [3] },
    { sql: "ALTER TABLE t MODIFY COLUMN name VARCHAR(20) CHARACTER SET ascii", lines: [1] },
  ],
  passes: [
    "CREATE TABLE t (id INT, name VARCHAR(20)) DEFAULT CHARSET = utf8mb4",
    "ALTER TABLE t ADD COLUMN c INT NULL",
    "ALTER TABLE t ADD COLUMN c VARCHAR(10) COLLATE utf8mb4_bin",
  ],
});
