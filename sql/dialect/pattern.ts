// A small grammar notation for what the MySQL grammar lacks, read over the MySQL lexer's tokens.
// Each extension (a TiDB statement, a MariaDB clause) is written once, as its reference page's
// EBNF, and matched with backtracking:
//
//   WORD          a keyword, any case            'x'     a symbol (`'='`, `'('`, `','`)
//   [ a b ]       optional                       ( a | b )   alternatives
//   a*  a+        repeated                       a@label     the text a matched, kept as label
//   name names int string value expr group sql user rest    see READERS below
import { CharStreams, CommonTokenStream, Token } from "antlr4ng";
import { MySqlLexer } from "../../node_modules/dt-sql-parser/dist/lib/mysql/MySqlLexer";

export interface SqlToken {
  text: string;
  /** Upper case for words; the text for everything else. */
  upper: string;
  kind: "word" | "identifier" | "string" | "number" | "variable" | "symbol";
  /** Offsets in the text lexed: first character, and one past the last. */
  start: number;
  end: number;
  /** Parenthesis depth before the token. */
  depth: number;
}

/** The significant tokens of `text` (comments and spaces left out), as the MySQL lexer reads them. */
export function lex(text: string): SqlToken[] {
  const stream = new CommonTokenStream(new MySqlLexer(CharStreams.fromString(text)));
  stream.fill();
  const out: SqlToken[] = [];
  let depth = 0;
  for (const token of stream.getTokens()) {
    if (token.channel !== Token.DEFAULT_CHANNEL || token.type === Token.EOF) continue;
    const raw = token.text ?? "";
    if (raw === ")") depth = Math.max(0, depth - 1);
    const kind = kindOf(raw);
    out.push({
      text: raw,
      upper: kind === "word" ? raw.toUpperCase() : raw,
      kind,
      start: token.start,
      end: token.stop + 1,
      depth,
    });
    if (raw === "(") depth++;
  }
  return out;
}

