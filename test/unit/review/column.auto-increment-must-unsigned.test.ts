import { describeRule } from "./rule-cases";

describeRule("column.auto-increment-must-unsigned", {
  triggers: [
    { sql: "CREATE TABLE t (id BIGINT AUTO_INCREMENT PRIMARY KEY)", lines: [1], says: "t.id as BIGINT UNSIGNED" },
    { sql: "CREATE TABLE t (\n  a INT,\n  id INT NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (id)\n)", lines: [3] },
    { sql: "ALTER TABLE t ADD COLUMN seq INT AUTO_INCREMENT", lines: [1] },
    { sql: "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY)",
    "CREATE TABLE t (id INT UNSIGNED ZEROFILL AUTO_INCREMENT PRIMARY KEY)",
    "CREATE TABLE t (id INT PRIMARY KEY)",
  ],
});
