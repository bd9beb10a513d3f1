// The SQL reviewer: splits a change into statements, parses each once with the chosen grammar,
// and runs the configured rules on it. A statement the parser cannot read is reported, never passed in silence.
import { lineOf, settled, shapeOf } from "./ast";
import { checkTargetBoundary, type TargetBoundary } from "./boundary";
import { findRule, payloadProblem, RULES } from "./catalog";
import { executedStatements } from "./executed";
import { applyStatement } from "./schema-walk";
import { splitStatements } from "./split";
import { SchemaCatalog, type DatabaseSchema } from "../catalog";
import { parseStatement, type ParsedStatement } from "../parse";
import { PROTECTED_RULES } from "../protected-rules";
import { normalise, words } from "./tokens";
import type {
  Advice,
  ConfiguredRule,
  Engine,
  Finding,
  Level,
  RuleDefinition,
  Statement,
  StatementContext,
} from "./types";

/** The id under which the reviewer reports statements it could not parse. */
export const PARSE_ERROR_RULE = "statement.parse-error";

/** The rule that keeps every statement inside its target database; locked at ERROR. */
export const TARGET_BOUNDARY_RULE = "statement.target-boundary";

/** Rules no config can set: they run at their default level wherever a review has a target. */
const LOCKED_RULES: ActiveRule[] = RULES.filter((r) => r.locked).map((definition) => ({
  definition,
  level: definition.defaultLevel,
  payload: definition.defaultPayload,
}));

/**
 * The review a protected environment gets when it has no review config of its own: the safety
 * rules (dropping or emptying a database, table or column; renaming a table or column; UPDATE or
 * DELETE on every row; an engine that keeps no rows; MariaDB's CREATE OR REPLACE TABLE), which hold on statements the parser cannot read too, at ERROR.
 *
 * Unreadable statements are ERROR here as well. The safety rules do catch destructive
 * statements the parser cannot read, but they know four shapes; an unreadable statement may be
 * destructive in another (ALTER TABLE … DROP PARTITION, a REPLACE … SELECT), and in a protected
 * environment nothing should run that nothing has read. The cost is that valid syntax the
 * grammar and its engine layers do not read yet (one statement of the MariaDB corpus, none of
 * MySQL's or TiDB's: `npm run sql:parse-rate`) is blocked until the environment gets a review
 * config of its own, which can set `statement.parse-error` to WARNING.
 */
export const BUILTIN_PROTECTED_RULES: ConfiguredRule[] = PROTECTED_RULES.map((rule) => ({ ...rule }));

export interface Review {
  /** Every finding, ordered by line. */
  advices: Advice[];
  statements: Statement[];
  /** Statements by type: `CREATE_TABLE`, `ALTER_TABLE`, `INSERT`, `UPDATE`, `DELETE`, … `UNKNOWN`. */
  summary: Record<string, number>;
}

interface ActiveRule {
  definition: RuleDefinition;
  level: Level;
  payload: unknown;
  /** Set when the configured payload does not fit the rule: the rule reports that instead of running. */
  payloadProblem?: string;
}

/**
 * Reviews SQL text against configured rules. Rules at DISABLED and ids the catalog does not know
 * are skipped. `statement.parse-error` is reported at its configured level, ERROR when the
 * rules do not mention it and WARNING when they disable it. With a `boundary` (the review is for
 * one target database) the locked rules run too, at their own level whatever `rules` say. With the
 * target's `schema` (from its last sync) rules judge each statement against the schema the
 * statements before it leave; without it they know only what the change itself creates.
 */
export function reviewSql(
  sql: string,
  rules: ConfiguredRule[],
  engine: Engine,
  boundary?: TargetBoundary,
  schema?: DatabaseSchema,
): Review {
  return reviewParsed(parseChange(sql, engine), { rules, boundary, schema });
}

/** A change's SQL split and parsed for one engine: what every target's review of it shares. */
export interface ParsedChange {
  engine: Engine;
  statements: Statement[];
  parsed: ParsedStatement[];
}

export function parseChange(sql: string, engine: Engine): ParsedChange {
  const statements = splitStatements(sql);
  return {
    engine,
    statements,
    parsed: statements.map((statement) => settled(parseStatement(statement.text, engine))),
  };
}

/** What one target's review adds to the parsed change: its rules, its boundary, its schema. */
export interface ReviewTarget {
  rules: ConfiguredRule[];
  boundary?: TargetBoundary | undefined;
  schema?: DatabaseSchema | undefined;
}

