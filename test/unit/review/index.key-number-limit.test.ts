import { describeRule } from "./rule-cases";

describeRule("index.key-number-limit", {
  triggers: [
    { sql: "CREATE INDEX idx ON t (a, b, c, d, e, f)", lines: [1], says: "covers 6 columns" },
    { sql: "CREATE TABLE t (\n  a INT, b INT, c INT,\n  PRIMARY KEY (a, b, c)\n)", payload: { number: 2 }, lines: [3] },
    { sql: "ALTER TABLE t ADD UNIQUE KEY uk (a, b)", payload: { number: 1 }, lines: [1] },
    { sql: "CREATE INDEX idx ON t (a, b, c, d, e, f)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE INDEX idx ON t (a, b, c, d, e)",
    { sql: "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES o (a, b)", payload: { number: 1 } },
    { sql: "CREATE TABLE t (a INT PRIMARY KEY, b INT UNIQUE)", payload: { number: 1 } },
  ],
});
