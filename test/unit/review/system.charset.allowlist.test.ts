import { describeRule } from "./rule-cases";

describeRule("system.charset.allowlist", {
  triggers: [
    { sql: "CREATE TABLE t (id INT) DEFAULT CHARSET=latin1", lines: [1], says: "character set latin1" },
    { sql: "CREATE TABLE t (id INT) CHARACTER SET = utf8", lines: [1] },
    { sql: "CREATE TABLE t (id INT) CHARSET gbk", lines: [1] },
    { sql: "CREATE TABLE t (\n  name VARCHAR(9) CHARACTER SET latin1\n) CHARSET utf8mb4", lines: [1] },
    { sql: "CREATE DATABASE shop CHARACTER SET latin1", lines: [1] },
    { sql: "ALTER TABLE t DEFAULT CHARSET = latin1", lines: [1] },
    { sql: "ALTER TABLE t ADD COLUMN a TEXT CHARACTER SET ascii", lines: [1] },
    { sql: "ALTER TABLE t CONVERT TO CHARACTER SET latin1", lines: [1] },
    { sql: "alter table t convert to charset latin1 collate latin1_bin", lines: [1] },
    { sql: "CREATE TABLE t (id INT) CHARSET utf8mb4", payload: { list: ["utf8"] }, lines: [1] },
    { sql: "CREATE TABLE t (id INT) CHARSET latin1", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
    "CREATE TABLE t (id INT) CHARSET UTF8MB4",
    "CREATE TABLE t (id INT)",
    "CREATE DATABASE shop CHARACTER SET utf8mb4",
    { sql: "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4" },
    { sql: "CREATE TABLE t (id INT) CHARSET latin1", payload: { list: ["utf8mb4", "latin1"] } },
  ],
});
