// The statements a piece of normalised SQL text will execute, read from its tokens alone, for
// the safety rules that must hold on text the parser cannot read.
import { normalise, stringValue, unquote, words, type Word } from "./tokens";

/** Words after which a stored program's body starts a statement. */
const BODY_BOUNDARIES = new Set([";", "BEGIN", "ATOMIC", "THEN", "ELSE", "DO", "LOOP", "REPEAT"]);
/** The object a CREATE or ALTER is about; the first of these after the verb decides. */
const OBJECT_KINDS = new Set([
  "TABLE",
  "VIEW",
  "INDEX",
  "DATABASE",
  "SCHEMA",
  "PROCEDURE",
  "FUNCTION",
  "TRIGGER",
  "EVENT",
]);
const STORED_PROGRAMS = new Set(["PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"]);

/**
 * The statements a normalised statement text executes, each as its words, first word first:
 * - the statement itself, past prefixes that still run it (a `WITH` list, `EXPLAIN ANALYZE`,
 *   TiDB's `BATCH … LIMIT n` non-transactional DML);
 * - each of several statements sent as one (a `DELIMITER` block the server runs as a batch);
 * - every statement in the body of a stored procedure, function, trigger or event, which the
 *   server runs later, and of a MariaDB `BEGIN NOT ATOMIC` block, which it runs at once;
 * - the statement a `PREPARE … FROM 'text'` or `EXECUTE IMMEDIATE 'text'` holds as a literal.
 */
export function executedStatements(normalised: string): readonly (readonly Word[])[] {
  // Several text rules read the same statement one after another: read it once.
  if (normalised !== lastText) {
    lastText = normalised;
    lastStatements = readStatements(normalised);
  }
  return lastStatements;
}

let lastText: string | undefined;
let lastStatements: (readonly Word[])[] = [];

function readStatements(normalised: string): (readonly Word[])[] {
  const all = words(normalised);
  const body = bodyStart(all);
  const statements: (readonly Word[])[] = [];
  if (body === undefined && !all.some((w) => w.text === ";")) {
    if (all.length > 0) statements.push(stripPrefixes(all)); // one statement, the common case
  } else if (body === undefined) {
    let start = 0;
    for (let i = 0; i <= all.length; i++) {
      if (i < all.length && all[i].text !== ";") continue;
      if (i > start) statements.push(stripPrefixes(all.slice(start, i)));
      start = i + 1;
    }
  } else {
    for (let i = body; i < all.length; i++) {
      if (!startsBodyStatement(all, i)) continue;
      let end = i;
      while (end < all.length && all[end].text !== ";") end++;
      statements.push(stripPrefixes(all.slice(i, end)));
    }
  }
  const executed: (readonly Word[])[] = [];
  for (const statement of statements) {
    executed.push(statement);
    // Only PREPARE and EXECUTE IMMEDIATE hold a statement of their own.
    const verb = statement[0]?.upper;
    if (verb === "PREPARE" || verb === "EXECUTE") executed.push(...preparedStatements(statement));
  }
  return executed;
}

/** Where a compound statement's body may begin, or undefined for a statement without a body. */
function bodyStart(all: readonly Word[]): number | undefined {
  if (all[0]?.upper === "BEGIN" && all[1]?.upper === "NOT" && all[2]?.upper === "ATOMIC") return 3;
  if (all[0]?.upper !== "CREATE" && all[0]?.upper !== "ALTER") return undefined;
  const kind = objectKind(all);
  return kind !== undefined && STORED_PROGRAMS.has(all[kind].upper) ? kind + 1 : undefined;
}

/** `PREPARE s FROM 'DROP TABLE t'`, `EXECUTE IMMEDIATE 'DROP TABLE t'`: the literal's statements. */
function preparedStatements(statement: readonly Word[]): (readonly Word[])[] {
  const [verb, second, third, fourth] = statement;
  const literal =
    verb?.upper === "PREPARE" && third?.upper === "FROM"
      ? fourth
      : verb?.upper === "EXECUTE" && second?.upper === "IMMEDIATE"
        ? third
        : undefined;
  // A statement in a variable (PREPARE s FROM @sql) is beyond reading.
  return literal?.kind === "string" ? readStatements(normalise(stringValue(literal.text))) : [];
}

function objectKind(all: readonly Word[]): number | undefined {
  const index = all.findIndex((w) => w.kind === "word" && OBJECT_KINDS.has(w.upper));
  return index < 0 ? undefined : index;
}

/** Whether word `i` of a stored program starts one of its body's statements. */
function startsBodyStatement(all: readonly Word[], i: number): boolean {
  const previous = all[i - 1];
  if (!previous || previous.kind === "string" || previous.kind === "identifier") return false;
  if (BODY_BOUNDARIES.has(all[i].upper)) return false; // its own statement starts after it
  if (BODY_BOUNDARIES.has(previous.upper)) return true;
  // A trigger's single-statement body follows FOR EACH ROW [FOLLOWS|PRECEDES other].
  const trigger = previous.upper === "ROW" && all[i - 2]?.upper === "EACH";
  const ordered = all[i - 2]?.upper === "FOLLOWS" || all[i - 2]?.upper === "PRECEDES";
  return trigger ? !["FOLLOWS", "PRECEDES"].includes(all[i].upper) : ordered && all[i - 3]?.upper === "ROW";
}

