import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("index.no-duplicate", {
  triggers: [
    {
      sql: "CREATE TABLE t (id INT PRIMARY KEY, a INT, KEY ia (a), KEY ia2 (a))",
      lines: [1],
      says: "columns of index ia",
    },
    { sql: "ALTER TABLE orders ADD INDEX idx_customer2 (customer_id)", lines: [1], schema: SHOP, says: "idx_customer" },
    { sql: "CREATE UNIQUE INDEX uid ON orders (id)", lines: [1], schema: SHOP, says: "PRIMARY" },
    {
      sql: "CREATE TABLE t (id INT PRIMARY KEY, a INT);\nCREATE INDEX ia ON t (a);\nCREATE INDEX ib ON t (a)",
      lines: [3],
    },
  ],
  passes: [
    "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, KEY iab (a, b), KEY iba (b, a))",
    { sql: "ALTER TABLE orders ADD INDEX idx_customer_state (customer_id, state)", schema: SHOP },
    {
      sql: "ALTER TABLE orders DROP INDEX idx_customer;\nALTER TABLE orders ADD INDEX idx_c (customer_id)",
      schema: SHOP,
    },
  ],
});
