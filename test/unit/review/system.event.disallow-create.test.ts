import { describeRule } from "./rule-cases";

describeRule("system.event.disallow-create", {
  triggers: [
    { sql: "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t WHERE id < 0", lines: [1] },
    {
      sql: "SELECT 1;\n/*!50003 CREATE DEFINER=`root`@`%` EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t WHERE id < 0 */",
      lines: [2],
    },
  ],
  passes: [
    "CREATE TABLE event_log (id INT PRIMARY KEY)",
    "ALTER EVENT e DISABLE",
    "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
  ],
});
