import { kindOf, subjectTable } from "../ast";
import type { RuleDefinition, StatementContext } from "../types";

const altered = new WeakMap<StatementContext, string | null>();

/**
 * The table an ALTER TABLE changes, in lower case (as the server compares names), or undefined;
 * read once per statement, as every later statement of the change asks again.
 */
function alteredTable(context: StatementContext): string | undefined {
  let table = altered.get(context);
  if (table === undefined) {
    const [type] = kindOf(context);
    const subject = subjectTable(context);
    table = type === "alter" && subject !== "" ? subject.toLowerCase() : null;
    altered.set(context, table);
  }
  return table ?? undefined;
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
    const first = (context.earlier ?? []).find((e) => alteredTable(e) === table);
    if (!first) return [];
    return [
      {
        title: "ALTER TABLE to merge",
        content: `Table ${subjectTable(context)} is already altered by statement ${first.statement.index + 1} (line ${first.statement.line}): put both changes in one ALTER TABLE.`,
      },
    ];
  },
};

export default rule;
