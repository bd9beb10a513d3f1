import { executedStatements } from "../executed";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "table.disallow-partition",
  description:
    "Disallows creating partitioned tables and partitioning a table (PARTITION BY, ADD PARTITION). Read from " +
    "the statement's text, so it holds on statements the grammar reads through an engine's layer too.",
  defaultLevel: "WARNING",
  check() {
    return []; // checkText does the work, on every statement alike.
  },
  checkText(normalised) {
    const partitioned = executedStatements(normalised).some((s) => {
      const isTableDdl =
        (s[0]?.upper === "CREATE" || s[0]?.upper === "ALTER") && s.slice(0, 4).some((w) => w.upper === "TABLE");
      return (
        isTableDdl &&
        s.some(
          (w, i) => w.depth === 0 && w.upper === "PARTITION" && (s[i + 1]?.upper === "BY" || s[i - 1]?.upper === "ADD"),
        )
      );
    });
    return partitioned
      ? [
          {
            title: "Partitioned table",
            content:
              "Partitioning is not allowed here; use an ordinary table and an index on the column you meant to partition by.",
          },
        ]
      : [];
  },
};

export default rule;
