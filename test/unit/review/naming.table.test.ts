import { describeRule } from "./rule-cases";

describeRule("naming.table", {
  triggers: [
    { sql: "CREATE TABLE OrderItems (id INT)", lines: [1], says: "OrderItems does not match" },
    { sql: "CREATE TABLE `order-items` (id INT)", lines: [1] },
    { sql: "CREATE TABLE shop.Orders (id INT)", lines: [1], says: "Orders" },
    { sql: `CREATE TABLE ${"a".repeat(65)} (id INT)`, lines: [1], says: "65 characters" },
    { sql: "RENAME TABLE orders TO OldOrders", lines: [1], says: "OldOrders" },
    { sql: "ALTER TABLE orders RENAME TO Orders2", lines: [1] },
    { sql: "CREATE TABLE orders (id INT)", payload: { format: "^tbl_" }, lines: [1] },
    { sql: "SELECT 1;\nCREATE TABLE Orders (id INT)", lines: [2] },
    { sql: "CREATE TABLE Orders (id INT)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE orders (id INT)",
    "CREATE TABLE order_items_2024 (id INT)",
    "RENAME TABLE orders TO orders_del",
    { sql: "CREATE TABLE tbl_orders (id INT)", payload: { format: "^tbl_" } },
    { sql: `CREATE TABLE ${"a".repeat(100)} (id INT)`, payload: { maxLength: 0 } },
    "ALTER TABLE Orders ADD COLUMN note TEXT",
  ],
});
