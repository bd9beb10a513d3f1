import { describeRule } from "./rule-cases";

describeRule("naming.index", {
  triggers: [
    { sql: "CREATE INDEX name_idx ON users (name)", lines: [1], says: "does not match ^idx_users_name$" },
    { sql: "CREATE TABLE users (\n  id INT,\n  name VARCHAR(9),\n  KEY (name)\n)", lines: [4], says: "has no name" },
    { sql: "CREATE TABLE users (id INT, a INT, b INT, INDEX idx_users_b_a (a, b))", lines: [1] },
    { sql: "ALTER TABLE users ADD INDEX ix (email)", lines: [1] },
    { sql: "ALTER TABLE users ADD KEY (email)", lines: [1] },
    { sql: "CREATE INDEX idx_users_name ON users (name)", payload: { format: "^ix_{{table}}$" }, lines: [1] },
    { sql: "CREATE INDEX idx_users_name ON users (name)", payload: { maxLength: 10 }, lines: [1] },
    // The table's name is matched literally: its dot is not a wildcard.
    { sql: "CREATE INDEX idx_axb_c ON `a.b` (c)", lines: [1] },
    { sql: "CREATE INDEX i ON users (name)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE INDEX idx_users_name ON users (name)",
    "CREATE TABLE users (id INT, a INT, b INT, INDEX idx_users_a_b (a, b))",
    "ALTER TABLE users ADD INDEX idx_users_email (email)",
    "CREATE UNIQUE INDEX uk_users_email ON users (email)",
    "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(9) UNIQUE)",
    { sql: "CREATE INDEX ix_users ON users (name)", payload: { format: "^ix_{{table}}$" } },
    "CREATE INDEX `idx_a.b_c` ON `a.b` (c)",
  ],
});
