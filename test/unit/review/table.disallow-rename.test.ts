import { describeRule } from "./rule-cases";

describeRule("table.disallow-rename", {
  triggers: [
    { sql: "RENAME TABLE t TO t_old", lines: [1], says: "renames table t to t_old" },
    { sql: "rename table `shop`.`t` to `shop`.`u`", lines: [1], says: "shop.t to shop.u" },
    { sql: "RENAME TABLE a TO b, c TO d", lines: [1, 1] },
    { sql: "ALTER TABLE t RENAME TO u", lines: [1] },
    { sql: "ALTER TABLE t RENAME AS u", lines: [1] },
    { sql: "ALTER TABLE t RENAME u", lines: [1] },
    { sql: "ALTER TABLE t ADD COLUMN c INT, RENAME TO u", lines: [1] },
    { sql: "RENAME TABLE IF EXISTS t1 WAIT 5 TO t1_old", lines: [1], engine: "MARIADB", says: "t1 to t1_old" },
    { sql: "/*!50000 RENAME TABLE t TO u */", lines: [1] },
    { sql: "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO RENAME TABLE t TO u", lines: [1] },
  ],
  passes: [
    "ALTER TABLE t RENAME COLUMN a TO b",
    "ALTER TABLE t RENAME INDEX a TO b",
    "ALTER TABLE t RENAME KEY a TO b",
    "SELECT 'RENAME TABLE t TO u'",
    "CREATE TABLE rename_log (id INT PRIMARY KEY)",
  ],
});
