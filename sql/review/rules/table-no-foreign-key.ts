import { indexDefinitions } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "table.no-foreign-key",
  description:
    "Disallows foreign keys (table constraints and column-level REFERENCES): they couple tables' schema " +
    "changes and lock across tables; TiDB before 8.5 does not enforce them at all.",
  defaultLevel: "WARNING",
  check(context) {
    return indexDefinitions(context)
      .filter((i) => i.kind === "foreign")
      .map((i) => ({
        title: "Foreign key",
        content: `Table ${i.table} gets a foreign key on (${i.columns.join(", ")})${i.referencedTable ? ` to ${i.referencedTable}` : ""}. Keep the reference in the application instead.`,
        line: i.line,
      }));
  },
};

export default rule;
