import { describeRule } from "./rule-cases";

describeRule("table.disallow-partition", {
  triggers: [
    { sql: "CREATE TABLE t (id INT PRIMARY KEY) PARTITION BY HASH (id) PARTITIONS 4", lines: [1] },
    {
      sql: "SELECT 1;\ncreate table t (\n  id int,\n  ts date\n)\npartition by range (year(ts)) (\n  partition p0 values less than (2020)\n)",
      lines: [2],
    },
    { sql: "ALTER TABLE t PARTITION BY KEY (id) PARTITIONS 8", lines: [1] },
    { sql: "ALTER TABLE t ADD PARTITION (PARTITION p3 VALUES LESS THAN (2030))", lines: [1] },
    // Parsed without the executable comment, as mysqldump writes it; the text still holds it.
    { sql: "CREATE TABLE t (id INT) /*!50100 PARTITION BY HASH (id) */", lines: [1] },
    { sql: "CREATE TABLE t (id INT) PARTITION BY HASH (id)", lines: [1], level: "ERROR" },
  ],
  passes: [
    "CREATE TABLE t (id INT PRIMARY KEY)",
    "CREATE TABLE t (id INT) /* PARTITION BY HASH (id) */",
    { sql: "SELECT a FROM t PARTITION (p0) WHERE a = 1" },
    "ALTER TABLE t TRUNCATE PARTITION p0",
    "SELECT 'PARTITION BY'",
  ],
});
