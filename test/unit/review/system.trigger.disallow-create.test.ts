import { describeRule } from "./rule-cases";

describeRule("system.trigger.disallow-create", {
  triggers: [
    { sql: "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1", lines: [1] },
    {
      sql: "SELECT 1;\n/*!50003 CREATE DEFINER=`root`@`%` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 */",
      lines: [2],
    },
  ],
  passes: [
    "CREATE TABLE trigger_log (id INT PRIMARY KEY)",
    "DROP TRIGGER tr",
    "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1",
  ],
});
