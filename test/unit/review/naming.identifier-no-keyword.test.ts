import { describeRule } from "./rule-cases";

describeRule("naming.identifier-no-keyword", {
  triggers: [
    { sql: "CREATE TABLE `order` (id INT PRIMARY KEY)", lines: [1], says: "order is a reserved word" },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, `rank` INT, `key` INT)", lines: [1, 1] },
    { sql: "ALTER TABLE t ADD COLUMN `group` INT", lines: [1] },
  ],
  passes: ["CREATE TABLE orders (id INT PRIMARY KEY, position INT)", "ALTER TABLE t ADD COLUMN group_id INT"],
});
