import { isNode, lineOf, root, stringOf, walk } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.where.no-leading-wildcard-like",
  description:
    "Disallows LIKE and NOT LIKE patterns that start with %: no index can serve them, so the statement reads " +
    "every row.",
  defaultLevel: "WARNING",
  check(context) {
    const findings: Finding[] = [];
    walk(root(context), (node) => {
      const operator = String(node.operator ?? "").toUpperCase();
      if (node.type !== "binary_expr" || (operator !== "LIKE" && operator !== "NOT LIKE")) return;
      const pattern =
        isNode(node.right) && String(node.right.type).endsWith("string") ? stringOf(node.right) : undefined;
      if (pattern?.startsWith("%")) {
        findings.push({
          title: "LIKE pattern starts with %",
          content: `The pattern '${pattern}' cannot use an index. Anchor it at the start, or search with a full-text index.`,
          line: lineOf(context, node.left),
        });
      }
    });
    return findings;
  },
};

export default rule;
