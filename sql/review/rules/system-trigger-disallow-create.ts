import { createdObject } from "../executed";
import { words } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "system.trigger.disallow-create",
  description:
    "Refuses CREATE TRIGGER in any spelling (OR REPLACE, DEFINER, executable comments), including statements the parser " +
    "cannot read: triggers change rows no statement of the change names, invisibly to the application.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    // The statement itself; its body may hold more statements, but not another CREATE of this kind.
    if (createdObject(words(normalised)) !== "TRIGGER") return [];
    return [
      {
        title: "CREATE TRIGGER is not allowed",
        content:
          "The statement creates a trigger: triggers change rows no statement of the change names, invisibly to the application. Keep the logic in the application, or ask for this rule to be lifted for the project.",
      } satisfies Finding,
    ];
  },
};

export default rule;
