import { createdObject } from "../executed";
import { words } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "system.view.disallow-create",
  description:
    "Refuses CREATE VIEW in any spelling (OR REPLACE, DEFINER, executable comments), including statements the parser " +
    "cannot read: views hide the tables and columns queries depend on, so later schema changes break them unseen.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    // The statement itself; its body may hold more statements, but not another CREATE of this kind.
    if (createdObject(words(normalised)) !== "VIEW") return [];
    return [
      {
        title: "CREATE VIEW is not allowed",
        content:
          "The statement creates a view: views hide the tables and columns queries depend on, so later schema changes break them unseen. Keep the logic in the application, or ask for this rule to be lifted for the project.",
      } satisfies Finding,
    ];
  },
};

export default rule;
