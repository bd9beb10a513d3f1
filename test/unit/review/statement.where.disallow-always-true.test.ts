import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("statement.where.disallow-always-true", {
  triggers: [
    { sql: "DELETE FROM t WHERE 1=1", lines: [1], says: "WHERE 1 = 1 holds for every row" },
    { sql: "DELETE FROM t WHERE 1 = 1", lines: [1] },
    { sql: "UPDATE t SET a = 0 WHERE TRUE", lines: [1] },
    { sql: "DELETE FROM t WHERE 1", lines: [1] },
    { sql: "DELETE FROM t WHERE id > 0", lines: [1] },
    { sql: "DELETE FROM t WHERE id >= 0", lines: [1] },
    { sql: "DELETE FROM t WHERE 0 < id", lines: [1] },
    { sql: "DELETE FROM t WHERE (1 = 1)", lines: [1] },
    { sql: "DELETE FROM t WHERE 'a' = 'a'", lines: [1] },
    { sql: "DELETE FROM t WHERE a = a", lines: [1] },
    { sql: "DELETE FROM t WHERE NOT FALSE", lines: [1] },
    { sql: "DELETE FROM t WHERE a = 5 OR 1 = 1", lines: [1] },
    { sql: "DELETE FROM t WHERE 1 = 1 AND TRUE", lines: [1] },
    { sql: "DELETE FROM t WHERE name LIKE '%'", lines: [1] },
    { sql: "UPDATE t SET a = 0 WHERE 2 > 1 ORDER BY id LIMIT 10", lines: [1] },
    { sql: "delete from `shop`.`t` where 1=1", lines: [1], says: "shop.t" },
    { sql: "DELETE FROM orders WHERE id > 0", lines: [1], schema: SHOP, says: "about 120000 rows" },
    { sql: "BATCH ON id LIMIT 1000 DELETE FROM t WHERE 1 = 1", lines: [1], engine: "TIDB" },
    { sql: "DELIMITER //\nCREATE PROCEDURE p() BEGIN UPDATE t SET a = 1 WHERE 1; END //\nDELIMITER ;", lines: [2] },
    { sql: "DELETE FROM t WHERE 1=1", lines: [1], level: "WARNING" },
  ],
  passes: [
    "DELETE FROM t WHERE id = 1",
    "DELETE FROM t WHERE id > 10",
    "DELETE FROM t WHERE a = 5 AND 1 = 1",
    "DELETE FROM t WHERE 1 = 0",
    "DELETE FROM t WHERE FALSE",
    "UPDATE t SET a = 1 WHERE a = b",
    "DELETE FROM t WHERE name LIKE 'a%'",
    "DELETE FROM t WHERE id IN (SELECT id FROM u WHERE 1 = 1)",
    "SELECT * FROM t WHERE 1 = 1",
    "DELETE FROM t",
  ],
});