/**
 * Reviews a parsed change for one target (see reviewSql). The parse is read, never changed, so
 * one parse serves every target of a change: fifty targets cost one parse and fifty rule runs.
 */
export function reviewParsed(change: ParsedChange, { rules, boundary, schema }: ReviewTarget): Review {
  const { engine, statements } = change;
  const active = boundary ? [...activeRules(rules), ...LOCKED_RULES] : activeRules(rules);
  const parseErrorLevel = levelOfParseErrors(rules);
  const advices: Advice[] = [];
  const summary: Record<string, number> = {};
  // The schema the change leaves, for rules that judge the end state (a key added later in the
  // change): walked on first call, as most changes never need it.
  let final: SchemaCatalog | undefined;
  const finalCatalog = (): SchemaCatalog => {
    if (!final) {
      final = SchemaCatalog.of(schema);
      for (const context of contexts) applyStatement(final, context);
    }
    return final;
  };
  const catalog = SchemaCatalog.of(schema);
  // Each context made whole in one literal: every rule reads them, and objects of one shape
  // read fastest (properties added later would give each context a shape of its own kind).
  const contexts: StatementContext[] = [];
  statements.forEach((statement, i) => {
    // parseChange made one entry per statement, in order.
    const parsed = change.parsed[i];
    contexts.push(
      boundary
        ? { statement, parsed, engine, boundary, catalog, finalCatalog, change: contexts }
        : { statement, parsed, engine, catalog, finalCatalog, change: contexts },
    );
  });
  for (const context of contexts) {
    const { statement } = context;
    const advise = (rule: string, level: Level, finding: Finding): void => {
      const line = finding.line ?? statement.line;
      const { title, content } = finding;
      advices.push({ rule, level, title, content, line, statementIndex: statement.index, statement: statement.text });
    };
    const normalised = normalise(statement.text);
    const type = statementType(context, normalised);
    summary[type] = (summary[type] ?? 0) + 1;
    const error = context.parsed.error;
    const shaped = shapeOf(context) !== undefined;
    if (error) advise(PARSE_ERROR_RULE, parseErrorLevel, parseErrorFinding(context, error));
    else if (!shaped) {
      // Read by an engine's own reader (TiDB's SPLIT, ADMIN…), so the grammar has no tree of it:
      // rules that read only the tree cannot check it. Never a silent pass.
      const unchecked = active.filter(
        (r) => !r.definition.checkText && !r.definition.readsGrammar && !r.payloadProblem,
      );
      if (unchecked.length > 0) advise(PARSE_ERROR_RULE, parseErrorLevel, uncheckedFinding(unchecked));
    }
    for (const rule of active) {
      if (rule.payloadProblem) {
        // Once per review, on the first statement: the config is wrong, not the statements.
        if (statement.index === 0) advise(rule.definition.id, rule.level, payloadFinding(rule));
        continue;
      }
      for (const finding of runRule(rule, context, normalised, shaped)) advise(rule.definition.id, rule.level, finding);
    }
    // Rules saw the schema before the statement; the next statement sees it after.
    applyStatement(catalog, context);
  }
  advices.sort((a, b) => a.line - b.line || a.statementIndex - b.statementIndex);
  return { advices, statements, summary };
}

/**
 * The target-boundary advice for statements already split and reviewed: what a review of the
 * same SQL adds for one target, without parsing it again.
 */
export function reviewBoundary(statements: readonly Statement[], boundary: TargetBoundary): Advice[] {
  const advices: Advice[] = [];
  for (const statement of statements) {
    for (const finding of checkTargetBoundary(statement, boundary)) {
      const { title, content } = finding;
      advices.push({
        rule: TARGET_BOUNDARY_RULE,
        level: "ERROR",
        title,
        content,
        line: finding.line ?? statement.line,
        statementIndex: statement.index,
        statement: statement.text,
      });
    }
  }
  return advices;
}

function activeRules(rules: ConfiguredRule[]): ActiveRule[] {
  const active: ActiveRule[] = [];
  const seen = new Set<string>();
  for (const configured of rules) {
    const definition = findRule(configured.id);
    // A locked rule's level is not the config's to set: it runs only through LOCKED_RULES.
    if (!definition || definition.locked || configured.level === "DISABLED" || seen.has(configured.id)) continue;
    seen.add(configured.id);
    const payload = withDefaults(definition.defaultPayload, configured.payload);
    const problem = payloadProblem(definition, payload);
    active.push({ definition, level: configured.level, payload, ...(problem ? { payloadProblem: problem } : {}) });
  }
  return active;
}

