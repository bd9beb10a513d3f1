import { describeRule } from "./rule-cases";

describeRule("table.disallow-discard-tablespace", {
  triggers: [
    { sql: "ALTER TABLE t DISCARD TABLESPACE", lines: [1], says: "data file of t," },
    { sql: "alter table shop.orders discard tablespace", lines: [1], says: "shop.orders" },
    { sql: "ALTER TABLE t DISCARD PARTITION p0 TABLESPACE", lines: [1] },
    { sql: "ALTER TABLE t DISCARD PARTITION ALL TABLESPACE", lines: [1] },
    { sql: "/*!50000 ALTER TABLE t DISCARD TABLESPACE */", lines: [1] },
    { sql: "SELECT 1;\nALTER TABLE t DISCARD TABLESPACE;", lines: [2] },
    { sql: "ALTER TABLE t DISCARD TABLESPACE", lines: [1], level: "WARNING" },
    { sql: "PREPARE s FROM 'ALTER TABLE t DISCARD TABLESPACE'", lines: [1] },
  ],
  passes: [
    "ALTER TABLE t IMPORT TABLESPACE",
    "ALTER TABLE t ADD COLUMN discard INT",
    "ALTER TABLE t TABLESPACE ts1",
    "ALTER TABLESPACE ts1 ADD DATAFILE 'ts1_2.ibd' ENGINE = NDB",
    "SELECT 'ALTER TABLE t DISCARD TABLESPACE'",
  ],
});
