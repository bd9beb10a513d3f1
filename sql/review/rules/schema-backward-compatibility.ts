import { alterClauses, kindOf, renamedTables, shapeOf, subjectTable, tableName } from "../ast";
import type { Finding, RuleDefinition } from "../types";

/** Keys an ALTER TABLE can add that rows or writes of the old schema may break. */
const KEYS = new Set(["primary key", "unique key", "foreign key"]);

const rule: RuleDefinition = {
  id: "schema.backward-compatibility",
  description:
    "Flags changes that break applications still running against the old schema: dropping a database, table " +
    "or column, renaming a table or column, changing or modifying a column's definition, and adding a " +
    "primary, unique or foreign key to an existing table (rows or writes that suited the old schema fail).",
  defaultLevel: "WARNING",
  check(context) {
    const [type, keyword] = kindOf(context);
    const shape = shapeOf(context);
    const table = subjectTable(context);
    const found: string[] = [];
    if (type === "drop" && (keyword === "database" || keyword === "schema"))
      found.push(`drops database ${shape?.database ?? ""}`);
    // A temporary table is no application's schema.
    if (type === "drop" && keyword === "table" && !shape?.temporary)
      found.push(`drops ${(shape?.names ?? []).map(tableName).join(", ")}`);
    for (const { from, to } of renamedTables(context)) found.push(`renames table ${from} to ${to}`);
    for (const clause of alterClauses(context)) {
      const { column, oldColumn } = clause;
      if (clause.action === "drop" && clause.resource === "column") found.push(`drops column ${table}.${column}`);
      else if (clause.action === "rename" && clause.resource === "table")
        found.push(`renames table ${table} to ${clause.name ?? ""}`);
      else if (clause.action === "rename" && clause.resource === "column")
        found.push(`renames column ${table}.${oldColumn} to ${column}`);
      else if (clause.action === "change") found.push(`changes column ${table}.${oldColumn}`);
      else if (clause.action === "modify") found.push(`modifies column ${table}.${column}`);
      else if (clause.action === "add" && KEYS.has(clause.resource))
        found.push(`adds a ${clause.resource} to ${table}`);
    }
    return found.map((what): Finding => ({
      title: "Backward-incompatible change",
      content: `The statement ${what}; applications built for the current schema may fail. Expand first (add the new shape), migrate readers and writers, then contract in a later change.`,
    }));
  },
};

export default rule;
