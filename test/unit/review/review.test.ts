import { findRule } from "../../../sql/review/catalog";
import { BUILTIN_PROTECTED_RULES, reviewSql } from "../../../sql/review/review";
import type { ConfiguredRule } from "../../../sql/review/types";

const SAFETY_RULES = [
  "statement.disallow-drop-database",
  "statement.disallow-drop-table",
  "statement.disallow-truncate",
  "statement.where.require-update-delete",
  "statement.where.disallow-always-true",
  "column.disallow-drop",
  "column.disallow-rename",
  "table.disallow-rename",
  "table.disallow-engine-without-rows",
  "table.disallow-drop-partition",
  "table.disallow-discard-tablespace",
  "table.disallow-create-or-replace",
];

describe("reviewSql", () => {
  it("counts statements by type, from the text when the parser cannot read one", () => {
    const sql = [
      "CREATE TABLE a (id INT PRIMARY KEY);",
      "CREATE TABLE p (id INT) PARTITION BY HASH (id);",
      "ALTER TABLE a ADD COLUMN b INT;",
      "CREATE INDEX idx_a_b ON a (b);",
      "INSERT INTO a (id) VALUES (1);",
      "UPDATE a SET b = 1 WHERE id = 1;",
      "DELETE FROM a WHERE id = 1;",
      "DELETE FROM a USING a JOIN p ON a.id = p.id;",
      "DROP TABLE p;",
      "DROP DATABASE `old`;",
      "TRUNCATE a;",
      "RENAME TABLE a TO b;",
      "SELECT 1;",
      "COMMIT;",
      "FLUSH TABLES;",
      "FROBNICATE the_table;",
    ].join("\n");
    expect(reviewSql(sql, [], "MYSQL").summary).toEqual({
      CREATE_TABLE: 2,
      ALTER_TABLE: 1,
      CREATE_INDEX: 1,
      INSERT: 1,
      UPDATE: 1,
      DELETE: 2,
      DROP_TABLE: 1,
      DROP_DATABASE: 1,
      TRUNCATE: 1,
      RENAME_TABLE: 1,
      SELECT: 1,
      COMMIT: 1,
      // A statement the grammar reads is named by its first word; one nothing reads is UNKNOWN.
      FLUSH: 1,
      UNKNOWN: 1,
    });
  });

  it("returns the statements it reviewed, with their lines", () => {
    const { statements } = reviewSql("SELECT 1;\n\n-- two\nSELECT 2", [], "MYSQL");
    expect(statements.map((s) => [s.index, s.line])).toEqual([
      [0, 1],
      [1, 4],
    ]);
  });

  it("orders advices by line, whichever rule gave them", () => {
    const rules: ConfiguredRule[] = [
      { id: "statement.where.require-update-delete", level: "ERROR" },
      { id: "statement.disallow-drop-table", level: "WARNING" },
    ];
    const { advices } = reviewSql("DROP TABLE a;\nDELETE FROM b;\nDROP TABLE c;", rules, "MYSQL");
    expect(advices.map((a) => [a.line, a.rule, a.level, a.statementIndex])).toEqual([
      [1, "statement.disallow-drop-table", "WARNING", 0],
      [2, "statement.where.require-update-delete", "ERROR", 1],
      [3, "statement.disallow-drop-table", "WARNING", 2],
    ]);
    expect(advices[1]?.statement).toBe("DELETE FROM b");
  });

  it("reports a safety rule once when both its paths see the statement", () => {
    const { advices } = reviewSql("DROP TABLE t", [{ id: "statement.disallow-drop-table", level: "ERROR" }], "MYSQL");
    expect(advices).toHaveLength(1);
  });

  it("skips DISABLED rules and ids it does not know", () => {
    const rules: ConfiguredRule[] = [
      { id: "statement.disallow-drop-table", level: "DISABLED" },
      { id: "statement.no-such-rule", level: "ERROR" },
    ];
    expect(reviewSql("DROP TABLE t", rules, "MYSQL").advices).toEqual([]);
  });

  it("fills a partial payload from the rule's defaults", () => {
    const rules: ConfiguredRule[] = [{ id: "table.comment", level: "WARNING", payload: { maxLength: 5 } }];
    const { advices } = reviewSql("CREATE TABLE t (id INT)", rules, "MYSQL");
    expect(advices.map((a) => a.title)).toEqual(["Table without comment"]);
  });

  it("reports a payload that does not fit once, at the rule's level, instead of running the rule", () => {
    const rules: ConfiguredRule[] = [{ id: "index.key-number-limit", level: "ERROR", payload: { number: "five" } }];
    const { advices } = reviewSql("CREATE INDEX i ON t (a, b, c, d, e, f);\nSELECT 1;", rules, "MYSQL");
    expect(advices.map((a) => [a.rule, a.level, a.line, a.title])).toEqual([
      ["index.key-number-limit", "ERROR", 1, "Rule payload is invalid"],
    ]);
    expect(advices[0]?.content).toContain("must be integer");
  });

  it("turns a rule that fails into an advice, not an exception", () => {
    const rules: ConfiguredRule[] = [{ id: "naming.table", level: "WARNING", payload: { format: "([a-z" } }];
    const { advices } = reviewSql("CREATE TABLE t (id INT)", rules, "MYSQL");
    expect(advices.map((a) => [a.rule, a.title])).toEqual([["naming.table", "Rule could not run"]]);
  });

  it("passes the engine to the rules", () => {
    const rules: ConfiguredRule[] = [{ id: "engine.mysql.use-innodb", level: "ERROR" }];
    const sql = "CREATE TABLE t (id INT) ENGINE=MyISAM";
    expect(reviewSql(sql, rules, "MYSQL").advices).toHaveLength(1);
    expect(reviewSql(sql, rules, "TIDB").advices).toHaveLength(0);
  });

  it("reviews an empty text to nothing", () => {
    expect(reviewSql("  -- nothing\n", BUILTIN_PROTECTED_RULES, "TIDB")).toEqual({
      advices: [],
      statements: [],
      summary: {},
    });
  });
});

describe("BUILTIN_PROTECTED_RULES", () => {
  it("holds the safety rules and unreadable statements, all at ERROR", () => {
    expect(BUILTIN_PROTECTED_RULES.map((r) => [r.id, r.level])).toEqual([
      ...SAFETY_RULES.map((id) => [id, "ERROR"]),
      ["statement.parse-error", "ERROR"],
    ]);
    for (const rule of BUILTIN_PROTECTED_RULES) expect(findRule(rule.id)).toBeDefined();
  });

  it("blocks a destructive change however it is spelled, and lets a careful one through", () => {
    const sql = [
      "UPDATE orders SET state = 'paid' WHERE id = 7;",
      "/* tidy up */ drop /* the old one */ table if exists `shop`.`orders_old`, tmp;",
      "Truncate audit_log;",
      "DELETE orders FROM orders JOIN customers c ON c.id = orders.customer_id;",
      "DROP SCHEMA IF EXISTS `legacy`;",
    ].join("\n");
    const { advices } = reviewSql(sql, BUILTIN_PROTECTED_RULES, "TIDB");
    expect(advices.map((a) => [a.line, a.rule, a.level])).toEqual([
      [2, "statement.disallow-drop-table", "ERROR"],
      [3, "statement.disallow-truncate", "ERROR"],
      [4, "statement.where.require-update-delete", "ERROR"],
      [5, "statement.disallow-drop-database", "ERROR"],
    ]);
  });
});
