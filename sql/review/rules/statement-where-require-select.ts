import { kindOf, shapeOf } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.where.require-select",
  description:
    "Requires a WHERE clause on a SELECT statement that reads a table (each part of a UNION), so a change " +
    "does not scan whole tables. SELECTs without FROM, or FROM DUAL, are fine.",
  defaultLevel: "WARNING",
  check(context) {
    const [type] = kindOf(context);
    if (type !== "select") return [];
    const findings: Finding[] = [];
    for (const part of shapeOf(context)?.selects ?? []) {
      if (part.readsTable && !part.where) {
        findings.push({
          title: "SELECT without WHERE",
          content: "The SELECT reads a whole table. Add a WHERE that narrows it to the rows the change needs.",
        });
      }
    }
    return findings;
  },
};

export default rule;
