import { describeRule } from "./rule-cases";

describeRule("tidb.tiflash-replica-change", {
  triggers: [
    { sql: "ALTER TABLE t SET TIFLASH REPLICA 2", lines: [1], engine: "TIDB", says: "2 TiFlash replica(s) of t" },
    { sql: "ALTER TABLE t SET TIFLASH REPLICA 0", lines: [1], engine: "TIDB", says: "fall back to TiKV" },
    { sql: "ALTER DATABASE shop SET TIFLASH REPLICA 1", lines: [1], engine: "TIDB", says: "of shop" },
  ],
  passes: [
    { sql: "ALTER TABLE t ADD COLUMN a INT", engine: "TIDB" },
    { sql: "ALTER TABLE t COMPACT TIFLASH REPLICA", engine: "TIDB" },
  ],
});
