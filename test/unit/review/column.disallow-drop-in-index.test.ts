import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("column.disallow-drop-in-index", {
  triggers: [
    { sql: "ALTER TABLE orders DROP COLUMN id", lines: [1], schema: SHOP, says: "a column of the primary key" },
    { sql: "ALTER TABLE customers DROP COLUMN tenant", lines: [1], schema: SHOP, says: "primary key" },
    { sql: "ALTER TABLE orders DROP COLUMN customer_id", lines: [1], schema: SHOP, says: "index idx_customer" },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, a INT, KEY ia (a));\nALTER TABLE t DROP COLUMN a", lines: [2] },
  ],
  passes: [
    { sql: "ALTER TABLE orders DROP COLUMN note", schema: SHOP },
    { sql: "ALTER TABLE orders DROP INDEX idx_customer;\nALTER TABLE orders DROP COLUMN customer_id", schema: SHOP },
    "ALTER TABLE orders DROP COLUMN id",
  ],
});
