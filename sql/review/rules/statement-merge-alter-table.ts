import { kindOf, subjectTable } from "../ast";
import type { RuleDefinition, StatementContext } from "../types";

/** The table an ALTER TABLE changes, in lower case (as the server compares names), or undefined. */
function alteredTable(context: StatementContext): string | undefined {
  const [type] = kindOf(context);
  const table = subjectTable(context);
  return type === "alter" && table !== "" ? table.toLowerCase() : undefined;
}

/** Each table's first ALTER TABLE in a change, found in one pass over it and kept for its other statements. */
const firstAlters = new WeakMap<readonly StatementContext[], Map<string, StatementContext>>();

function firstAlterOf(change: readonly StatementContext[], table: string): StatementContext | undefined {
  let first = firstAlters.get(change);
  if (!first) {
    first = new Map();
    for (const context of change) {
      const altered = alteredTable(context);
      if (altered !== undefined && !first.has(altered)) first.set(altered, context);
    }
    firstAlters.set(change, first);
  }
  return first.get(table);
}

const rule: RuleDefinition = {
  id: "statement.merge-alter-table",
  description:
    "Flags a second ALTER TABLE on a table the change already altered: each ALTER may copy or rebuild the " +
    "table, so one ALTER with all the clauses does the work once.",
  defaultLevel: "WARNING",
  check(context) {
    const table = alteredTable(context);
    if (table === undefined) return [];
    const first = context.change ? firstAlterOf(context.change, table) : undefined;
    if (!first || first.statement.index >= context.statement.index) return [];
    return [
      {
        title: "ALTER TABLE to merge",
        content: `Table ${subjectTable(context)} is already altered by statement ${first.statement.index + 1} (line ${first.statement.line}): put both changes in one ALTER TABLE.`,
      },
    ];
  },
};

export default rule;
