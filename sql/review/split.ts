// A change's SQL text as a list of statements, with the line each one starts on.
import { mysqlSplitterOptions, splitQuery } from "dbgate-query-splitter";
import { firstSignificant, tokenize, type SqlToken } from "./tokens";
import type { Statement } from "./types";

const SPLITTER_OPTIONS = { ...mysqlSplitterOptions, returnRichInfo: true };

/**
 * Splits SQL text into statements. `DELIMITER` lines are honoured (routine bodies stay whole);
 * statements holding only comments or nothing are dropped. A statement's `line` is the line of
 * its first character that is neither blank nor in a comment.
 */
export function splitStatements(sql: string): Statement[] {
  const tokens = tokenize(sql);
  const statements: Statement[] = [];
  let next = 0; // the first token not yet passed: statements come in order
  for (const item of splitQuery(maskHashComments(sql, tokens), SPLITTER_OPTIONS)) {
    if (typeof item === "string") continue; // only returned without returnRichInfo
    // Taken from the original text, not the masked one, so `#` comments stay in the statement.
    const start = item.start.position;
    const end = item.end.position;
    while (next < tokens.length && tokens[next]!.start < start) next++;
    // The statement's first significant token, read from the whole text's tokens. A token that
    // straddles the statement's start (the splitter cut inside it) is read from the statement's own.
    const straddles = next > 0 && tokens[next - 1]!.start + tokens[next - 1]!.text.length > start;
    const first = straddles ? firstSignificant(tokenize(sql.slice(start, end))) : firstSignificant(tokens, next, end);
    if (!first) continue;
    const text = sql.slice(start, end).trim();
    const line = straddles ? item.start.line + 1 + first.line : first.line + 1;
    statements.push({ text, line, index: statements.length });
  }
  return statements;
}

/**
 * The splitter knows `--` and `/* *\/` but not MySQL's `#` comments, so a quote or `;` inside
 * one would cut a statement short. Blanking them (same length, newlines kept) before splitting
 * keeps every offset true.
 */
function maskHashComments(sql: string, tokens: readonly SqlToken[]): string {
  if (!sql.includes("#")) return sql;
  return tokens
    .map((t) => (t.kind === "comment" && t.text.startsWith("#") ? " ".repeat(t.text.length) : t.text))
    .join("");
}
