import { describeRule } from "./rule-cases";

describeRule("statement.disallow-dynamic-sql", {
  triggers: [
    { sql: "PREPARE s FROM @sql", lines: [1], says: "PREPARE runs SQL text" },
    { sql: "EXECUTE s", lines: [1] },
    { sql: "EXECUTE IMMEDIATE 'SELECT 1'", lines: [1], engine: "MARIADB" },
    {
      sql: "DELIMITER //\nCREATE PROCEDURE p() BEGIN PREPARE s FROM @q; EXECUTE s; END //\nDELIMITER ;",
      lines: [2, 2],
    },
  ],
  passes: ["SELECT 'PREPARE s FROM @q'", "CREATE TABLE prepared (id INT PRIMARY KEY)", "DEALLOCATE PREPARE s"],
});
