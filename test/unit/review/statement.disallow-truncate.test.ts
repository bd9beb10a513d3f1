import { describeRule } from "./rule-cases";

describeRule("statement.disallow-truncate", {
  triggers: [
    { sql: "TRUNCATE TABLE t", lines: [1], says: "empties t " },
    { sql: "TRUNCATE t", lines: [1], says: "empties t " },
    { sql: "truncate table shop.orders", lines: [1], says: "shop.orders" },
    { sql: "Truncate `shop`.`orders`", lines: [1], says: "shop.orders" },
    { sql: "TRUNCATE /* all */ TABLE t", lines: [1] },
    { sql: "TRUNCATE -- all\nt", lines: [1] },
    { sql: "/*!50000 TRUNCATE TABLE t */", lines: [1] },
    { sql: "ALTER TABLE t TRUNCATE PARTITION p2020", lines: [1], says: "partitions of t" },
    { sql: "ALTER TABLE shop.t TRUNCATE PARTITION ALL", lines: [1], says: "partitions of shop.t" },
    { sql: "SELECT 1;\nSELECT 2;\nTRUNCATE t;", lines: [3] },
    { sql: "TRUNCATE t", lines: [1], level: "WARNING" },
    {
      sql: "CREATE TRIGGER reset AFTER INSERT ON a FOR EACH ROW TRUNCATE TABLE b",
      lines: [1],
    },
  ],
  passes: [
    "SELECT TRUNCATE(1.25, 1)",
    "SELECT truncate (price, 0) FROM t",
    "UPDATE t SET price = TRUNCATE(price, 2) WHERE id = 1",
    "CREATE TABLE truncate_log (id INT)",
    "SELECT 'TRUNCATE t'",
    "-- TRUNCATE t\nSELECT 1",
    "DELETE FROM t WHERE id = 1",
  ],
});
