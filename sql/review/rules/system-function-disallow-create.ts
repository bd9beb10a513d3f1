import { createdObject } from "../executed";
import { words } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "system.function.disallow-create",
  description:
    "Refuses CREATE FUNCTION in any spelling (OR REPLACE, DEFINER, executable comments), including statements the parser " +
    "cannot read: stored functions run inside every query that calls them, unreviewed, and block statement-based replication safety.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    // The statement itself; its body may hold more statements, but not another CREATE of this kind.
    if (createdObject(words(normalised)) !== "FUNCTION") return [];
    return [
      {
        title: "CREATE FUNCTION is not allowed",
        content:
          "The statement creates a function: stored functions run inside every query that calls them, unreviewed, and block statement-based replication safety. Keep the logic in the application, or ask for this rule to be lifted for the project.",
      } satisfies Finding,
    ];
  },
};

export default rule;
