import { executedStatements, qualifiedNameAt } from "../executed";
import { stringValue, unquote, type Word } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

/** Words that end a WHERE clause at its own depth. */
/** Each comparison with its sides swapped: `0 < id` reads as `id > 0`. */
const FLIPPED: Record<string, string> = { ">": "<", "<": ">", ">=": "<=", "<=": ">=" };
const AFTER_WHERE = new Set(["ORDER", "LIMIT", "RETURNING", "FOR", "LOCK", "GROUP", "HAVING", "WINDOW", "UNION"]);

const rule: RuleDefinition = {
  id: "statement.where.disallow-always-true",
  description:
    "Refuses UPDATE and DELETE whose WHERE holds for every row however it is written — WHERE 1, WHERE TRUE, " +
    "WHERE 1 = 1, WHERE 'a' = 'a', WHERE x = x, WHERE id > 0 (a key or number compared with what every row passes), " +
    "a true branch of an OR — in any spelling, stored-program bodies and TiDB's BATCH included.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised, context) {
    const findings: Finding[] = [];
    for (const statement of executedStatements(normalised)) {
      const verb = statement[0]?.upper;
      if (verb !== "UPDATE" && verb !== "DELETE") continue;
      const depth = statement[0]!.depth;
      const where = statement.findIndex((w) => w.depth === depth && w.upper === "WHERE");
      if (where < 0) continue; // no WHERE at all: statement.where.require-update-delete's case
      let end = where + 1;
      while (end < statement.length && !(statement[end]!.depth === depth && AFTER_WHERE.has(statement[end]!.upper)))
        end++;
      const condition = statement.slice(where + 1, end);
      if (!alwaysTrue(condition)) continue;
      const table = subjectTable(statement);
      const rows = table ? context.catalog?.rowEstimate(table) : undefined;
      findings.push({
        title: `${verb} whose WHERE holds for every row`,
        content:
          `WHERE ${condition.map((w) => w.text).join(" ")} holds for every row, so the ${verb} changes all of ` +
          `${table || "the table"}${rows === undefined ? "" : ` (about ${rows} rows)`}, as if it had no WHERE. ` +
          "Write the condition that selects the rows you mean.",
      });
    }
    return findings;
  },
};

/** The table an UPDATE or DELETE names first. */
function subjectTable(statement: readonly Word[]): string {
  let i = 1;
  const skip = new Set(["LOW_PRIORITY", "QUICK", "IGNORE", "FROM"]);
  while (statement[i] && skip.has(statement[i]!.upper)) i++;
  return statement[i] ? qualifiedNameAt(statement, i) : "";
}

/** Whether a condition holds for every row: some OR branch holds, each of its AND terms does. */
export function alwaysTrue(condition: readonly Word[]): boolean {
  const terms = stripParentheses(condition);
  return splitAt(terms, "OR").some((branch) =>
    splitAt(branch, "AND").every((term) => termAlwaysTrue(stripParentheses(term))),
  );
}

function termAlwaysTrue(term: readonly Word[]): boolean {
  if (term.length === 0) return false;
  if (term.length > 1 && (term[0]!.upper === "OR" || term[0]!.upper === "AND")) return false;
  if (splitAt(term, "OR").length > 1 || splitAt(term, "AND").length > 1) return alwaysTrue(term);
  if (term[0]!.upper === "NOT") return alwaysFalse(stripParentheses(term.slice(1)));
  if (term.length === 1) return truthy(term[0]!);
  // The lexer gives `>=`, `<>`, `!=` as two symbols.
  const operator = term.slice(1, -1);
  if (term.length >= 3 && term.length <= 4 && operator.every((w) => w.kind === "symbol"))
    return comparisonAlwaysTrue(term[0]!, operator.map((w) => w.text).join(""), term[term.length - 1]!);
  // `x IS NOT NULL OR …` is left to the schema; `x LIKE '%'` matches every non-null value.
  if (term.length === 3 && term[1]!.upper === "LIKE" && term[2]!.kind === "string")
    return stringValue(term[2]!.text) === "%";
  return false;
}

function alwaysFalse(term: readonly Word[]): boolean {
  return term.length === 1 && (term[0]!.upper === "FALSE" || (term[0]!.kind === "word" && /^0+$/.test(term[0]!.text)));
}

function truthy(word: Word): boolean {
  if (word.upper === "TRUE") return true;
  const value = literal(word);
  return typeof value === "number" && value !== 0;
}

function literal(word: Word): number | string | undefined {
  if (word.kind === "string") return stringValue(word.text);
  if (word.kind === "word" && /^-?\d+(\.\d+)?$/.test(word.text)) return Number(word.text);
  return undefined;
}

function comparisonAlwaysTrue(left: Word, operator: string, right: Word): boolean {
  const a = literal(left);
  const b = literal(right);
  if (a !== undefined && b !== undefined) return compare(a, operator, b);
  // The same column on both sides: true for every row where it is set.
  if (a === undefined && b === undefined)
    return (
      unquote(left.text).toLowerCase() === unquote(right.text).toLowerCase() && ["=", "<=", ">="].includes(operator)
    );
  // A column against a bound every key passes: id > 0, id >= 0, 0 < id.
  const bound = typeof a === "number" ? a : typeof b === "number" ? b : undefined;
  if (bound === undefined) return false;
  const flipped = a !== undefined ? FLIPPED[operator] : operator;
  return (flipped === ">" && bound <= 0) || (flipped === ">=" && bound <= 0);
}

function compare(a: number | string, operator: string, b: number | string): boolean {
  switch (operator) {
    case "=":
      return a === b;
    case "<>":
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    case ">=":
      return a >= b;
    default:
      return false;
  }
}

function splitAt(words: readonly Word[], operator: "OR" | "AND"): Word[][] {
  const depth = words[0]?.depth ?? 0;
  const parts: Word[][] = [[]];
  const symbol = operator === "OR" ? "||" : "&&";
  for (const word of words) {
    if (word.depth === depth && (word.upper === operator || word.text === symbol)) parts.push([]);
    else parts[parts.length - 1]!.push(word);
  }
  return parts;
}

/** `(x)` and `((x))` read as `x`. */
function stripParentheses(words: readonly Word[]): Word[] {
  let rest = [...words];
  while (rest.length >= 2 && rest[0]!.text === "(" && rest[rest.length - 1]!.text === ")") {
    const open = rest[0]!.depth;
    // Only when the two parentheses are a pair: no closing at the opener's depth in between.
    if (rest.slice(1, -1).some((w) => w.text === ")" && w.depth === open)) break;
    rest = rest.slice(1, -1);
  }
  return rest;
}

export default rule;
