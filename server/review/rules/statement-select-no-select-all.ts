import { isNode, lineOf, nodeList, selectsOf } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.select.no-select-all",
  description:
    "Disallows SELECT * and SELECT t.* anywhere in a statement (subqueries, INSERT … SELECT, CREATE TABLE … " +
    "AS SELECT, views): the column list then changes whenever the table does. COUNT(*) is fine.",
  defaultLevel: "WARNING",
  check(context) {
    const findings: Finding[] = [];
    for (const select of selectsOf(context)) {
      for (const column of nodeList(select.columns)) {
        const expr = isNode(column.expr) ? column.expr : undefined;
        if (expr?.type === "column_ref" && expr.column === "*") {
          findings.push({
            title: "SELECT * is not allowed",
            content: "Name the columns the statement needs instead of *, so it keeps working when columns are added.",
            // The parser puts the location of a star on the select item, not on its expression.
            line: lineOf(context, column.loc ? column : expr),
          });
        }
      }
    }
    return findings;
  },
};

export default rule;
