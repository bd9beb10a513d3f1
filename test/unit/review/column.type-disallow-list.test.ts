import { describeRule } from "./rule-cases";

describeRule("column.type-disallow-list", {
  triggers: [
    { sql: "CREATE TABLE t (id INT, price FLOAT)", lines: [1], says: "t.price uses FLOAT" },
    { sql: "CREATE TABLE t (\n  id INT,\n  a DOUBLE,\n  b FLOAT(7, 2)\n)", lines: [3, 4] },
    { sql: "ALTER TABLE t ADD COLUMN doc JSON", payload: { list: ["json"] }, lines: [1] },
    { sql: "ALTER TABLE t MODIFY id INTEGER(11)", payload: { list: ["INT"] }, lines: [1] },
    { sql: "CREATE TABLE t (a NUMERIC(10, 2))", payload: { list: ["DECIMAL"] }, lines: [1] },
    { sql: "CREATE TABLE t (a DOUBLE)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT, price DECIMAL(10, 2))",
    { sql: "CREATE TABLE t (a FLOAT)", payload: { list: ["JSON"] } },
    { sql: "CREATE TABLE t (a BIGINT)", payload: { list: ["INT"] } },
  ],
});
