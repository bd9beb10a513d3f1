// Executable comments, read the way each engine's server runs them, so that a parser sees the
// statement the server will execute:
//
// - `/*! … */` and `/*!50100 … */` (MySQL): code on MySQL and MariaDB when the server's version
//   is at least the one written (Mmmrr, or MMmmrr with six digits); code on TiDB whatever the
//   version ("in TiDB, the MySQL version number does not work and all contents in the comment
//   are processed" — TiDB's comment-syntax page).
// - `/*M! … */` and `/*M!100201 … */` (MariaDB): code on MariaDB under the same version rule, a
//   comment elsewhere.
// - `/*T! … */` and `/*T![feature] … */` (TiDB): code on TiDB (with a feature list, only when the
//   target implements every feature named), a comment elsewhere.
//
// A comment read as code loses only its markers, which become spaces: the text keeps its length
// and every offset, so positions a parser reports are positions in what the user wrote.
import type { Engine } from "./engine";

/** Feature ids of `/*T![…]` comments that current TiDB implements (pingcap/tidb `pkg/parser/ast`). */
export const TIDB_FEATURES: ReadonlySet<string> = new Set([
  "auto_rand",
  "auto_id_cache",
  "auto_rand_base",
  "clustered_index",
  "force_inc",
  "placement",
  "ttl",
  "resource_group",
  "global_index",
  "pre_split",
]);

export interface ReadOptions {
  /**
   * The server's version in the comment form: Mmmrr for MySQL (8.0.36 is 80036), MMmmrr for
   * MariaDB (10.11.9 is 101109). Unknown: every versioned comment is read as code, the side that
   * over-reads rather than hides a statement from review.
   */
  version?: number;
  /** `/*T![…]` feature ids the TiDB target implements; `TIDB_FEATURES` when not given. */
  tidbFeatures?: ReadonlySet<string>;
}

export interface ExecutableComment {
  /** Offset of `/*`. */
  start: number;
  /** Offset just past `*\/`. */
  end: number;
  /** Whose syntax the comment is written in. */
  syntax: "mysql" | "mariadb" | "tidb";
  /** The version written after `!`, if any. */
  version?: number;
  /** The feature ids written in `/*T![…]`, if any. */
  features?: string[];
  /** Whether the engine runs the body as code. */
  code: boolean;
}

export interface ReadResult {
  /** The text with the markers of every comment read as code blanked; same length as the input. */
  text: string;
  comments: ExecutableComment[];
}

const OPENER = /^\/\*(?:!|([Mm])!|([Tt])!(?:\[([^\]\s]*)\])?)/;
const VERSION = /^\d{5,6}/;

/** Reads `sql` as `engine` does: the executable comments it runs become code, the rest stay comments. */
export function readExecutableComments(sql: string, engine: Engine, options: ReadOptions = {}): ReadResult {
  const comments: ExecutableComment[] = [];
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < sql.length) {
    const skipped = skipNonCode(sql, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const opener = sql.startsWith("/*", i) ? OPENER.exec(sql.slice(i, i + 200)) : null;
    if (!opener) {
      i++;
      continue;
    }
    const [, mariadbMark, tidbMark, featureList] = opener;
    // Six digits if there are six, else five, else no version (such digits are code).
    const versionText = tidbMark
      ? undefined
      : VERSION.exec(sql.slice(i + opener[0].length, i + opener[0].length + 6))?.[0];
    const bodyStart = i + opener[0].length + (versionText?.length ?? 0);
    const close = findClose(sql, bodyStart);
    if (close < 0) break; // unterminated: the server refuses it, and so will the parser
    const comment: ExecutableComment = { start: i, end: close + 2, syntax: "mysql", code: false };
    if (tidbMark) {
      comment.syntax = "tidb";
      if (featureList !== undefined) comment.features = featureList.split(",").filter(Boolean);
      const known = options.tidbFeatures ?? TIDB_FEATURES;
      comment.code = engine === "TIDB" && (comment.features ?? []).every((f) => known.has(f.toLowerCase()));
    } else {
      if (mariadbMark) comment.syntax = "mariadb";
      if (versionText !== undefined) comment.version = Number(versionText);
      const versionHolds =
        comment.version === undefined || options.version === undefined || comment.version <= options.version;
      comment.code = mariadbMark ? engine === "MARIADB" && versionHolds : engine === "TIDB" || versionHolds;
    }
    comments.push(comment);
    if (comment.code) {
      out += sql.slice(copied, i) + " ".repeat(bodyStart - i) + sql.slice(bodyStart, close) + "  ";
      copied = close + 2;
    }
    i = close + 2;
  }
  return { text: out + sql.slice(copied), comments };
}

/** The `*\/` that ends a comment body, past any string in it; -1 when there is none. */
function findClose(sql: string, from: number): number {
  let j = from;
  while (j < sql.length) {
    const ch = sql[j];
    if (ch === "'" || ch === '"' || ch === "`") j = skipQuoted(sql, j, ch);
    else if (ch === "*" && sql[j + 1] === "/") return j;
    else j++;
  }
  return -1;
}

/**
 * Past a string, a quoted identifier or a plain comment starting at `i` (inside which `/*!` is
 * not an executable comment); `i` itself when none starts there.
 */
function skipNonCode(sql: string, i: number): number {
  const ch = sql[i];
  if (ch === "'" || ch === '"' || ch === "`") return skipQuoted(sql, i, ch);
  // `--` starts a comment only when a space, a control character or the end follows it.
  const dashComment = ch === "-" && sql[i + 1] === "-" && (i + 2 >= sql.length || /[\s\x00-\x1f]/.test(sql[i + 2]));
  if (ch === "#" || dashComment) {
    const newline = sql.indexOf("\n", i);
    return newline < 0 ? sql.length : newline + 1;
  }
  if (ch === "/" && sql[i + 1] === "*" && !OPENER.test(sql.slice(i, i + 4))) {
    const close = sql.indexOf("*/", i + 2);
    return close < 0 ? sql.length : close + 2;
  }
  return i;
}

/** Quotes double to escape themselves; in strings a backslash escapes the next character. */
function skipQuoted(sql: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === "\\" && quote !== "`") j += 2;
    else if (sql[j] === quote && sql[j + 1] === quote) j += 2;
    else if (sql[j] === quote) return j + 1;
    else j++;
  }
  return sql.length;
}
