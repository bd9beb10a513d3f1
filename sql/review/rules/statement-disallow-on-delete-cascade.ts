import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-on-delete-cascade",
  description:
    "Refuses foreign keys with ON DELETE CASCADE in CREATE and ALTER TABLE: one DELETE then removes rows of other " +
    "tables that no statement names.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const s of executedStatements(normalised)) {
      if (s[0]?.upper !== "CREATE" && s[0]?.upper !== "ALTER") continue;
      const cascades = s.some(
        (w, i) => w.upper === "ON" && s[i + 1]?.upper === "DELETE" && s[i + 2]?.upper === "CASCADE",
      );
      if (cascades)
        findings.push({
          title: "ON DELETE CASCADE",
          content:
            "A delete in the parent table would silently delete child rows. Use RESTRICT and delete children explicitly.",
        });
    }
    return findings;
  },
};

export default rule;
