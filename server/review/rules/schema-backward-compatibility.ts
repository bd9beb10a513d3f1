import { alterClauses, isNode, kindOf, nodeList, renamedTables, root, stringOf, subjectTable, tableName } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "schema.backward-compatibility",
  description:
    "Flags changes that break applications still running against the old schema: dropping a database, table " +
    "or column, renaming a table or column, changing or modifying a column's definition, and adding a " +
    "primary, unique or foreign key to an existing table (rows or writes that suited the old schema fail).",
  defaultLevel: "WARNING",
  check(context) {
    const [type, keyword] = kindOf(context);
    const ast = root(context);
    const table = subjectTable(context);
    const found: string[] = [];
    if (type === "drop" && (keyword === "database" || keyword === "schema"))
      found.push(`drops database ${stringOf(ast?.name)}`);
    if (type === "drop" && keyword === "table") found.push(`drops ${nodeList(ast?.name).map(tableName).join(", ")}`);
    for (const { from, to } of renamedTables(context)) found.push(`renames table ${from} to ${to}`);
    for (const clause of alterClauses(context)) {
      const column = isNode(clause.column) ? stringOf(clause.column.column) : undefined;
      const oldColumn = isNode(clause.old_column) ? stringOf(clause.old_column.column) : undefined;
      const constraint = isNode(clause.create_definitions)
        ? String(clause.create_definitions.constraint_type ?? "")
        : "";
      if (clause.action === "drop" && clause.resource === "column") found.push(`drops column ${table}.${column}`);
      else if (clause.action === "rename" && clause.resource === "table")
        found.push(`renames table ${table} to ${stringOf(clause.table)}`);
      else if (clause.action === "rename" && clause.resource === "column")
        found.push(`renames column ${table}.${oldColumn} to ${column}`);
      else if (clause.action === "change") found.push(`changes column ${table}.${oldColumn}`);
      else if (clause.action === "modify") found.push(`modifies column ${table}.${column}`);
      else if (clause.action === "add" && /^(primary key|unique|foreign key)/i.test(constraint)) {
        found.push(`adds a ${constraint.toLowerCase()} to ${table}`);
      }
    }
    return found.map((what): Finding => ({
      title: "Backward-incompatible change",
      content: `The statement ${what}; applications built for the current schema may fail. Expand first (add the new shape), migrate readers and writers, then contract in a later change.`,
    }));
  },
};

export default rule;
