// Rules that ask ALTER TABLE to name an option (ALGORITHM=, LOCK=) rather than let the server
// choose: one shape, so the two rules differ only in the option and the words.
import { type AlterTableText, alterTableText, executedStatements } from "./executed";
import type { Finding, RuleDefinition } from "./types";

export interface AlterOptionRule {
  id: string;
  /** The option as written before `=`: `ALGORITHM`, `LOCK`. */
  option: string;
  /** What the server may do when it chooses: "copy the whole table where INPLACE or INSTANT was meant". */
  risk: string;
  /** What the server does instead once the option is named: "copies the table". */
  avoided: string;
  /** An example value: `INPLACE`, `NONE`. */
  example: string;
}

export function requireAlterOption(spec: AlterOptionRule): RuleDefinition {
  return {
    id: spec.id,
    description: `Requires ALTER TABLE to say ${spec.option}= (as MySQL and MariaDB read it): without it the server picks the ${spec.option.toLowerCase()}, and may ${spec.risk}.`,
    defaultLevel: "WARNING",
    check() {
      return [];
    },
    checkText(normalised, context) {
      if (context.engine === "TIDB") return []; // TiDB's DDL is online and ignores the option
      return executedStatements(normalised)
        .map(alterTableText)
        .filter((alter): alter is AlterTableText => alter !== undefined && alter.clauses.length > 0)
        .filter((alter) => !alter.clauses.some((clause) => clause[0]?.upper === spec.option))
        .map((alter): Finding => ({
          title: `ALTER TABLE without ${spec.option}`,
          content: `The ALTER TABLE of ${alter.table} does not say ${spec.option}=; add it (for example ${spec.option}=${spec.example}) so the server refuses rather than ${spec.avoided} when it cannot.`,
        }));
    },
  };
}
