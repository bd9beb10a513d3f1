import { describeRule } from "./rule-cases";

describeRule("naming.unique-key", {
  triggers: [
    { sql: "CREATE UNIQUE INDEX email ON users (email)", lines: [1], says: "does not match ^uk_users_email$" },
    { sql: "CREATE TABLE users (\n  id INT,\n  email VARCHAR(9) UNIQUE\n)", lines: [3], says: "has no name" },
    { sql: "CREATE TABLE users (id INT, a INT, b INT, UNIQUE KEY u (a, b))", lines: [1] },
    { sql: "ALTER TABLE users ADD UNIQUE INDEX ux (email)", lines: [1] },
    { sql: "ALTER TABLE users ADD CONSTRAINT c_email UNIQUE (email)", lines: [1] },
    { sql: "ALTER TABLE users ADD UNIQUE (email)", lines: [1] },
    { sql: "CREATE UNIQUE INDEX uk_users_email ON users (email)", payload: { format: "^unq_" }, lines: [1] },
    { sql: "CREATE UNIQUE INDEX u ON users (email)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE UNIQUE INDEX uk_users_email ON users (email)",
    "CREATE TABLE users (id INT, a INT, b INT, UNIQUE KEY uk_users_a_b (a, b))",
    "ALTER TABLE users ADD UNIQUE KEY uk_users_email (email)",
    "CREATE INDEX whatever ON users (email)",
    "CREATE TABLE users (id INT PRIMARY KEY)",
  ],
});
