import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.insert.disallow-order-by-rand",
  description:
    "Refuses INSERT … SELECT … ORDER BY RAND(): the rows inserted differ on every run and on every replica, and " +
    "the sort reads the whole source table.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    return executedStatements(normalised)
      .filter((s) => s[0]?.upper === "INSERT" || s[0]?.upper === "REPLACE")
      .filter((s) => s.some((w, i) => w.upper === "ORDER" && s[i + 1]?.upper === "BY" && s[i + 2]?.upper === "RAND"))
      .map((): Finding => ({
        title: "INSERT … ORDER BY RAND()",
        content: "The rows chosen are random on each run and each replica. Select them by a deterministic condition.",
      }));
  },
};

export default rule;
