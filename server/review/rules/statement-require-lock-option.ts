import { alterTableText, executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.require-lock-option",
  description:
    "Requires ALTER TABLE to say LOCK= (as MySQL and MariaDB read it): without it the server picks the " +
    "lock, and may block writes for as long as the change runs.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised, context) {
    if (context.engine === "TIDB") return []; // TiDB's DDL is online and ignores the option
    return executedStatements(normalised)
      .map(alterTableText)
      .filter((alter) => alter !== undefined && alter.clauses.length > 0)
      .filter((alter) => !alter!.clauses.some((clause) => clause[0]?.upper === "LOCK"))
      .map((alter): Finding => ({
        title: "ALTER TABLE without LOCK",
        content: `The ALTER TABLE of ${alter!.table} does not say LOCK=; add it (for example LOCK=NONE) so the server refuses rather than locks the table when it cannot.`,
      }));
  },
};

export default rule;
