import { shapeOf } from "../ast";
import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-commit",
  description:
    "Disallows COMMIT in a change: Tidemark decides where a change's transactions end, and a COMMIT in the " +
    "middle makes the statements before it permanent even when a later one fails.",
  defaultLevel: "ERROR",
  check(context) {
    return shapeOf(context)?.transaction === "COMMIT" ? [commit] : [];
  },
  checkText(normalised) {
    // COMMIT WORK and COMMIT AND [NO] CHAIN are not read by the parser.
    return executedStatements(normalised).some(([verb]) => verb?.upper === "COMMIT") ? [commit] : [];
  },
};

const commit: Finding = {
  title: "COMMIT is not allowed",
  content: "Remove the COMMIT: the rollout commits the change itself, and a partial commit cannot be rolled back.",
};

export default rule;
