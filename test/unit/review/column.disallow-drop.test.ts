import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("column.disallow-drop", {
  triggers: [
    { sql: "ALTER TABLE t DROP COLUMN a", lines: [1], says: "drops column a of t" },
    { sql: "ALTER TABLE t DROP a", lines: [1] },
    { sql: "alter table `shop`.`t` drop `a`", lines: [1], says: "of shop.t" },
    { sql: "ALTER TABLE t ADD COLUMN b INT, DROP COLUMN a", lines: [1] },
    { sql: "ALTER TABLE t DROP COLUMN a, DROP COLUMN b", lines: [1, 1] },
    { sql: "ALTER TABLE t1 DROP COLUMN IF EXISTS c", lines: [1], engine: "MARIADB" },
    { sql: "ALTER ONLINE TABLE t1 DROP COLUMN c", lines: [1], engine: "MARIADB" },
    { sql: "/*!50000 ALTER TABLE t DROP COLUMN a */", lines: [1] },
    { sql: "SELECT 1;\nALTER TABLE t\n  DROP COLUMN a", lines: [2] },
    { sql: "DELIMITER //\nCREATE PROCEDURE p() BEGIN ALTER TABLE t DROP COLUMN a; END //\nDELIMITER ;", lines: [2] },
    { sql: "ALTER TABLE orders DROP COLUMN note", lines: [1], schema: SHOP, says: "about 120000 rows" },
    { sql: "ALTER TABLE t DROP COLUMN a", lines: [1], level: "WARNING" },
  ],
  passes: [
    "ALTER TABLE t DROP INDEX idx_a",
    "ALTER TABLE t DROP KEY idx_a",
    "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id)",
    "ALTER TABLE t DROP FOREIGN KEY fk_a",
    "ALTER TABLE t ALTER COLUMN a DROP DEFAULT",
    "ALTER TABLE t ADD COLUMN drop_reason INT",
    "ALTER TABLE t DROP CHECK chk",
    "SELECT 'ALTER TABLE t DROP COLUMN a'",
    { sql: "ALTER TABLE t DROP PARTITION p0", engine: "TIDB" },
  ],
});