function kindOf(text: string): SqlToken["kind"] {
  const first = text[0] ?? "";
  if (first === "`") return "identifier";
  if (first === "'" || first === '"' || /^[nN_][A-Za-z0-9]*'/.test(text)) return "string";
  if (first === "@") return "variable";
  if (/^[0-9.]/.test(first) && /^[0-9.eE+-xXa-fA-F]+$/.test(text) && text !== ".") return "number";
  if (/^[A-Za-z_$\u0080-\uffff]/.test(first)) return "word";
  return "symbol";
}

type Element =
  | { type: "keyword"; word: string }
  | { type: "symbol"; text: string }
  | { type: "reader"; name: string }
  | { type: "sequence"; items: Element[] }
  | { type: "choice"; options: Element[] }
  | { type: "optional"; item: Element }
  | { type: "repeat"; item: Element; min: number }
  | { type: "label"; item: Element; label: string };

export interface Pattern {
  source: string;
  root: Element;
}

/** What a match found: where it ends, and the text of each labelled part. */
export interface Match {
  end: number;
  labels: Record<string, string>;
}

/** Reads a whole statement for the `sql` reader: true when the tokens from..to form one statement. */
export type StatementCheck = (from: number, to: number) => boolean;

interface Matcher {
  tokens: readonly SqlToken[];
  text: string;
  labels: Record<string, string>;
  readsStatement: StatementCheck;
}

type Continuation = (position: number) => boolean;

const READERS: Record<string, (m: Matcher, i: number, k: Continuation) => boolean> = {
  /** An identifier, possibly qualified: `t`, `db.t`, `` `db`.`t` ``, `db.t.c`. */
  name(m, i, k) {
    if (!isName(m.tokens[i])) return false;
    let j = i + 1;
    while (m.tokens[j]?.text === "." && isName(m.tokens[j + 1])) j += 2;
    // The lexer reads `t.c` as `t` and `.c` in some positions.
    while (m.tokens[j]?.kind === "number" && m.tokens[j]?.text.startsWith(".")) j++;
    return k(j);
  },
  names(m, i, k) {
    return list(m, i, k, READERS.name);
  },
  /** A whole number, optionally signed. */
  int(m, i, k) {
    const signed = m.tokens[i]?.text === "-" || m.tokens[i]?.text === "+" ? 1 : 0;
    return m.tokens[i + signed]?.kind === "number" ? k(i + signed + 1) : false;
  },
  ints(m, i, k) {
    return list(m, i, k, READERS.int);
  },
  string(m, i, k) {
    return m.tokens[i]?.kind === "string" ? k(i + 1) : false;
  },
  strings(m, i, k) {
    return list(m, i, k, READERS.string);
  },
  /** One literal or word: a string, a number, a word, a quoted name, a variable. */
  value(m, i, k) {
    const token = m.tokens[i];
    if (!token || token.kind === "symbol") return READERS.int(m, i, k);
    return k(i + 1);
  },
  /** `word = value` pairs separated by commas. */
  assignments(m, i, k) {
    const one = (mm: Matcher, at: number, kk: Continuation): boolean =>
      READERS.name(mm, at, (j) => mm.tokens[j]?.text === "=" && READERS.expr(mm, j + 1, kk));
    return list(m, i, k, one);
  },
  /** A parenthesised group, balanced. */
  group(m, i, k) {
    if (m.tokens[i]?.text !== "(") return false;
    const depth = m.tokens[i]!.depth;
    let j = i + 1;
    while (j < m.tokens.length && !(m.tokens[j]!.text === ")" && m.tokens[j]!.depth === depth)) j++;
    return j < m.tokens.length ? k(j + 1) : false;
  },
  /** One or more tokens, balanced in parentheses, as few as what follows allows. */
  expr(m, i, k) {
    let open = 0;
    for (let j = i; j < m.tokens.length; j++) {
      const token = m.tokens[j]!;
      if (token.text === ";" && open === 0) return false;
      if (token.text === "(") open++;
      else if (token.text === ")" && --open < 0) return false;
      if (open === 0 && k(j + 1)) return true;
    }
    return false;
  },
  /** A statement of the grammar (with the engine's extensions), as few tokens as what follows allows. */
  sql(m, i, k) {
    for (let j = i + 1; j <= m.tokens.length; j++) if (k(j) && m.readsStatement(i, j)) return true;
    return false;
  },
  /** An account: `name`, `'name'@'host'`, `name@host`, CURRENT_USER. */
  user(m, i, k) {
    const token = m.tokens[i];
    if (!token || (token.kind !== "word" && token.kind !== "string" && token.kind !== "identifier")) return false;
    let j = i + 1;
    if (m.tokens[j]?.kind === "variable") j++;
    else if (m.tokens[j]?.text === "@" && m.tokens[j + 1]) j += 2;
    if (m.tokens[j]?.text === "(" && m.tokens[j + 1]?.text === ")") j += 2;
    return k(j);
  },
  /** Everything to the end of the statement. */
  rest(m, _i, k) {
    return k(m.tokens.length);
  },
};

function isName(token: SqlToken | undefined): boolean {
  return token !== undefined && (token.kind === "word" || token.kind === "identifier");
}

function list(
  m: Matcher,
  i: number,
  k: Continuation,
  one: (m: Matcher, i: number, k: Continuation) => boolean,
): boolean {
  return one(m, i, (j) => (m.tokens[j]?.text === "," && list(m, j + 1, k, one)) || k(j));
}

function run(m: Matcher, element: Element, i: number, k: Continuation): boolean {
  switch (element.type) {
    case "keyword":
      return m.tokens[i]?.kind === "word" && m.tokens[i]!.upper === element.word ? k(i + 1) : false;
    case "symbol":
      return m.tokens[i]?.text === element.text ? k(i + 1) : false;
    case "reader": {
      const reader = READERS[element.name];
      if (!reader) throw new Error(`unknown reader ${element.name}`);
      return reader(m, i, k);
    }
    case "sequence": {
      const step = (index: number, at: number): boolean =>
        index === element.items.length ? k(at) : run(m, element.items[index]!, at, (j) => step(index + 1, j));
      return step(0, i);
    }
    case "choice":
      return element.options.some((option) => run(m, option, i, k));
    case "optional":
      return run(m, element.item, i, k) || k(i);
    case "repeat": {
      const again = (count: number, at: number): boolean =>
        run(m, element.item, at, (j) => j > at && again(count + 1, j)) || (count >= element.min && k(at));
      return again(0, i);
    }
    case "label":
      return run(m, element.item, i, (j) => {
        const from = m.tokens[i];
        const to = m.tokens[j - 1];
        if (from && to) m.labels[element.label] = m.text.slice(from.start, to.end);
        return k(j);
      });
  }
}

/** Compiles a pattern written in the notation above; throws on a malformed one. */
export function pattern(source: string): Pattern {
  const parts = source.match(/'[^']*'|[[\]()|*+]|@[a-z_]+|[^\s[\]()|*+@']+/g) ?? [];
  let at = 0;
  const sequence = (closers: string[]): Element => {
    const options: Element[][] = [[]];
    while (at < parts.length && !closers.includes(parts[at]!)) {
      const part = parts[at++]!;
      if (part === "|") {
        options.push([]);
        continue;
      }
      let element: Element;
      if (part === "[") {
        element = { type: "optional", item: sequence(["]"]) };
        at++;
      } else if (part === "(") {
        element = sequence([")"]);
        at++;
      } else if (part.startsWith("'")) element = { type: "symbol", text: part.slice(1, -1) };
      else if (/^[A-Z_0-9]+$/.test(part)) element = { type: "keyword", word: part };
      else if (/^[a-z]+$/.test(part)) element = { type: "reader", name: part };
      else throw new Error(`pattern "${source}": cannot read "${part}"`);
      for (;;) {
        const next = parts[at];
        if (next === "*" || next === "+") {
          element = { type: "repeat", item: element, min: next === "+" ? 1 : 0 };
          at++;
        } else if (next?.startsWith("@")) {
          element = { type: "label", item: element, label: next.slice(1) };
          at++;
        } else break;
      }
      options[options.length - 1]!.push(element);
    }
    const alternatives = options.map((items): Element =>
      items.length === 1 ? items[0]! : { type: "sequence", items },
    );
    return alternatives.length === 1 ? alternatives[0]! : { type: "choice", options: alternatives };
  };
  const root = sequence([]);
  if (at !== parts.length) throw new Error(`pattern "${source}": unbalanced at "${parts[at]}"`);
  return { source, root };
}

