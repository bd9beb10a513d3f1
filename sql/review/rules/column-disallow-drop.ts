import { alterTableText, executedStatements } from "../executed";
import { unquote } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

/** What `DROP x` drops when x is one of these words; any other word is a column's name. */
const NOT_COLUMNS = new Set([
  "INDEX",
  "KEY",
  "PRIMARY",
  "FOREIGN",
  "CONSTRAINT",
  "CHECK",
  "PARTITION",
  "SYSTEM",
  "DEFAULT",
  "UNIQUE",
  "FULLTEXT",
  "SPATIAL",
  "PERIOD",
]);

const rule: RuleDefinition = {
  id: "column.disallow-drop",
  description:
    "Refuses ALTER TABLE … DROP [COLUMN] in any spelling (several clauses, IF EXISTS, executable comments, " +
    "stored-program bodies), including statements the parser cannot read: the column's data is gone for good.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised, context) {
    const findings: Finding[] = [];
    for (const statement of executedStatements(normalised)) {
      const alter = alterTableText(statement);
      for (const clause of alter?.clauses ?? []) {
        if (clause[0]?.upper !== "DROP") continue;
        let i = 1;
        if (clause[i]?.upper === "COLUMN") i++;
        else if (clause[i] && clause[i]!.kind === "word" && NOT_COLUMNS.has(clause[i]!.upper)) continue;
        if (clause[i]?.upper === "IF" && clause[i + 1]?.upper === "EXISTS") i += 2;
        const column = clause[i] ? unquote(clause[i]!.text) : "a column";
        const rows = context.catalog?.rowEstimate(alter!.table);
        findings.push({
          title: "Dropping a column is not allowed",
          content:
            `The statement drops column ${column} of ${alter!.table}${rows === undefined ? "" : ` (about ${rows} rows)`} ` +
            "with its data, which no rollback restores. Stop reading and writing it first, and drop it in a change " +
            "reviewed for that, outside the protected default.",
        });
      }
    }
    return findings;
  },
};

export default rule;
