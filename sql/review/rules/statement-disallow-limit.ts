import { kindOf, shapeOf } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-limit",
  description:
    "Disallows LIMIT on UPDATE and DELETE, and on the SELECT of an INSERT … SELECT: which rows a LIMIT picks " +
    "is not deterministic, so replicas and reruns can change different rows.",
  defaultLevel: "WARNING",
  check(context) {
    const [type] = kindOf(context);
    const shape = shapeOf(context);
    const limited = ((type === "update" || type === "delete") && shape?.limit) || shape?.insert?.selectLimit;
    return limited
      ? [
          {
            title: `LIMIT in ${type.toUpperCase()}`,
            content:
              "Remove the LIMIT and select the rows with a WHERE on a key instead, so every run changes the same rows.",
          },
        ]
      : [];
  },
};

export default rule;
