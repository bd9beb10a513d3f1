import { describeRule } from "./rule-cases";

describeRule("tidb.placement-change", {
  triggers: [
    {
      sql: 'CREATE PLACEMENT POLICY p1 PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-west-1"',
      lines: [1],
      engine: "TIDB",
      says: "policy p1",
    },
    { sql: "DROP PLACEMENT POLICY IF EXISTS p1", lines: [1], engine: "TIDB" },
    { sql: "ALTER TABLE t PLACEMENT POLICY=p1", lines: [1], engine: "TIDB" },
    { sql: "ALTER TABLE t1 PARTITION p0 PLACEMENT POLICY=history", lines: [1], engine: "TIDB" },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY) PLACEMENT POLICY=p1", lines: [1], engine: "TIDB" },
  ],
  passes: [
    { sql: "ALTER TABLE t ADD COLUMN a INT", engine: "TIDB" },
    { sql: "ALTER TABLE t SET TIFLASH REPLICA 1", engine: "TIDB" },
    { sql: "ALTER TABLE t CACHE", engine: "TIDB" },
  ],
});
