import { describeRule } from "./rule-cases";

describeRule("column.required", {
  triggers: [
    { sql: "CREATE TABLE t (id INT)", lines: [1], says: "lacks created_at, updated_at" },
    { sql: "CREATE TABLE t (ID INT, Created_At DATETIME)", lines: [1], says: "lacks updated_at" },
    { sql: "CREATE TABLE t (id INT)", payload: { list: ["id", "tenant_id"] }, lines: [1], says: "lacks tenant_id" },
    { sql: "ALTER TABLE t DROP COLUMN created_at", lines: [1], says: "drops t.created_at" },
    { sql: "ALTER TABLE t CHANGE COLUMN updated_at modified_at DATETIME", lines: [1], says: "renames t.updated_at" },
    { sql: "ALTER TABLE t RENAME COLUMN id TO order_id", lines: [1] },
    { sql: "ALTER TABLE t DROP COLUMN id, DROP COLUMN created_at", lines: [1, 1] },
    { sql: "SELECT 1;\nCREATE TABLE t (id INT)", lines: [2] },
    { sql: "CREATE TABLE t (id INT)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT, created_at DATETIME, updated_at DATETIME)",
    { sql: "CREATE TABLE t (id INT)", payload: { list: ["id"] } },
    "CREATE TABLE t2 LIKE t",
    "CREATE TABLE t2 AS SELECT a FROM t",
    "ALTER TABLE t DROP COLUMN note",
    "ALTER TABLE t CHANGE COLUMN id id BIGINT",
    "ALTER TABLE t ADD COLUMN note TEXT",
  ],
});
