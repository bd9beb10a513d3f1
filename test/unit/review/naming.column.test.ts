import { describeRule } from "./rule-cases";

describeRule("naming.column", {
  triggers: [
    { sql: "CREATE TABLE t (id INT, firstName VARCHAR(9))", lines: [1], says: "firstName does not match" },
    { sql: "CREATE TABLE t (\n  id INT,\n  `Last Name` VARCHAR(9),\n  _x INT\n)", lines: [3, 4] },
    { sql: "ALTER TABLE t ADD COLUMN NewCol INT", lines: [1] },
    { sql: "ALTER TABLE t CHANGE COLUMN a BadName INT", lines: [1], says: "BadName" },
    { sql: "ALTER TABLE t RENAME COLUMN a TO B", lines: [1], says: "Column name B" },
    { sql: `ALTER TABLE t ADD ${"c".repeat(20)} INT`, payload: { maxLength: 10 }, lines: [1] },
    { sql: "CREATE TABLE t (Id INT)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT, first_name VARCHAR(9), line2 VARCHAR(9))",
    "ALTER TABLE t MODIFY COLUMN OldName INT",
    "ALTER TABLE t CHANGE COLUMN OldName new_name INT",
    { sql: "CREATE TABLE t (firstName INT)", payload: { format: "^[a-z][A-Za-z0-9]*$" } },
  ],
});
