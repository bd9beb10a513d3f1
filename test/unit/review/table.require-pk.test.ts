import { describeRule } from "./rule-cases";

describeRule("table.require-pk", {
  triggers: [
    { sql: "CREATE TABLE t (a INT)", lines: [1], says: "Table t has no primary key" },
    { sql: "create table t (a int, key idx_t_a (a), unique key uk_t_a (a))", lines: [1] },
    { sql: "CREATE TABLE t2 AS SELECT a FROM t", lines: [1] },
    { sql: "ALTER TABLE t DROP PRIMARY KEY", lines: [1], says: "drops the primary key of t" },
    { sql: "SELECT 1;\n\nCREATE TABLE t (\n  a INT\n)", lines: [3] },
    { sql: "CREATE TABLE t (a INT)", lines: [1], level: "WARNING" },
  ],
  passes: [
    "CREATE TABLE t (id INT PRIMARY KEY)",
    "CREATE TABLE t (id INT KEY)",
    "CREATE TABLE t (id INT, PRIMARY KEY (id))",
    "CREATE TABLE t (id INT, CONSTRAINT pk_t PRIMARY KEY (id))",
    "CREATE TABLE t (id BIGINT, PRIMARY KEY (id) /*T![clustered_index] CLUSTERED */)",
    "CREATE TABLE t2 LIKE t",
    "CREATE TEMPORARY TABLE tmp (a INT)",
    "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id, tenant_id)",
    "ALTER TABLE t ADD COLUMN b INT",
  ],
});

describeRule("table.require-pk", {
  triggers: [
    { sql: "CREATE TABLE t (id INT);\nALTER TABLE t ADD COLUMN a INT", lines: [1] },
    { sql: "CREATE TABLE t (id INT PRIMARY KEY);\nALTER TABLE t DROP PRIMARY KEY", lines: [2] },
  ],
  passes: [
    // The key added later in the same change counts: the rule judges the schema the change leaves.
    "CREATE TABLE t (id INT NOT NULL);\nALTER TABLE t ADD PRIMARY KEY (id)",
    "CREATE TABLE t (id INT NOT NULL);\nCREATE UNIQUE INDEX u ON t (id);\nALTER TABLE t ADD PRIMARY KEY (id)",
    "ALTER TABLE t DROP PRIMARY KEY;\nALTER TABLE t ADD PRIMARY KEY (id, b)",
  ],
});
