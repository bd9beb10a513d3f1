import { baseType, columnDefinitions, INTEGER_TYPES } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.auto-increment-must-integer",
  description:
    "Requires AUTO_INCREMENT columns to have an integer type (TINYINT … BIGINT), not FLOAT, DOUBLE or DECIMAL.",
  defaultLevel: "ERROR",
  check(context) {
    return columnDefinitions(context)
      .filter((c) => c.autoIncrement && !INTEGER_TYPES.has(baseType(c.dataType)))
      .map((c) => ({
        title: "AUTO_INCREMENT on a non-integer column",
        content: `Column ${c.table}.${c.name} is ${c.dataType} with AUTO_INCREMENT. Use an integer type, usually BIGINT UNSIGNED.`,
        line: c.line,
      }));
  },
};

export default rule;
