import { describeRule } from "./rule-cases";

describeRule("tidb.suggest-auto-random", {
  triggers: [
    {
      sql: "CREATE TABLE t (id BIGINT AUTO_INCREMENT PRIMARY KEY, a INT)",
      lines: [1],
      engine: "TIDB",
      says: "AUTO_RANDOM",
    },
    { sql: "CREATE TABLE t (id BIGINT NOT NULL AUTO_INCREMENT, a INT, PRIMARY KEY (id))", lines: [1], engine: "TIDB" },
  ],
  passes: [
    { sql: "CREATE TABLE t (id BIGINT AUTO_RANDOM PRIMARY KEY, a INT)", engine: "TIDB" },
    { sql: "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY)", engine: "TIDB" },
    "CREATE TABLE t (id BIGINT AUTO_INCREMENT PRIMARY KEY, a INT)",
  ],
});
