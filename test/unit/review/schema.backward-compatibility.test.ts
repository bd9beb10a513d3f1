import { describeRule } from "./rule-cases";

describeRule("schema.backward-compatibility", {
  triggers: [
    { sql: "ALTER TABLE t DROP COLUMN note", lines: [1], says: "drops column t.note" },
    { sql: "ALTER TABLE t RENAME COLUMN a TO b", lines: [1], says: "renames column t.a to b" },
    { sql: "ALTER TABLE t CHANGE COLUMN a b INT", lines: [1], says: "changes column t.a" },
    { sql: "ALTER TABLE t MODIFY COLUMN a SMALLINT", lines: [1], says: "modifies column t.a" },
    { sql: "ALTER TABLE t RENAME TO u", lines: [1], says: "renames table t to u" },
    { sql: "RENAME TABLE t TO u, v TO w", lines: [1, 1] },
    { sql: "DROP TABLE t", lines: [1], says: "drops t" },
    { sql: "DROP DATABASE shop", lines: [1], says: "drops database shop" },
    { sql: "ALTER TABLE t ADD PRIMARY KEY (id)", lines: [1], says: "primary key" },
    { sql: "ALTER TABLE t ADD UNIQUE KEY uk_t_a (a)", lines: [1], says: "unique key" },
    { sql: "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (o) REFERENCES o (id)", lines: [1], says: "foreign key" },
    { sql: "ALTER TABLE t DROP COLUMN a, DROP COLUMN b", lines: [1, 1] },
    { sql: "SELECT 1;\nALTER TABLE t\n  DROP COLUMN a", lines: [2] },
    { sql: "ALTER TABLE t DROP COLUMN a", lines: [1], level: "ERROR" },
  ],
  passes: [
    "ALTER TABLE t ADD COLUMN note TEXT",
    "ALTER TABLE t ADD INDEX idx_t_a (a)",
    "ALTER TABLE t DROP INDEX idx_t_a",
    "CREATE TABLE t (id INT PRIMARY KEY, a INT UNIQUE)",
    "CREATE INDEX idx_t_a ON t (a)",
    "ALTER TABLE t COMMENT = 'orders'",
  ],
});
