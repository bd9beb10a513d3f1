import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("statement.affected-row-limit", {
  triggers: [
    { sql: "UPDATE orders SET state = 'x' WHERE state = 'new'", lines: [1], schema: SHOP, says: "about 120000 rows" },
    { sql: "DELETE FROM orders WHERE customer_id = 7", lines: [1], schema: SHOP },
    { sql: "DELETE FROM customers WHERE id = 1", lines: [1], schema: SHOP, payload: { maxRows: 100 } },
  ],
  passes: [
    { sql: "UPDATE orders SET state = 'x' WHERE id = 7", schema: SHOP },
    { sql: "DELETE FROM orders WHERE id IN (1, 2, 3)", schema: SHOP },
    { sql: "DELETE FROM customers WHERE name = 'x'", schema: SHOP },
    { sql: "DELETE FROM customers WHERE tenant = 1 AND id = 1", schema: SHOP, payload: { maxRows: 100 } },
    "UPDATE orders SET state = 'x' WHERE state = 'new'",
  ],
});
