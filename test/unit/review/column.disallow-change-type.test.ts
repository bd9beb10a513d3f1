import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("column.disallow-change-type", {
  triggers: [
    {
      sql: "ALTER TABLE orders MODIFY state VARCHAR(10) NOT NULL",
      lines: [1],
      schema: SHOP,
      says: "from varchar(20) to varchar(10)",
    },
    {
      sql: "ALTER TABLE orders CHANGE note remark VARCHAR(255)",
      lines: [1],
      schema: SHOP,
      says: "orders.note from text",
    },
    { sql: "ALTER TABLE orders MODIFY COLUMN customer_id INT NOT NULL", lines: [1], schema: SHOP },
    // The change's own CREATE TABLE is the schema the ALTER is judged against.
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, a INT);\nALTER TABLE t MODIFY a BIGINT", lines: [2] },
    { sql: "ALTER TABLE orders MODIFY state TEXT", lines: [1], schema: SHOP, level: "ERROR" },
  ],
  passes: [
    { sql: "ALTER TABLE orders MODIFY state VARCHAR(20) NOT NULL DEFAULT 'new'", schema: SHOP },
    { sql: "ALTER TABLE orders CHANGE note note TEXT", schema: SHOP },
    { sql: "ALTER TABLE orders MODIFY customer_id BIGINT NOT NULL COMMENT 'owner'", schema: SHOP },
    { sql: "ALTER TABLE orders ADD COLUMN total DECIMAL(10, 2)", schema: SHOP },
    // Without the schema nothing is known of the column's type.
    "ALTER TABLE orders MODIFY state VARCHAR(10)",
  ],
});
