import { describeRule } from "./rule-cases";

describeRule("table.drop-naming-convention", {
  triggers: [
    { sql: "DROP TABLE orders", lines: [1], says: "Table orders does not match _del$" },
    { sql: "DROP TABLE IF EXISTS a_del, b", lines: [1], says: "Table b " },
    { sql: "DROP TABLE a, b", lines: [1, 1] },
    { sql: "DROP TABLE shop.orders_old", lines: [1] },
    { sql: "DROP TABLE orders_del", payload: { format: "^archive_" }, lines: [1] },
    { sql: "SELECT 1;\nDROP TABLE orders;", lines: [2] },
    { sql: "DROP TABLE orders", lines: [1], level: "WARNING" },
  ],
  passes: [
    "DROP TABLE orders_del",
    "DROP TABLE `shop`.`orders_del`",
    "DROP TABLE IF EXISTS a_del, b_del",
    { sql: "DROP TABLE archive_orders", payload: { format: "^archive_" } },
    "DROP VIEW orders",
  ],
});
