import { lineOf, shapeOf } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.where.no-leading-wildcard-like",
  description:
    "Disallows LIKE and NOT LIKE patterns that start with %: no index can serve them, so the statement reads " +
    "every row.",
  defaultLevel: "WARNING",
  check(context) {
    const findings: Finding[] = [];
    for (const { pattern, offset } of shapeOf(context)?.likes ?? []) {
      if (pattern.startsWith("%")) {
        findings.push({
          title: "LIKE pattern starts with %",
          content: `The pattern '${pattern}' cannot use an index. Anchor it at the start, or search with a full-text index.`,
          line: lineOf(context, offset),
        });
      }
    }
    return findings;
  },
};

export default rule;
