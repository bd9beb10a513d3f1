import { reviewSql } from "../../../sql/review/review";
import type { ConfiguredRule } from "../../../sql/review/types";
import { describeRule } from "./rule-cases";

describeRule("statement.parse-error", {
  triggers: [
    {
      sql: "CREATE TABLE t (id BIGINT AUTO_RANDOM PRIMARY KEY)",
      lines: [1],
      unparseable: true,
      says: "could not read",
    },
    // MySQL has no TiDB statements: the engine chooses the grammar.
    { sql: "SPLIT TABLE t BY (10)", lines: [1], unparseable: true },
    { sql: "SELEC 1", lines: [1], unparseable: true, engine: "TIDB" },
    { sql: "CREATE SEQUENCE s", lines: [1], unparseable: true },
    // The advice points at the line where the parser stopped.
    {
      sql: "CREATE TABLE t (\n  id INT,\n  pk BIGINT AUTO_RANDOM\n)",
      lines: [3],
      unparseable: true,
      says: "line 3, column",
    },
    { sql: "SELECT 1;\n-- next\nALTER TABLE t ALTER COLUMN a SET;\nSELECT 2", lines: [3], unparseable: true },
    { sql: "SELEC 1", lines: [1], unparseable: true, level: "WARNING" },
  ],
  passes: [
    "SELECT 1",
    "CREATE TABLE t (id INT PRIMARY KEY)",
    // TiDB's executable comments the parser does not know are read without them.
    "CREATE TABLE t (id BIGINT, PRIMARY KEY (id) /*T![clustered_index] CLUSTERED */)",
    "/*!40101 SET @saved = @@character_set_client */",
    "LOCK TABLES t WRITE",
    "FLUSH TABLES",
    "SET NAMES utf8mb4",
    "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1",
    { sql: "CREATE TABLE t (id BIGINT AUTO_RANDOM PRIMARY KEY)", engine: "TIDB" },
    { sql: "SPLIT TABLE t BY (10)", engine: "TIDB" },
    { sql: "CREATE SEQUENCE s", engine: "MARIADB" },
  ],
});

describe("statement.parse-error levels", () => {
  const levelFor = (rules: ConfiguredRule[]): string[] =>
    reviewSql("FLUSH TABLEZ", rules, "TIDB")
      .advices.filter((a) => a.rule === "statement.parse-error")
      .map((a) => a.level);

  it("is ERROR when the rules do not mention it", () => {
    expect(levelFor([])).toEqual(["ERROR"]);
    expect(levelFor([{ id: "statement.disallow-drop-table", level: "WARNING" }])).toEqual(["ERROR"]);
  });

  it("takes the configured level", () => {
    expect(levelFor([{ id: "statement.parse-error", level: "WARNING" }])).toEqual(["WARNING"]);
    expect(levelFor([{ id: "statement.parse-error", level: "ERROR" }])).toEqual(["ERROR"]);
  });

  it("still warns when disabled: an unread statement is never a silent pass", () => {
    expect(levelFor([{ id: "statement.parse-error", level: "DISABLED" }])).toEqual(["WARNING"]);
  });

  it("leaves the AST rules silent on the statement it reports", () => {
    const { advices } = reviewSql(
      "CREATE TABLE t (id BIGINT AUTO_RANDOM)",
      [{ id: "table.require-pk", level: "ERROR" }],
      "MYSQL",
    );
    expect(advices.map((a) => a.rule)).toEqual(["statement.parse-error"]);
  });
});
