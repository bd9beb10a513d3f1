// A change's SQL text as a list of statements, with the line each one starts on.
import { mysqlSplitterOptions, splitQuery } from "dbgate-query-splitter";
import { tokenize } from "./tokens";
import type { Statement } from "./types";

const SPLITTER_OPTIONS = { ...mysqlSplitterOptions, returnRichInfo: true };

/**
 * Splits SQL text into statements. `DELIMITER` lines are honoured (routine bodies stay whole);
 * statements holding only comments or nothing are dropped. A statement's `line` is the line of
 * its first character that is neither blank nor in a comment.
 */
export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  for (const item of splitQuery(maskHashComments(sql), SPLITTER_OPTIONS)) {
    if (typeof item === "string") continue; // only returned without returnRichInfo
    // Taken from the original text, not the masked one, so `#` comments stay in the statement.
    const raw = sql.slice(item.start.position, item.end.position);
    const text = raw.trim();
    const first = tokenize(text).find((t) => t.kind !== "space" && t.kind !== "comment");
    if (!first) continue;
    const leading = raw.slice(0, raw.length - raw.trimStart().length);
    const line = item.start.line + 1 + countNewlines(leading) + first.line;
    statements.push({ text, line, index: statements.length });
  }
  return statements;
}

/**
 * The splitter knows `--` and `/* *\/` but not MySQL's `#` comments, so a quote or `;` inside
 * one would cut a statement short. Blanking them (same length, newlines kept) before splitting
 * keeps every offset true.
 */
function maskHashComments(sql: string): string {
  let out = "";
  for (const token of tokenize(sql)) {
    out += token.kind === "comment" && token.text.startsWith("#") ? " ".repeat(token.text.length) : token.text;
  }
  return out;
}

function countNewlines(text: string): number {
  return text.split("\n").length - 1;
}
