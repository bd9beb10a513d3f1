import { describeRule } from "./rule-cases";
import { SHOP } from "./schema";

describeRule("index.type-no-blob", {
  triggers: [
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, body TEXT, KEY ib (body(10)))", lines: [1], says: "a TEXT column" },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY, data BLOB, UNIQUE KEY ud (data(16)))", lines: [1] },
    { sql: "ALTER TABLE orders ADD INDEX inote (note(20))", lines: [1], schema: SHOP },
  ],
  passes: [
    "CREATE TABLE t (id INT PRIMARY KEY, body TEXT, name VARCHAR(20), KEY iname (name))",
    "CREATE TABLE t (id INT PRIMARY KEY, body TEXT, FULLTEXT KEY fb (body))",
    { sql: "ALTER TABLE orders ADD INDEX istate (state)", schema: SHOP },
  ],
});
