// One statement read the way its engine reads it, in layers (sql/PARSERS.md):
//   1. executable comments, per engine and version (executable-comments.ts);
//   2. statements no MySQL grammar has (TiDB's ADMIN, SPLIT, sequences…), read whole by their
//      readers in dialect/extensions.ts;
//   3. the MySQL grammar (grammar.ts), and when it refuses the text, the engine's clauses lifted
//      out or written in MySQL's form (AUTO_RANDOM, CLUSTERED, WITH SYSTEM VERSIONING…), then the
//      grammar again.
// Every layer keeps positions: what the grammar reports maps back to the text as written.
import type { Engine } from "./engine";
import { readExecutableComments, type ReadOptions } from "./executable-comments";
import { CLAUSE_READERS, STATEMENT_READERS, type ClauseReader, type StatementReader } from "./dialect/extensions";
import { leadingKeywords, lex, matchAt, type SqlToken } from "./dialect/pattern";
import { readMySql, type SingleStatementContext } from "./grammar";

/** A clause an engine's layer read and lifted out or rewrote, with where it stands as written. */
export interface ReadClause {
  name: string;
  text: string;
  start: number;
  end: number;
}

export interface ParsedStatement {
  engine: Engine;
  /** The text the MySQL grammar read (same as written, but for the layers' edits). */
  read: string;
  /** The MySQL grammar's tree, when the grammar read the statement. */
  tree?: SingleStatementContext;
  /**
   * A statement of the engine's own, read by its reader: its name and labelled parts, and, for a
   * statement that runs another (`WITH … UPDATE`, MariaDB's `SET STATEMENT … FOR`), that statement
   * as read, at its offsets in this one.
   */
  extension?: { name: string; labels: Record<string, string>; runs?: ParsedStatement };
  /** Clauses the layers read out of a statement the grammar then read. */
  clauses: ReadClause[];
  /** Why the statement could not be read, at the line (1-based) and column (0-based) as written. */
  error?: { message: string; line: number; column: number };
  /** The offset as written of an offset in `read`. */
  written(offset: number): number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
  name: string;
}

/**
 * Words MySQL does not reserve (its keyword list) that the grammar refuses as names: when the
 * grammar stops at one, it is read once more as a quoted name.
 */
const UNRESERVED_AS_NAMES = new Set([
  "ACTIVE",
  "INACTIVE",
  "ATTRIBUTE",
  "COMPONENT",
  "DESCRIPTION",
  "EXPIRE",
  "HISTORY",
  "OLD",
  "ORGANIZATION",
  "PURGE",
  "REFERENCE",
  "SOURCE",
  "STREAM",
]);

const readersByWord = new Map<string, StatementReader[]>();
for (const reader of STATEMENT_READERS) {
  for (const word of leadingKeywords(reader.pattern))
    readersByWord.set(word, [...(readersByWord.get(word) ?? []), reader]);
}

/** Reads one statement as `engine` does. */
export function parseStatement(text: string, engine: Engine, options: ReadOptions = {}): ParsedStatement {
  const code = readExecutableComments(text, engine, options).text;
  return readCode(text, code, engine, 0);
}

function readCode(written: string, code: string, engine: Engine, nesting: number): ParsedStatement {
  const identity = (offset: number): number => offset;
  const tokens = lex(code);
  const base = { engine, read: code, clauses: [], written: identity };
  const extension = readExtension(code, tokens, engine, nesting);
  // Offsets in the statement it runs are offsets in this one: its own edits map them back.
  if (extension) return { ...base, extension, ...(extension.runs ? { written: extension.runs.written } : {}) };

  const first = readMySql(code);
  if (first.statement) return { ...base, tree: first.statement };
  const failure = { ...base, error: locate(written, first.error?.message ?? "unreadable", first.error?.offset ?? 0) };

  const edits = clauseEdits(code, tokens, engine, nesting);
  let attempt = applyEdits(code, edits);
  for (let retry = 0; retry <= 4; retry++) {
    const result = readMySql(attempt.text);
    if (result.statement) {
      const clauses = edits
        .filter((e) => e.name !== "name")
        .map((e) => ({ name: e.name, text: code.slice(e.start, e.end), start: e.start, end: e.end }));
      return { ...base, read: attempt.text, tree: result.statement, clauses, written: attempt.written };
    }
    // The grammar stops at such a word, or at the token after it.
    const at = attempt.written(result.error?.offset ?? -1);
    const index = tokens.findIndex((t) => t.start === at);
    if (index < 0 && retry > 0) break;
    const stopped = [tokens[index], tokens[index - 1]].find(
      (t) => t?.kind === "word" && UNRESERVED_AS_NAMES.has(t.upper) && !edits.some((e) => e.start === t.start),
    );
    // Where the grammar stops further on, every such word is read as a name at once.
    const quoted = stopped
      ? [stopped]
      : retry === 0
        ? tokens.filter(
            (t) =>
              t.kind === "word" &&
              UNRESERVED_AS_NAMES.has(t.upper) &&
              !edits.some((e) => e.start <= t.start && t.start < e.end),
          )
        : [];
    if (quoted.length === 0) break;
    for (const t of quoted) edits.push({ start: t.start, end: t.end, replacement: `\`${t.text}\``, name: "name" });
    edits.sort((a, b) => a.start - b.start);
    attempt = applyEdits(code, edits);
  }
  return failure;
}

