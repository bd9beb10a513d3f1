import { alterTableText, executedStatements, qualifiedNameAt } from "../executed";
import type { Word } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "table.disallow-rename",
  description:
    "Refuses RENAME TABLE and ALTER TABLE … RENAME [TO | AS] in any spelling, including statements the parser " +
    "cannot read: every reader and writer of the old name fails at once.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const statement of executedStatements(normalised)) {
      if (statement[0]?.upper === "RENAME" && (statement[1]?.upper === "TABLE" || statement[1]?.upper === "TABLES")) {
        for (const pair of renamePairs(statement.slice(2))) findings.push(renamed(pair.from, pair.to));
        continue;
      }
      const alter = alterTableText(statement);
      for (const clause of alter?.clauses ?? []) {
        if (clause[0]?.upper !== "RENAME") continue;
        const next = clause[1]?.upper;
        if (next === "COLUMN" || next === "INDEX" || next === "KEY") continue;
        const at = next === "TO" || next === "AS" ? 2 : 1;
        findings.push(renamed(alter!.table, qualifiedNameAt(clause, at)));
      }
    }
    return findings;
  },
};

/** `a TO b, c TO d` (MariaDB: `IF EXISTS a WAIT n TO b`). */
function renamePairs(list: readonly Word[]): { from: string; to: string }[] {
  const pairs: { from: string; to: string }[] = [];
  let i = list[0]?.upper === "IF" && list[1]?.upper === "EXISTS" ? 2 : 0;
  while (i < list.length) {
    const from = qualifiedNameAt(list, i);
    const to = list.findIndex((w, j) => j > i && w.upper === "TO");
    if (to < 0) break;
    pairs.push({ from, to: qualifiedNameAt(list, to + 1) });
    const comma = list.findIndex((w, j) => j > to && w.text === ",");
    if (comma < 0) break;
    i = comma + 1;
  }
  return pairs;
}

function renamed(from: string, to: string): Finding {
  return {
    title: "Renaming a table is not allowed",
    content:
      `The statement renames table ${from} to ${to}: every query that names ${from} fails from then on. ` +
      "Create the new table (or a view under the old name) first, move readers and writers, then retire the old one.",
  };
}

export default rule;
