import { createdObject } from "../executed";
import { words } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "system.event.disallow-create",
  description:
    "Refuses CREATE EVENT in any spelling (OR REPLACE, DEFINER, executable comments), including statements the parser " +
    "cannot read: events run statements on a schedule, long after the change was reviewed.",
  defaultLevel: "WARNING",
  check() {
    return [];
  },
  checkText(normalised) {
    // The statement itself; its body may hold more statements, but not another CREATE of this kind.
    if (createdObject(words(normalised)) !== "EVENT") return [];
    return [
      {
        title: "CREATE EVENT is not allowed",
        content:
          "The statement creates an event: events run statements on a schedule, long after the change was reviewed. Keep the logic in the application, or ask for this rule to be lifted for the project.",
      } satisfies Finding,
    ];
  },
};

export default rule;
