import { kindOf, shapeOf } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.insert.must-specify-column",
  description:
    "Requires INSERT and REPLACE to name their columns (INSERT INTO t (a, b) …, or INSERT … SET), so the " +
    "statement does not break or write the wrong columns when the table's columns change.",
  defaultLevel: "WARNING",
  check(context) {
    const [type] = kindOf(context);
    const insert = shapeOf(context)?.insert;
    if ((type !== "insert" && type !== "replace") || !insert) return [];
    return insert.columnsNamed
      ? []
      : [
          {
            title: `${type.toUpperCase()} without a column list`,
            content: "List the columns the values are for, as in INSERT INTO t (a, b) VALUES (1, 2).",
          },
        ];
  },
};

export default rule;
