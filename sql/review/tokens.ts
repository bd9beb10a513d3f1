// SQL text as MySQL and TiDB read it: a small lexer for the reviewer's text paths. It knows
// exactly what changes meaning in a MySQL-family statement — quoting, the three comment forms
// and the executable comments the server runs — and nothing of the grammar.

export type TokenKind = "word" | "identifier" | "string" | "symbol" | "comment" | "space";

export interface SqlToken {
  kind: TokenKind;
  /** The token as written. For executable-comment markers (`/*!50001`, `*\/`) a `space` token. */
  text: string;
  /** Offset in the scanned text. */
  start: number;
  /** 0-based line in the scanned text. */
  line: number;
}

/** A significant token with its parenthesis depth, as text rules read a statement. */
export interface Word {
  kind: Exclude<TokenKind, "comment" | "space">;
  text: string;
  /** Upper-cased text for words; the text unchanged for everything else. */
  upper: string;
  depth: number;
  /** 0-based line in the scanned text. */
  line: number;
}

/**
 * The opener of an executable comment: MySQL `/*!` with an optional version, TiDB `/*T![feature]`
 * and MariaDB `/*M!` with an optional version. All three are unwrapped whatever the engine: for
 * review, over-reading a comment another engine would skip is the safe side.
 */
const EXECUTABLE_OPENER = /^\/\*(?:!\d{0,6}|[Tt]!(?:\[[^\]]*\])?|[Mm]!\d{0,6})/;

/** Splits SQL text into tokens; concatenating their `text` gives the input back. */
/** How many texts' tokens and words are kept: a statement's, as every rule of its review asks for them. */
const TEXTS_KEPT = 64;
const tokensKept = new Map<string, readonly SqlToken[]>();

/**
 * The tokens of SQL text, shared and frozen: a review tokenizes each statement for splitting,
 * normalising, the parser's text and its rules, and the last few texts' tokens are kept.
 */
export function tokenize(sql: string): readonly SqlToken[] {
  const kept = tokensKept.get(sql);
  if (kept) return kept;
  const out = Object.freeze(tokensOf(sql));
  if (tokensKept.size >= TEXTS_KEPT) tokensKept.clear();
  tokensKept.set(sql, out);
  return out;
}

function tokensOf(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let line = 0;
  let i = 0;
  let insideExecutable = false;
  const push = (kind: TokenKind, end: number): void => {
    tokens.push({ kind, text: sql.slice(i, end), start: i, line });
    // Only spaces, comments and quoted text hold newlines; words and symbols never do.
    if (kind !== "word" && kind !== "symbol") {
      for (let n = sql.indexOf("\n", i); n >= 0 && n < end; n = sql.indexOf("\n", n + 1)) line++;
    }
    i = end;
  };
  while (i < sql.length) {
    const code = sql.charCodeAt(i);
    const next = sql.charCodeAt(i + 1);
    if (isSpace(code)) {
      let end = i + 1;
      while (end < sql.length && isSpace(sql.charCodeAt(end))) end++;
      push("space", end);
    } else if (insideExecutable && code === STAR && next === SLASH) {
      insideExecutable = false;
      push("space", i + 2);
    } else if (code === SLASH && next === STAR) {
      const opener = EXECUTABLE_OPENER.exec(sql.slice(i, i + 64));
      if (opener && !insideExecutable) {
        insideExecutable = true;
        push("space", i + opener[0].length);
      } else {
        const close = sql.indexOf("*/", i + 2);
        push("comment", close < 0 ? sql.length : close + 2);
      }
    } else if (code === HASH || (code === DASH && next === DASH && isDashCommentEnd(sql.charCodeAt(i + 2)))) {
      const newline = sql.indexOf("\n", i);
      push("comment", newline < 0 ? sql.length : newline);
    } else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE || code === BACKTICK) {
      push(code === BACKTICK ? "identifier" : "string", quotedEnd(sql, i));
    } else if (isWordChar(code)) {
      let end = i + 1;
      while (end < sql.length && isWordChar(sql.charCodeAt(end))) end++;
      push("word", end);
    } else {
      push("symbol", i + 1);
    }
  }
  return tokens;
}