function readExtension(
  code: string,
  tokens: readonly SqlToken[],
  engine: Engine,
  nesting: number,
): ParsedStatement["extension"] | undefined {
  const readers = readersByWord.get(tokens[0]?.upper ?? "") ?? [];
  const end = tokens[tokens.length - 1]?.text === ";" ? tokens.length - 1 : tokens.length;
  for (const reader of readers) {
    if (!reader.engines.includes(engine)) continue;
    const inner: { read?: ParsedStatement } = {};
    const match = matchAt(
      reader.pattern,
      tokens,
      code,
      0,
      (j) => j === end,
      statementCheck(code, tokens, engine, nesting, inner),
    );
    if (!match) continue;
    return { name: reader.name, labels: match.labels, ...(reader.runs && inner.read ? { runs: inner.read } : {}) };
  }
  return undefined;
}

/**
 * For the `sql` reader: whether tokens from..to are one statement of the engine. The last one read
 * is kept in `inner`: a reader's `sql` is its last element, so that is the statement the match holds.
 */
function statementCheck(
  code: string,
  tokens: readonly SqlToken[],
  engine: Engine,
  nesting: number,
  inner: { read?: ParsedStatement },
): (from: number, to: number) => boolean {
  return (from: number, to: number): boolean => {
    if (nesting > 2) return false;
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to - 1]?.end ?? code.length;
    // Blank what is outside, so the inner statement keeps its offsets.
    const text = " ".repeat(start) + code.slice(start, end);
    const read = readCode(text, text, engine, nesting + 1);
    if (read.error) return false;
    inner.read = read;
    return true;
  };
}

export function clauseEdits(code: string, tokens: readonly SqlToken[], engine: Engine, nesting: number): Edit[] {
  const readers = CLAUSE_READERS.filter((r) => r.engines.includes(engine));
  const shape = tokens.map((t) => t.upper).join(" ");
  const edits: Edit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let advanced = false;
    for (const reader of readers) {
      if (reader.within && !reader.within.test(shape)) continue;
      if (reader.after && !follows(reader, tokens[i - 1])) continue;
      const match = matchAt(
        reader.pattern,
        tokens,
        code,
        i,
        (j) => clauseEnds(reader, tokens, j),
        statementCheck(code, tokens, engine, nesting, {}),
      );
      if (!match || match.end <= i) continue;
      const start = tokens[i]!.start;
      const end = tokens[match.end - 1]!.end;
      const text = code.slice(start, end);
      edits.push({ start, end, replacement: reader.rewrite ? reader.rewrite(text) : blank(text), name: reader.name });
      i = match.end;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  return edits;
}

function follows(reader: ClauseReader, previous: SqlToken | undefined): boolean {
  if (!previous || !reader.after) return false;
  if (reader.after.has("name") && (previous.kind === "word" || previous.kind === "identifier")) return true;
  if (reader.after.has("literal") && (previous.kind === "string" || previous.kind === "number")) return true;
  return reader.after.has(previous.upper);
}

function clauseEnds(reader: ClauseReader, tokens: readonly SqlToken[], end: number): boolean {
  if (!reader.until) return true;
  const next = tokens[end];
  return (
    next === undefined || next.text === "," || next.text === ")" || next.text === ";" || reader.until.has(next.upper)
  );
}

/** Spaces for the text, newlines kept, so lines stay where they were. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function applyEdits(code: string, edits: readonly Edit[]): { text: string; written: (offset: number) => number } {
  const parts: string[] = [];
  // Where each edit starts in the new text, to map offsets back.
  const marks: { at: number; written: number; length: number; writtenLength: number }[] = [];
  let copied = 0;
  let length = 0;
  for (const edit of edits) {
    if (edit.start < copied) continue; // overlapping: the first reader's reading stands
    parts.push(code.slice(copied, edit.start));
    length += edit.start - copied;
    marks.push({
      at: length,
      written: edit.start,
      length: edit.replacement.length,
      writtenLength: edit.end - edit.start,
    });
    parts.push(edit.replacement);
    length += edit.replacement.length;
    copied = edit.end;
  }
  parts.push(code.slice(copied));
  const written = (offset: number): number => {
    let delta = 0;
    for (const mark of marks) {
      if (offset < mark.at) break;
      if (offset < mark.at + mark.length) return mark.written;
      delta = mark.written + mark.writtenLength - (mark.at + mark.length);
    }
    return offset + delta;
  };
  return { text: parts.join(""), written };
}

function locate(written: string, message: string, offset: number): { message: string; line: number; column: number } {
  const before = written.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  const column = before.length - (before.lastIndexOf("\n") + 1);
  return { message, line, column };
}
