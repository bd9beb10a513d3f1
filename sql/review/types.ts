// SQL review: the shapes every rule and every caller share.
import type { SchemaCatalog } from "../catalog";
import type { Engine } from "../engine";
import type { ParsedStatement } from "../parse";

export type { Engine };

export type Level = "ERROR" | "WARNING";
/** A configured level; DISABLED turns a rule off. */
export type ConfiguredLevel = Level | "DISABLED";

/** One statement of a change, as the splitter found it. */
export interface Statement {
  /** The statement's text as written, comments included, without the terminating `;`. */
  text: string;
  /** 1-based line where the statement starts in the whole SQL text. */
  line: number;
  /** 0-based position in the list of statements. */
  index: number;
}

/** What a rule sees of one statement. */
export interface StatementContext {
  statement: Statement;
  /** The statement as its engine reads it (sql/parse.ts): the grammar's tree, which ast.ts reads for the rules. */
  parsed: ParsedStatement;
  engine: Engine;
  /** The schema before this statement: the target's (when the review has it) with the change's earlier statements applied. */
  catalog?: SchemaCatalog;
  /** The schema after the whole change, walked on the first call. */
  finalCatalog?: () => SchemaCatalog;
  /** The target database the statement must stay inside, when the review is for one target. */
  boundary?: TargetBoundary;
  /**
   * Every statement of the change, this one included, in order (this one at `statement.index`):
   * for rules that judge the change as a whole. Shared by all of the change's contexts.
   */
  change?: readonly StatementContext[];
}

/** A problem a rule found; the reviewer adds the rule id, the level and where. */
export interface Finding {
  title: string;
  content: string;
  /** A line inside the statement (1-based, absolute); the statement's first line by default. */
  line?: number;
}

export interface Advice {
  rule: string;
  level: Level;
  title: string;
  content: string;
  line: number;
  /** 0-based index of the statement in the change. */
  statementIndex: number;
  statement: string;
}

export interface RuleDefinition<Payload = unknown> {
  /** `statement.disallow-drop-table`, `table.require-pk`, `naming.index`… */
  id: string;
  description: string;
  defaultLevel: Level;
  /** JSON Schema of the rule's payload, when it takes one. */
  payloadSchema?: object;
  defaultPayload?: Payload;
  /**
   * Always runs at its default level wherever it applies: a review config that lists it at
   * another level, or DISABLED, is ignored for it.
   */
  locked?: boolean;
  /**
   * Reads the statement through `context.parsed` itself (the chosen grammar's reading, an
   * engine's own statements included) and the schema catalog: it checks every statement the
   * grammar or an engine's reader reads, not only those with the grammar's tree.
   */
  readsGrammar?: boolean;
  /** Runs on parsed statements only; unparseable ones get `statement.parse-error` advice instead. */
  check(context: StatementContext, payload: Payload): Finding[];
  /**
   * Runs on every statement, parsed or not, from its normalised text (comments removed,
   * backticks kept): for safety rules that must hold however a statement is spelled.
   */
  checkText?(normalised: string, context: StatementContext, payload: Payload): Finding[];
}

/** A rule as configured in a review config. */
export interface ConfiguredRule {
  id: string;
  level: ConfiguredLevel;
  payload?: unknown;
}

/** The target a statement must stay inside, and what the messages need to say where else it went. */
export interface TargetBoundary {
  /** The target database, as the instance spells it. */
  database: string;
  engine: Engine;
  /** `instances/{id}` and `projects/{id}` of the change, for messages. */
  instance: string;
  project: string;
  /** Other databases of the instance the project may name (its crossDatabaseAccess). */
  allowed: ReadonlySet<string>;
  /** The instance's databases from the last sync, each with the project it belongs to (`projects/b`). */
  owners: ReadonlyMap<string, string>;
}
