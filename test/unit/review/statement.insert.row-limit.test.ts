import { describeRule } from "./rule-cases";

const rows = (n: number): string => Array.from({ length: n }, (_, i) => `(${i})`).join(", ");

describeRule("statement.insert.row-limit", {
  triggers: [
    { sql: `INSERT INTO t (a) VALUES ${rows(1001)}`, lines: [1], says: "1001 rows" },
    { sql: "INSERT INTO t (a) VALUES (1), (2), (3)", payload: { number: 2 }, lines: [1] },
    { sql: "REPLACE INTO t (a) VALUES (1), (2)", payload: { number: 1 }, lines: [1] },
    { sql: "SELECT 1;\n\nINSERT INTO t (a) VALUES (1), (2)", payload: { number: 1 }, lines: [3] },
    { sql: "INSERT INTO t (a) VALUES (1), (2)", payload: { number: 1 }, lines: [1], level: "ERROR" },
  ],
  passes: [
    `INSERT INTO t (a) VALUES ${rows(1000)}`,
    { sql: "INSERT INTO t (a) VALUES (1), (2)", payload: { number: 2 } },
    { sql: "INSERT INTO t (a) SELECT a FROM u WHERE a > 0", payload: { number: 1 } },
    { sql: "INSERT INTO t SET a = 1", payload: { number: 1 } },
  ],
});
