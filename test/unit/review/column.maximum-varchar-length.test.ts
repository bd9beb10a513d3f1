import { describeRule } from "./rule-cases";

describeRule("column.maximum-varchar-length", {
  triggers: [
    { sql: "CREATE TABLE t (note VARCHAR(3000))", lines: [1], says: "VARCHAR(3000)" },
    { sql: "CREATE TABLE t (\n  a VARCHAR(10),\n  b VARCHAR(300)\n)", payload: { number: 255 }, lines: [3] },
    { sql: "ALTER TABLE t MODIFY note VARCHAR(2561)", lines: [1] },
    { sql: "CREATE TABLE t (note VARCHAR(3000))", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (note VARCHAR(2560))",
    "CREATE TABLE t (note TEXT, code CHAR(255))",
    { sql: "CREATE TABLE t (note VARCHAR(255))", payload: { number: 255 } },
  ],
});
