import { lineOf, shapeOf } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.select.no-select-all",
  description:
    "Disallows SELECT * and SELECT t.* anywhere in a statement (subqueries, INSERT … SELECT, CREATE TABLE … " +
    "AS SELECT, views): the column list then changes whenever the table does. COUNT(*) is fine.",
  defaultLevel: "WARNING",
  check(context) {
    const findings: Finding[] = [];
    for (const offset of shapeOf(context)?.stars ?? []) {
      findings.push({
        title: "SELECT * is not allowed",
        content: "Name the columns the statement needs instead of *, so it keeps working when columns are added.",
        line: lineOf(context, offset),
      });
    }
    return findings;
  },
};

export default rule;
