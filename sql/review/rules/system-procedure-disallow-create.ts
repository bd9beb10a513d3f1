import { createdObject } from "../executed";
import { words } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "system.procedure.disallow-create",
  description:
    "Refuses CREATE PROCEDURE in any spelling (OR REPLACE, DEFINER, executable comments), including statements the parser " +
    "cannot read: its body runs later with its definer's rights, outside review of each statement.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    // The statement itself; its body may hold more statements, but not another CREATE of this kind.
    if (createdObject(words(normalised)) !== "PROCEDURE") return [];
    return [
      {
        title: "CREATE PROCEDURE is not allowed",
        content:
          "The statement creates a procedure: its body runs later with its definer's rights, outside review of each statement. Keep the logic in the application, or ask for this rule to be lifted for the project.",
      } satisfies Finding,
    ];
  },
};

export default rule;
