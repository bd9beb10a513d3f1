import { alterTableText, executedStatements } from "../executed";
import { unquote } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.disallow-rename",
  description:
    "Refuses renaming a column — ALTER TABLE … RENAME COLUMN, and CHANGE [COLUMN] old new with another name — in " +
    "any spelling, including statements the parser cannot read: queries naming the old column fail at once.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const statement of executedStatements(normalised)) {
      const alter = alterTableText(statement);
      for (const clause of alter?.clauses ?? []) {
        let from: string | undefined;
        let to: string | undefined;
        if (clause[0]?.upper === "RENAME" && clause[1]?.upper === "COLUMN") {
          from = clause[2] && unquote(clause[2].text);
          to = clause[4] && unquote(clause[4].text);
        } else if (clause[0]?.upper === "CHANGE") {
          let i = clause[1]?.upper === "COLUMN" ? 2 : 1;
          if (clause[i]?.upper === "IF" && clause[i + 1]?.upper === "EXISTS") i += 2;
          from = clause[i] && unquote(clause[i]!.text);
          to = clause[i + 1] && unquote(clause[i + 1]!.text);
        }
        // MySQL compares column names without regard to case.
        if (from && to && from.toLowerCase() !== to.toLowerCase()) {
          findings.push({
            title: "Renaming a column is not allowed",
            content:
              `The statement renames column ${alter!.table}.${from} to ${to}: every query that names ${from} fails ` +
              "from then on. Add the new column, write both, move readers, then drop the old one in a later change.",
          });
        }
      }
    }
    return findings;
  },
};

export default rule;
