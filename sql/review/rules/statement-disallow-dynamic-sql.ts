import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-dynamic-sql",
  description:
    "Refuses dynamic SQL — PREPARE, EXECUTE, EXECUTE IMMEDIATE — in a change or a stored-program body: the text " +
    "it runs is built at run time, so review cannot see what it does.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    return executedStatements(normalised)
      .filter(([verb]) => verb?.upper === "PREPARE" || verb?.upper === "EXECUTE")
      .map(([verb]): Finding => ({
        title: "Dynamic SQL",
        content: `${verb?.upper} runs SQL text chosen at run time, which review cannot read. Write the statements themselves into the change.`,
      }));
  },
};

export default rule;
