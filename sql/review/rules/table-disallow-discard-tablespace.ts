import { alterTableText, executedStatements } from "../executed";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "table.disallow-discard-tablespace",
  description:
    "Refuses ALTER TABLE … DISCARD [PARTITION …] TABLESPACE, in any spelling and on statements the parser " +
    "cannot read: InnoDB deletes the table's (or the partitions') data file, and every row with it.",
  defaultLevel: "ERROR",
  check() {
    return []; // checkText does the work, on every statement alike.
  },
  checkText(normalised) {
    return executedStatements(normalised).flatMap((statement) => {
      const alter = alterTableText(statement);
      // DISCARD PARTITION follows other clauses without a comma, so any DISCARD TABLESPACE or PARTITION counts.
      const discards = alter?.clauses.some((clause) =>
        clause.some(
          (w, i) => w.upper === "DISCARD" && ["TABLESPACE", "PARTITION"].includes(clause[i + 1]?.upper ?? ""),
        ),
      );
      if (!alter || !discards) return [];
      return [
        {
          title: "Discarding a tablespace is not allowed",
          content:
            `The statement deletes the data file of ${alter.table}, and with it every row, until a copy is ` +
            "imported again. Move data between servers with a dump or a replica; discard a tablespace by hand, " +
            "outside the protected default, with the file you will import in hand.",
        },
      ];
    });
  },
};

export default rule;
