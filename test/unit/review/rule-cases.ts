// A rule's table of cases, in the manner of Bytebase's advisor tests: statements that must
// trigger the rule (with the level and lines of its advices) and statements that must not.
import { findRule } from "../../../sql/review/catalog";
import { PARSE_ERROR_RULE, reviewSql } from "../../../sql/review/review";
import type { TargetBoundary } from "../../../sql/review/boundary";
import type { DatabaseSchema } from "../../../sql/catalog";
import type { Advice, Engine, Level } from "../../../sql/review/types";

export interface Case {
  sql: string;
  /** The rule's payload; its defaults when omitted. */
  payload?: unknown;
  engine?: Engine;
  /** The parser cannot read the statement: the case then also proves the rule holds without it. */
  unparseable?: boolean;
  /** The target database the review is for (rules that need one). */
  boundary?: TargetBoundary;
  /** The target's schema from its last sync (rules that judge a statement by the schema). */
  schema?: DatabaseSchema;
}

export interface Trigger extends Case {
  /** The line of each advice the rule gives, in order. */
  lines: number[];
  /** The level the rule is configured at, which its advices carry; its default level when omitted. */
  level?: Level;
  /** Text the first advice's content must hold. */
  says?: string;
}

/** Runs one rule, configured alone, over SQL text. */
export function reviewWith(id: string, c: Case & { level?: Level }): { mine: Advice[]; parseErrors: Advice[] } {
  const rule = findRule(id);
  if (!rule) throw new Error(`${id} is not in the catalog`);
  const configured = {
    id,
    level: c.level ?? rule.defaultLevel,
    ...(c.payload === undefined ? {} : { payload: c.payload }),
  };
  const { advices } = reviewSql(c.sql, [configured], c.engine ?? "MYSQL", c.boundary, c.schema);
  return {
    mine: advices.filter((a) => a.rule === id),
    parseErrors: advices.filter((a) => a.rule === PARSE_ERROR_RULE),
  };
}

const title = (sql: string): string => sql.replace(/\s*\n\s*/g, " ⏎ ");

export function describeRule(id: string, cases: { triggers: Trigger[]; passes: (string | Case)[] }): void {
  describe(id, () => {
    const rule = findRule(id);

    it("is in the catalog", () => {
      expect(rule?.id).toBe(id);
    });

    for (const trigger of cases.triggers) {
      it(`flags ${title(trigger.sql)}`, () => {
        const { mine, parseErrors } = reviewWith(id, trigger);
        const level = trigger.level ?? rule?.defaultLevel;
        expect(mine.map((a) => ({ level: a.level, line: a.line }))).toEqual(
          trigger.lines.map((line) => ({ level, line })),
        );
        if (trigger.says) expect(mine[0]?.content).toContain(trigger.says);
        expect(parseErrors.length > 0).toBe(trigger.unparseable ?? false);
      });
    }

    for (const pass of cases.passes.map((p) => (typeof p === "string" ? { sql: p } : p))) {
      it(`passes ${title(pass.sql)}`, () => {
        const { mine, parseErrors } = reviewWith(id, pass);
        expect(mine).toEqual([]);
        // A pass the parser cannot read would prove nothing about an AST rule.
        expect(parseErrors.length > 0).toBe(pass.unparseable ?? false);
      });
    }
  });
}
