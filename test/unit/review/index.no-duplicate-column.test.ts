import { describeRule } from "./rule-cases";

describeRule("index.no-duplicate-column", {
  triggers: [
    { sql: "CREATE INDEX idx ON t (a, b, a)", lines: [1], says: "lists a more than once" },
    { sql: "CREATE TABLE t (\n  a INT,\n  b INT,\n  KEY idx (a, A)\n)", lines: [4] },
    { sql: "ALTER TABLE t ADD PRIMARY KEY (id, id)", lines: [1] },
    { sql: "ALTER TABLE t ADD UNIQUE KEY uk (a, b, b)", lines: [1] },
    { sql: "CREATE INDEX idx ON t (a, a)", lines: [1], level: "WARNING" },
  ],
  passes: [
    "CREATE INDEX idx ON t (a, b)",
    "CREATE TABLE t (a INT, b INT, KEY i1 (a), KEY i2 (a, b))",
    "ALTER TABLE t ADD INDEX i (a), ADD INDEX j (a)",
  ],
});