/** A configured payload over the rule's defaults, so a config may set only what it changes. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withDefaults(defaults: unknown, configured: unknown): unknown {
  if (isObject(defaults) && isObject(configured)) return { ...defaults, ...configured };
  return configured ?? defaults;
}

function levelOfParseErrors(rules: ConfiguredRule[]): Level {
  const configured = rules.find((r) => r.id === PARSE_ERROR_RULE)?.level ?? "ERROR";
  // Disabling may make the report non-blocking but not invisible.
  return configured === "DISABLED" ? "WARNING" : configured;
}

/**
 * The tree path when the statement has a shape (ast.ts); the text path when it has none, or when
 * the tree path found nothing. A rule that fires on both paths is thereby reported once per statement.
 */
function runRule(rule: ActiveRule, context: StatementContext, normalised: string, shaped: boolean): Finding[] {
  const { definition, payload } = rule;
  try {
    const found =
      shaped || (definition.readsGrammar && !context.parsed.error) ? definition.check(context, payload) : [];
    if (found.length > 0 || !definition.checkText) return found;
    return definition.checkText(normalised, context, payload);
  } catch (err) {
    return [
      {
        title: "Rule could not run",
        content: `${definition.id} failed on this statement (${err instanceof Error ? err.message : String(err)}), so it was not checked. Review the statement by hand.`,
      },
    ];
  }
}

function parseErrorFinding(context: StatementContext, error: { line: number; column: number }): Finding {
  const line = lineOf(context, { line: error.line });
  return {
    title: "Statement could not be parsed",
    content:
      `Tidemark's SQL parser could not read this statement at line ${line}, column ${error.column + 1}, as ${context.engine} reads it, so the rules that need a parsed statement ` +
      "did not check it; only the checks that read its text did. Check it by hand, or write it in a form the parser reads.",
    line,
  };
}

function uncheckedFinding(rules: ActiveRule[]): Finding {
  return {
    title: "Statement read but not checked by every rule",
    content:
      `The statement is valid SQL, but ${rules.map((r) => r.definition.id).join(", ")} cannot check this kind of ` +
      "statement yet. Check it by hand for what those rules ask.",
  };
}

function payloadFinding(rule: ActiveRule): Finding {
  return {
    title: "Rule payload is invalid",
    content: `The review config's payload for ${rule.definition.id} does not fit the rule: ${rule.payloadProblem}. The rule did not run; fix the review config.`,
  };
}

const OBJECT_TYPES: Record<string, string> = {
  TABLE: "TABLE",
  TABLES: "TABLE",
  INDEX: "INDEX",
  VIEW: "VIEW",
  DATABASE: "DATABASE",
  SCHEMA: "DATABASE",
  PROCEDURE: "PROCEDURE",
  FUNCTION: "FUNCTION",
  TRIGGER: "TRIGGER",
  EVENT: "EVENT",
  USER: "USER",
  SEQUENCE: "SEQUENCE",
};

/** The statement's type for the summary: from the tree when parsed, from its leading words when not. */
function statementType(context: StatementContext, normalised: string): string {
  const shape = shapeOf(context);
  if (!shape) return typeFromText(normalised);
  const { type, keyword } = shape;
  if (type === "create" || type === "alter" || type === "drop") {
    const object = keyword ? (OBJECT_TYPES[keyword.toUpperCase()] ?? keyword.toUpperCase()) : "TABLE";
    return `${type.toUpperCase()}_${object}`;
  }
  if (type === "rename") return "RENAME_TABLE";
  if (type === "transaction")
    return shape.transaction === "COMMIT" || shape.transaction === "ROLLBACK" ? shape.transaction : "BEGIN";
  return type.toUpperCase() || "UNKNOWN";
}

/** Statement types recognisable from the first word alone. */
const TEXT_TYPES = new Set([
  "INSERT",
  "REPLACE",
  "UPDATE",
  "DELETE",
  "SELECT",
  "TRUNCATE",
  "SET",
  "COMMIT",
  "ROLLBACK",
]);

function typeFromText(normalised: string): string {
  const leading = words(normalised);
  const verb = leading[0]?.upper ?? "";
  if (verb === "CREATE" || verb === "ALTER" || verb === "DROP") {
    const object = leading.find((w) => w.kind === "word" && OBJECT_TYPES[w.upper]);
    return object ? `${verb}_${OBJECT_TYPES[object.upper]}` : "UNKNOWN";
  }
  if (verb === "RENAME" && leading[1]?.upper === "TABLE") return "RENAME_TABLE";
  const head = executedStatements(normalised)[0]?.[0]?.upper;
  return head && TEXT_TYPES.has(head) ? head : "UNKNOWN";
}
