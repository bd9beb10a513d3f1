import { describeRule } from "./rule-cases";

describeRule("system.view.disallow-create", {
  triggers: [
    { sql: "CREATE VIEW v AS SELECT 1", lines: [1] },
    { sql: "CREATE OR REPLACE ALGORITHM=MERGE VIEW v AS SELECT 1", lines: [1] },
    { sql: "SELECT 1;\n/*!50003 CREATE DEFINER=`root`@`%` VIEW v AS SELECT 1 */", lines: [2] },
  ],
  passes: ["CREATE TABLE view_log (id INT PRIMARY KEY)", "SELECT * FROM v", "DROP VIEW v"],
});