function stripPrefixes(statement: readonly Word[]): readonly Word[] {
  let rest = statement;
  for (;;) {
    const head = rest[0]?.upper;
    if (head === "WITH") rest = afterCommonTableExpressions(rest);
    else if (head === "EXPLAIN" && rest[1]?.upper === "ANALYZE") rest = afterFormat(rest.slice(2));
    else if (head === "BATCH") rest = afterBatch(rest);
    else return rest;
  }
}

/** `WITH [RECURSIVE] a AS (…), b (x) AS (…) <statement>`: the statement after the last `)`. */
function afterCommonTableExpressions(statement: readonly Word[]): Word[] {
  for (let i = 1; i < statement.length; i++) {
    const word = statement[i];
    if (word.depth === 0 && statement[i - 1].text === ")" && word.text !== "," && word.upper !== "AS") {
      return statement.slice(i);
    }
  }
  return [];
}

/** `EXPLAIN ANALYZE [FORMAT = x] <statement>` executes the statement on TiDB and MySQL. */
function afterFormat(statement: readonly Word[]): readonly Word[] {
  return statement[0]?.upper === "FORMAT" ? statement.slice(statement[1]?.text === "=" ? 3 : 2) : statement;
}

/** TiDB: `BATCH [ON column] LIMIT n [DRY RUN [QUERY]] <DML>`. */
function afterBatch(statement: readonly Word[]): Word[] {
  const limit = statement.findIndex((w) => w.upper === "LIMIT");
  if (limit < 0) return statement.slice(1);
  let rest = statement.slice(limit + 2);
  if (rest[0]?.upper === "DRY" && rest[1]?.upper === "RUN") rest = rest.slice(rest[2]?.upper === "QUERY" ? 3 : 2);
  return rest;
}

/** Names in a comma-separated list, `db`.`t` written back as `db.t`, until a word in `stop`. */
export function nameList(list: readonly Word[], stop: Set<string> = new Set()): string[] {
  const names: string[] = [];
  let current = "";
  for (const word of list) {
    if (word.kind === "word" && stop.has(word.upper)) break;
    if (word.text === ",") {
      if (current) names.push(current);
      current = "";
    } else {
      current += unquote(word.text);
    }
  }
  if (current) names.push(current);
  return names;
}

/** The name `a` or `a.b` starting at word `i`, written back without backticks. */
export function qualifiedNameAt(statement: readonly Word[], i: number): string {
  const first = statement[i];
  if (!first) return "";
  const second = statement[i + 2];
  return statement[i + 1]?.text === "." && second
    ? `${unquote(first.text)}.${unquote(second.text)}`
    : unquote(first.text);
}

/** An ALTER TABLE read from its words: the table it alters and its clauses, split at top-level commas. */
export interface AlterTableText {
  table: string;
  clauses: (readonly Word[])[];
}

/** `ALTER [ONLINE] [IGNORE] TABLE [IF EXISTS] name clause, clause …`, or undefined for any other statement. */
export function alterTableText(statement: readonly Word[]): AlterTableText | undefined {
  if (statement[0]?.upper !== "ALTER") return undefined;
  let i = 1;
  while (statement[i]?.upper === "ONLINE" || statement[i]?.upper === "IGNORE") i++;
  if (statement[i]?.upper !== "TABLE") return undefined;
  i++;
  if (statement[i]?.upper === "IF" && statement[i + 1]?.upper === "EXISTS") i += 2;
  const table = qualifiedNameAt(statement, i);
  i += statement[i + 1]?.text === "." ? 3 : 1;
  // MariaDB's WAIT n / NOWAIT stand between the name and the clauses.
  if (statement[i]?.upper === "WAIT") i += 2;
  else if (statement[i]?.upper === "NOWAIT") i++;
  const depth = statement[0]?.depth ?? 0;
  const clauses: Word[][] = [[]];
  for (const word of statement.slice(i)) {
    if (word.text === "," && word.depth === depth) clauses.push([]);
    else clauses[clauses.length - 1]!.push(word);
  }
  return { table, clauses: clauses.filter((c) => c.length > 0) };
}

/** What a CREATE statement creates (`PROCEDURE`, `TABLE`, `VIEW`…), past OR REPLACE, DEFINER, ALGORITHM and the like. */
export function createdObject(statement: readonly Word[]): string | undefined {
  if (statement[0]?.upper !== "CREATE") return undefined;
  const kind = statement.find((w, i) => i > 0 && w.kind === "word" && OBJECT_KINDS.has(w.upper));
  return kind?.upper === "SCHEMA" ? "DATABASE" : kind?.upper;
}
