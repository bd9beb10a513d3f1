import { describeRule } from "./rule-cases";

describeRule("system.function.disallow-create", {
  triggers: [
    { sql: "CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1", lines: [1] },
    {
      sql: "SELECT 1;\n/*!50003 CREATE DEFINER=`root`@`%` FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1 */",
      lines: [2],
    },
  ],
  passes: ["CREATE PROCEDURE p() SELECT 1", "SELECT f(1)", "CREATE TABLE function_log (id INT PRIMARY KEY)"],
});
