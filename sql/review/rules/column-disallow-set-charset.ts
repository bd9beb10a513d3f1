import { columnDefinitions } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.disallow-set-charset",
  description:
    "Disallows a character set on a single column: a column whose charset differs from its table's " +
    "makes joins and comparisons convert, and indexes on it unusable for the other side. Set it on the table.",
  defaultLevel: "WARNING",
  check(context) {
    return columnDefinitions(context)
      .filter((c) => c.charset !== undefined)
      .map((c) => ({
        title: "Column with its own character set",
        content: `Column ${c.table}.${c.name} sets CHARACTER SET ${String(c.charset)}: leave it to the table's.`,
        line: c.line,
      }));
  },
};

export default rule;
