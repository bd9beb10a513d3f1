import { columnDefinitions, subjectTable } from "../ast";
import { columnSchema } from "../schema-walk";
import type { Finding, RuleDefinition } from "../types";

/** A type as the server compares it: case, spacing and integer display widths (`int(11)`) aside. */
export function comparableType(type: string): string {
  return type
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)/, "$1")
    .replace(/^integer/, "int")
    .trim();
}

const rule: RuleDefinition = {
  id: "column.disallow-change-type",
  description:
    "Flags ALTER TABLE … MODIFY or CHANGE that gives an existing column another type than the schema has, read " +
    "from the target's schema and the change's earlier statements: the table is copied, values may be cut or " +
    "refused, and readers of the old type break.",
  defaultLevel: "WARNING",
  check(context) {
    const table = subjectTable(context);
    const findings: Finding[] = [];
    for (const definition of columnDefinitions(context)) {
      if (definition.action !== "modify" && definition.action !== "change") continue;
      const before = context.catalog?.column(table, definition.oldName ?? definition.name);
      if (!before) continue;
      const after = columnSchema(definition, false).type;
      if (comparableType(before.type) === comparableType(after)) continue;
      findings.push({
        title: "Column type changed",
        content:
          `The statement changes ${table}.${before.name} from ${before.type} to ${after}. The server rewrites the ` +
          "table to do it, values that do not fit are cut or refused, and code reading the old type may break. " +
          "Add a column of the new type and move the data instead.",
        line: definition.line,
      });
    }
    return findings;
  },
};

export default rule;
