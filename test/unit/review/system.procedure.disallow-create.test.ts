import { describeRule } from "./rule-cases";

describeRule("system.procedure.disallow-create", {
  triggers: [
    { sql: "CREATE PROCEDURE p() SELECT 1", lines: [1] },
    { sql: "CREATE DEFINER = CURRENT_USER PROCEDURE p() SELECT 1", lines: [1] },
    { sql: "SELECT 1;\n/*!50003 CREATE DEFINER=`root`@`%` PROCEDURE p() SELECT 1 */", lines: [2] },
  ],
  passes: [
    "CREATE TABLE procedure_log (id INT PRIMARY KEY)",
    "CALL p()",
    "DROP PROCEDURE IF EXISTS p",
    "CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1",
  ],
});
