import { indexDefinitions, indexLabel } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "index.no-duplicate-column",
  description: "Disallows naming the same column twice in one index or key; MySQL refuses it when the statement runs.",
  defaultLevel: "ERROR",
  check(context) {
    return indexDefinitions(context).flatMap((i) => {
      const seen = new Set<string>();
      const repeated = i.columns.filter((c) => seen.size === seen.add(c.toLowerCase()).size);
      return repeated.length > 0
        ? [
            {
              title: "Column repeated in an index",
              content: `${indexLabel(i)} lists ${[...new Set(repeated)].join(", ")} more than once.`,
              line: i.line,
            },
          ]
        : [];
    });
  },
};

export default rule;
