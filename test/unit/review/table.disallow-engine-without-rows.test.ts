import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("table.disallow-engine-without-rows", {
  triggers: [
    { sql: "ALTER TABLE orders ENGINE=BLACKHOLE", lines: [1], schema: SHOP, says: "about 120000 rows" },
    { sql: "ALTER TABLE t ENGINE = `blackhole`", lines: [1] },
    { sql: "alter table t engine memory", lines: [1], says: "next restart" },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=MEMORY", lines: [1] },
  ],
  passes: [
    "ALTER TABLE t ENGINE=InnoDB",
    "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB",
    "SELECT 'ENGINE=BLACKHOLE'",
  ],
});
