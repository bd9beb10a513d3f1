import { describeRule } from "./rule-cases";

describeRule("tidb.unsupported-statement", {
  triggers: [
    { sql: "CREATE PROCEDURE p() SELECT 1", lines: [1], engine: "TIDB", says: "CREATE PROCEDURE" },
    { sql: "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1", lines: [1], engine: "TIDB" },
    { sql: "CREATE TABLE g (id INT PRIMARY KEY, p POINT NOT NULL, SPATIAL INDEX (p))", lines: [1], engine: "TIDB" },
  ],
  passes: [
    "CREATE PROCEDURE p() SELECT 1",
    { sql: "CREATE TABLE t (id INT PRIMARY KEY)", engine: "TIDB" },
    { sql: "CREATE TABLE spatial_data (id INT PRIMARY KEY)", engine: "TIDB" },
  ],
});
