import { kindOf, shapeOf } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-order-by",
  description:
    "Disallows ORDER BY on UPDATE and DELETE: it only matters together with LIMIT, and makes the server sort " +
    "the rows it is about to change.",
  defaultLevel: "WARNING",
  check(context) {
    const [type] = kindOf(context);
    if ((type !== "update" && type !== "delete") || !shapeOf(context)?.orderBy) return [];
    return [
      {
        title: `ORDER BY in ${type.toUpperCase()}`,
        content: "Remove the ORDER BY; select the rows to change with a WHERE instead.",
      },
    ];
  },
};

export default rule;
