import { alterTableText, executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.require-algorithm-option",
  description:
    "Requires ALTER TABLE to say ALGORITHM= (as MySQL and MariaDB read it): without it the server picks the " +
    "algorithm, and may copy the whole table where INPLACE or INSTANT was meant.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised, context) {
    if (context.engine === "TIDB") return []; // TiDB's DDL is online and ignores the option
    return executedStatements(normalised)
      .map(alterTableText)
      .filter((alter) => alter !== undefined && alter.clauses.length > 0)
      .filter((alter) => !alter!.clauses.some((clause) => clause[0]?.upper === "ALGORITHM"))
      .map((alter): Finding => ({
        title: "ALTER TABLE without ALGORITHM",
        content: `The ALTER TABLE of ${alter!.table} does not say ALGORITHM=; add it (for example ALGORITHM=INPLACE) so the server refuses rather than copies the table when it cannot.`,
      }));
  },
};

export default rule;
