import { columnDefinitions } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.auto-increment-must-unsigned",
  description:
    "Requires AUTO_INCREMENT columns to be UNSIGNED: the values are never negative, and UNSIGNED doubles the range.",
  defaultLevel: "WARNING",
  check(context) {
    return columnDefinitions(context)
      .filter((c) => c.autoIncrement && !c.unsigned)
      .map((c) => ({
        title: "AUTO_INCREMENT column is signed",
        content: `Declare ${c.table}.${c.name} as ${c.dataType} UNSIGNED.`,
        line: c.line,
      }));
  },
};

export default rule;
