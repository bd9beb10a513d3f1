import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.where.no-equal-null",
  description:
    "Flags `= NULL`, `<> NULL` and `!= NULL` in a WHERE, ON or HAVING: the comparison is never true, so the " +
    "statement matches no row; IS [NOT] NULL was meant.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const s of executedStatements(normalised)) {
      const from = s.findIndex((w) => w.upper === "WHERE" || w.upper === "ON" || w.upper === "HAVING");
      if (from < 0) continue;
      for (let i = from + 1; i < s.length; i++) {
        if (s[i]?.upper !== "NULL") continue;
        const operator = comparison(s[i - 2]?.text, s[i - 1]?.text);
        if (!operator) continue;
        findings.push({
          title: `${operator} NULL is never true`,
          content: `A comparison with ${operator} NULL is NULL for every row, so it matches nothing. Write IS ${operator === "=" ? "" : "NOT "}NULL.`,
        });
      }
    }
    return findings;
  },
};

/** The operator the lexer's symbols spell before NULL: `=`, `!=`, `<>`; `<=>` (NULL-safe) and the rest are not ours. */
function comparison(first: string | undefined, second: string | undefined): string | undefined {
  if (second === "=") return first === "!" ? "!=" : first === "<" || first === ">" ? undefined : "=";
  if (second === ">" && first === "<") return "<>";
  return undefined;
}

export default rule;
