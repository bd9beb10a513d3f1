import { alterTableText, executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.disallow-change",
  description:
    "Flags ALTER TABLE … CHANGE [COLUMN]: it renames and redefines in one clause, so a slip in the name or the " +
    "type goes unnoticed. Use MODIFY to redefine and RENAME COLUMN to rename.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    return executedStatements(normalised).flatMap((s) => {
      const alter = alterTableText(s);
      return (alter?.clauses ?? [])
        .filter((clause) => clause[0]?.upper === "CHANGE")
        .map((): Finding => ({
          title: "CHANGE COLUMN",
          content: `Use MODIFY COLUMN (or RENAME COLUMN) on ${alter!.table} instead of CHANGE COLUMN.`,
        }));
    });
  },
};

export default rule;
