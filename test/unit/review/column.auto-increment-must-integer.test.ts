import { describeRule } from "./rule-cases";

describeRule("column.auto-increment-must-integer", {
  triggers: [
    { sql: "CREATE TABLE t (id DOUBLE AUTO_INCREMENT PRIMARY KEY)", lines: [1], says: "t.id is DOUBLE" },
    {
      sql: "CREATE TABLE t (\n  name VARCHAR(3),\n  id DECIMAL(10) NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (id)\n)",
      lines: [3],
    },
    { sql: "ALTER TABLE t MODIFY id FLOAT AUTO_INCREMENT", lines: [1] },
    { sql: "CREATE TABLE t (id FLOAT AUTO_INCREMENT PRIMARY KEY)", lines: [1], level: "WARNING" },
  ],
  passes: [
    "CREATE TABLE t (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY)",
    "CREATE TABLE t (id INTEGER AUTO_INCREMENT PRIMARY KEY)",
    "CREATE TABLE t (id TINYINT AUTO_INCREMENT PRIMARY KEY, price DOUBLE)",
    "ALTER TABLE t MODIFY id MEDIUMINT AUTO_INCREMENT",
  ],
});
