import { describeRule } from "./rule-cases";

describeRule("index.primary-key-type-allowlist", {
  triggers: [
    { sql: "CREATE TABLE t (id VARCHAR(36) PRIMARY KEY)", lines: [1], says: "t.id is VARCHAR" },
    { sql: "CREATE TABLE t (\n  tenant CHAR(8),\n  id BIGINT,\n  PRIMARY KEY (tenant, id)\n)", lines: [2] },
    { sql: "CREATE TABLE t (id BIGINT PRIMARY KEY)", payload: { list: ["INT"] }, lines: [1] },
    { sql: "CREATE TABLE t (id DOUBLE PRIMARY KEY)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY)",
    "CREATE TABLE t (id INTEGER, PRIMARY KEY (id))",
    { sql: "CREATE TABLE t (id VARCHAR(36) PRIMARY KEY)", payload: { list: ["VARCHAR", "BIGINT"] } },
    // The key's column type is not in the statement, so there is nothing to hold against the list.
    "ALTER TABLE t ADD PRIMARY KEY (uuid)",
  ],
});
