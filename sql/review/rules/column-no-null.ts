import { columnDefinitions, primaryKeyColumns } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.no-null",
  description:
    "Requires columns to be NOT NULL (in CREATE TABLE and ALTER TABLE ADD, MODIFY, CHANGE): NULL makes " +
    "comparisons three-valued and indexes larger. Primary key columns are NOT NULL anyway and are exempt.",
  defaultLevel: "WARNING",
  check(context) {
    const keyColumns = primaryKeyColumns(context);
    return columnDefinitions(context)
      .filter((c) => c.nullability !== "NOT NULL" && !keyColumns.has(c.name.toLowerCase()))
      .map((c) => ({
        title: "Column can be NULL",
        content: `Column ${c.table}.${c.name} can hold NULL. Declare it NOT NULL, with a DEFAULT if existing rows need a value.`,
        line: c.line,
      }));
  },
};

export default rule;
