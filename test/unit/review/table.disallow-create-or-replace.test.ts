import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("table.disallow-create-or-replace", {
  triggers: [
    {
      sql: "CREATE OR REPLACE TABLE orders (id INT PRIMARY KEY)",
      lines: [1],
      engine: "MARIADB",
      schema: SHOP,
      says: "about 120000 rows",
    },
    { sql: "CREATE OR REPLACE TABLE t2 AS SELECT * FROM t1", lines: [1], engine: "MARIADB", says: "If t2 exists" },
  ],
  passes: [
    { sql: "CREATE OR REPLACE VIEW v AS SELECT 1", engine: "MARIADB" },
    { sql: "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)", engine: "MARIADB" },
  ],
});
