import { parseStatement } from "../../../sql/parse";
import { percent, rateBy, readCorpus } from "../../../sql/parse-rate";

describe("the layered parser", () => {
  it.each([
    [
      "TIDB",
      "CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM(5), b INT) SHARD_ROW_ID_BITS = 4",
      ["auto-random", "shard-row-id-bits"],
    ],
    ["TIDB", "CREATE TABLE t (a BIGINT, PRIMARY KEY (a) /*T![clustered_index] CLUSTERED */)", ["clustered-index"]],
    [
      "TIDB",
      "CREATE TABLE t1 (id INT PRIMARY KEY, created_at TIMESTAMP) TTL = `created_at` + INTERVAL 3 MONTH TTL_ENABLE = 'OFF'",
      ["ttl", "ttl-enable"],
    ],
    ["MARIADB", "CREATE OR REPLACE TABLE t1 (a INT) WITH SYSTEM VERSIONING", ["or-replace", "system-versioning"]],
    ["MARIADB", "ALTER TABLE t1 ADD COLUMN IF NOT EXISTS c INT", ["if-exists"]],
  ] as const)("reads %s's clauses out of a MySQL statement: %s", (engine, sql, clauses) => {
    const parsed = parseStatement(sql, engine);
    expect(parsed.error).toBeUndefined();
    expect(parsed.tree).toBeDefined();
    expect(parsed.clauses.map((c) => c.name)).toEqual(clauses);
  });

  it.each([
    ["TIDB", "SPLIT TABLE t INDEX idx BETWEEN (0) AND (100) REGIONS 4", "split-table"],
    ["TIDB", "ALTER TABLE t SET TIFLASH REPLICA 2", "set-tiflash-replica"],
    ["TIDB", "BATCH ON id LIMIT 1000 DELETE FROM t WHERE v < 6", "batch"],
    [
      "TIDB",
      'CREATE PLACEMENT POLICY p1 PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-west-1"',
      "create-placement-policy",
    ],
    ["MARIADB", "CREATE SEQUENCE s START WITH 100 INCREMENT BY 10", "create-sequence"],
  ] as const)("reads %s's own statements whole: %s", (engine, sql, name) => {
    expect(parseStatement(sql, engine).extension?.name).toBe(name);
  });

  it.each([
    ["MYSQL", "CREATE TABLE t (a BIGINT AUTO_RANDOM PRIMARY KEY)"],
    ["MYSQL", "SPLIT TABLE t BY (10)"],
    ["MARIADB", "ALTER TABLE t SET TIFLASH REPLICA 1"],
    ["TIDB", "CREATE TABLE t (a INT"],
    ["TIDB", "BATCH ON id LIMIT 2 DELETE FROM t WHERE"],
    ["TIDB", "ADMIN FOO"],
  ] as const)("refuses what %s does not read: %s", (engine, sql) => {
    expect(parseStatement(sql, engine).error).toBeDefined();
  });

  it("reports where the grammar stopped, at the line and column as written", () => {
    const error = parseStatement("SELECT 1;\n-- note\nSELEC 2", "MYSQL").error;
    expect(error).toBeDefined();
    expect(error?.line).toBeGreaterThanOrEqual(1);
  });

  it("reads a statement the way its engine runs executable comments", () => {
    // MySQL skips /*T! */, TiDB runs it: AUTO_RANDOM is read only on TiDB.
    const sql = "CREATE TABLE t (a BIGINT PRIMARY KEY /*T![auto_rand] AUTO_RANDOM */)";
    expect(parseStatement(sql, "MYSQL").clauses).toEqual([]);
    expect(parseStatement(sql, "TIDB").clauses.map((c) => c.name)).toEqual(["auto-random"]);
  });
});

describe("the corpus", () => {
  const readings = readCorpus();
  const byEngine = rateBy(readings, (s) => s.engine);

  it.each(["MYSQL", "MARIADB", "TIDB"])("is read at 99 %% or more on %s", (engine) => {
    const rate = byEngine.get(engine)!;
    expect({ engine, rate: percent(rate), atLeast99: rate.read / rate.total >= 0.99 }).toMatchObject({
      atLeast99: true,
    });
  });

  it("leaves unread only the statements listed in sql/PARSERS.md", () => {
    const missing = readings.filter((r) => r.error).map((r) => `${r.statement.file}:${r.statement.line}`);
    expect(missing).toEqual(["mariadb-knowledge-base.sql:123"]);
  });
});
