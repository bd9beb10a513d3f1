import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("schema.object-exists", {
  triggers: [
    { sql: "ALTER TABLE invoices ADD COLUMN a INT", lines: [1], schema: SHOP, says: "no table invoices" },
    { sql: "INSERT INTO invoices (id) VALUES (1)", lines: [1], schema: SHOP },
    { sql: "UPDATE invoices SET a = 1 WHERE id = 1", lines: [1], schema: SHOP },
    { sql: "DELETE FROM invoices WHERE id = 1", lines: [1], schema: SHOP },
    { sql: "DROP TABLE invoices", lines: [1], schema: SHOP },
    { sql: "ALTER TABLE orders DROP COLUMN total", lines: [1], schema: SHOP, says: "no column total" },
    { sql: "ALTER TABLE orders MODIFY total INT", lines: [1], schema: SHOP },
    { sql: "ALTER TABLE orders ADD INDEX idx_total (total)", lines: [1], schema: SHOP },
    { sql: "CREATE INDEX idx_total ON orders (total)", lines: [1], schema: SHOP },
    { sql: "ALTER TABLE orders ADD COLUMN note TEXT", lines: [1], schema: SHOP, says: "already has a column note" },
    { sql: "CREATE TABLE orders (id INT PRIMARY KEY)", lines: [1], schema: SHOP, says: "already has a table orders" },
    { sql: "RENAME TABLE orders TO orders_old;\nINSERT INTO orders (id) VALUES (1)", lines: [2], schema: SHOP },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY);\nCREATE TABLE t (id INT PRIMARY KEY)", lines: [2] },
    // The columns of a partitioned table are known too.
    {
      sql: "CREATE TABLE ledger (id INT, d DATE) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000));\nALTER TABLE ledger ADD COLUMN d DATE",
      lines: [2],
      schema: SHOP,
      says: "already has a column d",
    },
  ],
  passes: [
    { sql: "ALTER TABLE orders ADD COLUMN total INT, ADD INDEX idx_total (total)", schema: SHOP },
    { sql: "CREATE TABLE invoices (id INT PRIMARY KEY);\nINSERT INTO invoices (id) VALUES (1)", schema: SHOP },
    { sql: "DROP TABLE IF EXISTS invoices", schema: SHOP },
    // A partitioned table is in the catalog like any other.
    {
      sql: "CREATE TABLE ledger (id INT, d DATE) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000));\nALTER TABLE ledger ADD COLUMN note INT;\nINSERT INTO ledger (id) VALUES (1)",
      schema: SHOP,
    },
    { sql: "CREATE TABLE IF NOT EXISTS orders (id INT PRIMARY KEY)", schema: SHOP },
    { sql: "ALTER TABLE ORDERS MODIFY STATE VARCHAR(20) NOT NULL", schema: SHOP },
    { sql: "UPDATE orders SET state = 'paid' WHERE id = 7", schema: SHOP },
    // Without the synced schema no table is known to be missing.
    "ALTER TABLE invoices ADD COLUMN a INT",
  ],
});
