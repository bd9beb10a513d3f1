import { describeRule } from "./rule-cases";

describeRule("statement.insert.disallow-order-by-rand", {
  triggers: [
    { sql: "INSERT INTO t SELECT * FROM u ORDER BY RAND() LIMIT 10", lines: [1] },
    { sql: "REPLACE INTO t (a) SELECT a FROM u ORDER BY rand()", lines: [1] },
  ],
  passes: ["INSERT INTO t SELECT * FROM u ORDER BY id LIMIT 10", "SELECT * FROM u ORDER BY RAND() LIMIT 1"],
});