const [SLASH, STAR, HASH, DASH, SINGLE_QUOTE, DOUBLE_QUOTE, BACKTICK] = [..."/*#-'\"`"].map((c) => c.charCodeAt(0));

/**
 * MySQL's whitespace: space, \t, \n, \v, \f, \r. ASCII only: a no-break space or any other
 * character past U+007F belongs to an identifier, so `x\u00a0a.t` names database "x\u00a0a", not `a`.
 */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** [A-Za-z0-9_$] and every character past U+007F. */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 36 || // $
    code > 127
  );
}

/** The first token from `from` that is neither blank nor a comment, starting before offset `end`. */
export function firstSignificant(tokens: readonly SqlToken[], from = 0, end = Infinity): SqlToken | undefined {
  for (let i = from; i < tokens.length && tokens[i]!.start < end; i++) {
    const token = tokens[i]!;
    if (token.kind !== "space" && token.kind !== "comment") return token;
  }
  return undefined;
}

/** MySQL needs whitespace (or the end) after `--` for a comment; `1--1` is arithmetic. */
function isDashCommentEnd(code: number): boolean {
  return Number.isNaN(code) || isSpace(code);
}

/** End offset of a quoted token: doubled quotes and (outside backticks) backslashes escape. */
function quotedEnd(sql: string, start: number): number {
  const quote = sql[start];
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === "\\" && quote !== "`") i += 2;
    else if (sql[i] === quote && sql[i + 1] === quote) i += 2;
    else if (sql[i] === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

/**
 * The statement as the server executes it, for text rules: comments removed, executable comments
 * unwrapped (or, with `executable: "drop"`, removed with their content), every run of whitespace
 * one space. Quoted text is kept as written.
 */
export function normalise(sql: string, executable: "unwrap" | "drop" = "unwrap"): string {
  // Parts joined once at the end: reading back a string built by += flattens it every time.
  const parts: string[] = [];
  let spaced = true;
  let dropping = false;
  for (const token of tokenize(sql)) {
    // An executable comment's opener and closer are space tokens; with "drop", what is between goes too.
    const isOpener = token.kind === "space" && token.text.startsWith("/*");
    if (isOpener) dropping = executable === "drop";
    const blank = token.kind === "space" || token.kind === "comment" || dropping;
    if (token.kind === "space" && token.text === "*/") dropping = false;
    if (!blank) parts.push(token.text);
    else if (!spaced) parts.push(" ");
    spaced = blank;
  }
  return parts.join("").trimEnd();
}

const wordsKept = new Map<string, readonly Word[]>();

/**
 * The significant tokens of (normalised) SQL text with their parenthesis depth. Shared and
 * frozen: the review's rules ask for the same statement's words dozens of times, and the last
 * few texts' words are kept.
 */
export function words(sql: string): readonly Word[] {
  const kept = wordsKept.get(sql);
  if (kept) return kept;
  const out = Object.freeze(wordsOf(sql));
  if (wordsKept.size >= TEXTS_KEPT) wordsKept.clear();
  wordsKept.set(sql, out);
  return out;
}

function wordsOf(sql: string): Word[] {
  const out: Word[] = [];
  let depth = 0;
  for (const token of tokenize(sql)) {
    if (token.kind === "space" || token.kind === "comment") continue;
    if (token.text === ")") depth = Math.max(0, depth - 1);
    out.push({
      kind: token.kind,
      text: token.text,
      upper: token.kind === "word" ? token.text.toUpperCase() : token.text,
      depth,
      line: token.line,
    });
    if (token.text === "(") depth++;
  }
  return out;
}

/** An identifier as the server reads it: backticks removed, doubled backticks undone. */
export function unquote(text: string): string {
  return text.startsWith("`") ? text.slice(1, text.endsWith("`") ? -1 : undefined).replace(/``/g, "`") : text;
}

/** A quoted SQL string's value: `'it''s'` → `it's`, backslash escapes undone. */
export function stringValue(text: string): string {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || !text.endsWith(quote) || text.length < 2) return text;
  return text
    .slice(1, -1)
    .replace(new RegExp(`${quote}${quote}`, "g"), quote)
    .replace(/\\(.)/g, "$1");
}
