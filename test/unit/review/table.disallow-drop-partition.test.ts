import { describeRule } from "./rule-cases";

describeRule("table.disallow-drop-partition", {
  triggers: [
    { sql: "ALTER TABLE t DROP PARTITION p0", lines: [1], says: "drops partition p0 of t " },
    {
      sql: "alter table shop.orders drop partition p2019, `p2020`",
      lines: [1],
      says: "partition p2019, p2020 of shop.orders",
    },
    { sql: "ALTER TABLE t ADD COLUMN c INT, DROP PARTITION p0", lines: [1], says: "partition p0" },
    { sql: "ALTER TABLE t EXCHANGE PARTITION p0 WITH TABLE t_archive", lines: [1], says: "swaps out partition p0" },
    { sql: "ALTER TABLE t EXCHANGE PARTITION p0 WITH TABLE t2 WITHOUT VALIDATION", lines: [1] },
    { sql: "/*!50100 ALTER TABLE t DROP PARTITION p0 */", lines: [1] },
    { sql: "ALTER TABLE t DROP /* old */ PARTITION p0", lines: [1] },
    { sql: "SELECT 1;\nALTER TABLE t\n  DROP PARTITION p0;", lines: [2] },
    { sql: "ALTER TABLE t DROP PARTITION p0", lines: [1], level: "WARNING" },
    { sql: "ALTER TABLE t DROP PARTITION IF EXISTS p0", engine: "MARIADB", lines: [1], says: "partition p0 of t" },
    { sql: "ALTER TABLE t CONVERT PARTITION p0 TO TABLE t_old", engine: "MARIADB", lines: [1], says: "moves out" },
    {
      sql: "ALTER TABLE t FIRST PARTITION LESS THAN (2020)",
      engine: "TIDB",
      lines: [1],
      says: "drops partitions of t",
    },
    // The parser for MySQL reads neither; the rule holds without it.
    { sql: "ALTER TABLE t FIRST PARTITION LESS THAN (2020)", unparseable: true, lines: [1] },
    { sql: "ALTER TABLE t CONVERT PARTITION p0 TO TABLE t_old", unparseable: true, lines: [1] },
    { sql: "PREPARE s FROM 'ALTER TABLE t DROP PARTITION p0'", lines: [1] },
  ],
  passes: [
    "ALTER TABLE t ADD PARTITION (PARTITION p3 VALUES LESS THAN (30))",
    "ALTER TABLE t REORGANIZE PARTITION p0 INTO (PARTITION p1 VALUES LESS THAN (10), PARTITION p2 VALUES LESS THAN (20))",
    "ALTER TABLE t COALESCE PARTITION 2",
    "ALTER TABLE t REMOVE PARTITIONING",
    "ALTER TABLE t PARTITION BY HASH(id) PARTITIONS 4",
    "ALTER TABLE t DROP COLUMN `partition`",
    "ALTER TABLE t ANALYZE PARTITION p0",
    { sql: "ALTER TABLE t LAST PARTITION LESS THAN (2030)", engine: "TIDB" },
    { sql: "ALTER TABLE t CONVERT TABLE t_new TO PARTITION p9 VALUES LESS THAN (90)", engine: "MARIADB" },
    "SELECT 'ALTER TABLE t DROP PARTITION p0'",
    "-- ALTER TABLE t DROP PARTITION p0\nSELECT 1",
  ],
});
