import { alterTableText, executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.disallow-changing-order",
  description:
    "Flags ALTER TABLE clauses that place a column with FIRST or AFTER: MySQL then rebuilds the table instead of " +
    "adding the column instantly, and SELECT * readers see columns move.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const s of executedStatements(normalised)) {
      const alter = alterTableText(s);
      for (const clause of alter?.clauses ?? []) {
        if (!["ADD", "MODIFY", "CHANGE"].includes(clause[0]?.upper ?? "")) continue;
        const depth = clause[0]!.depth;
        const placed = clause.find(
          (w, i) => i > 1 && w.depth === depth && (w.upper === "FIRST" || w.upper === "AFTER"),
        );
        if (placed)
          findings.push({
            title: "Column order changed",
            content: `The statement places a column of ${alter!.table} with ${placed.upper}; add columns at the end instead.`,
          });
      }
    }
    return findings;
  },
};

export default rule;