/**
 * Matches `p` at token `from`. `accept` decides whether a match may end at a position (the whole
 * statement for statement readers, a clause boundary for clauses); the first accepted match wins.
 */
export function matchAt(
  p: Pattern,
  tokens: readonly SqlToken[],
  text: string,
  from: number,
  accept: (end: number) => boolean,
  readsStatement: StatementCheck,
): Match | undefined {
  const matcher: Matcher = { tokens, text, labels: {}, readsStatement };
  let end = -1;
  const found = run(matcher, p.root, from, (j) => {
    if (!accept(j)) return false;
    end = j;
    return true;
  });
  return found ? { end, labels: matcher.labels } : undefined;
}

/** The keywords a match of `p` can start with (for indexing readers by a statement's first word). */
export function leadingKeywords(p: Pattern): Set<string> {
  const found = new Set<string>();
  // Returns whether the element can match nothing, so the next one may lead too.
  const visit = (element: Element): boolean => {
    switch (element.type) {
      case "keyword":
        found.add(element.word);
        return false;
      case "symbol":
      case "reader":
        return false;
      case "sequence":
        return element.items.every((item) => visit(item));
      case "choice":
        return element.options.map((option) => visit(option)).some(Boolean);
      case "optional":
        visit(element.item);
        return true;
      case "repeat":
        return visit(element.item) || element.min === 0;
      case "label":
        return visit(element.item);
    }
  };
  visit(p.root);
  return found;
}
