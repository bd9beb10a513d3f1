import { alterClauses, columnDefinitions, indexDefinitions, kindOf, shapeOf, subjectTable, tableName } from "../ast";
import type { SchemaCatalog } from "../../catalog";
import type { Finding, RuleDefinition, StatementContext } from "../types";

const rule: RuleDefinition = {
  id: "schema.object-exists",
  description:
    "Flags a statement on a table or column the schema does not have (as synced, with the change's earlier " +
    "statements applied), and a CREATE TABLE of one it already has: the statement fails on the server, or did " +
    "not mean what it says. Needs the target's schema; without it, only the change's own tables are known.",
  defaultLevel: "ERROR",
  check(context) {
    const catalog = context.catalog;
    if (!catalog) return [];
    const [type, keyword] = kindOf(context);
    const shape = shapeOf(context);
    const table = subjectTable(context);
    if (type === "create" && keyword === "table") {
      return catalog.table(table) && !shape?.ifNotExists && !shape?.temporary ? [exists(table)] : [];
    }
    if (type === "drop" && keyword === "table") {
      return shape?.ifExists
        ? []
        : (shape?.names ?? [])
            .map(tableName)
            .filter((n) => catalog.lacksTable(n))
            .map(missingTable);
    }
    if (type === "alter" || (type === "create" && keyword === "index")) return alterFindings(context, catalog, table);
    if (type === "insert" || type === "replace" || type === "update" || type === "delete") {
      const name = tableName(shape?.table);
      if (!name || !catalog.lacksTable(name)) return [];
      return [missingTable(name)];
    }
    return [];
  },
};

function alterFindings(context: StatementContext, catalog: SchemaCatalog, table: string): Finding[] {
  if (catalog.lacksTable(table)) return [missingTable(table)];
  if (!catalog.table(table) || catalog.table(table)?.partial) return [];
  const findings: Finding[] = [];
  const has = (column: string): boolean => catalog.column(table, column) !== undefined;
  const added = new Set(
    columnDefinitions(context)
      .filter((c) => c.action === "add")
      .map((c) => c.name.toLowerCase()),
  );
  for (const clause of alterClauses(context)) {
    const { column, oldColumn: old } = clause;
    if (clause.action === "drop" && clause.resource === "column" && column && !has(column) && !clause.ifExists)
      findings.push(missingColumn(table, column));
    if (clause.action === "rename" && clause.resource === "column" && old && !has(old))
      findings.push(missingColumn(table, old));
    if (clause.action === "add" && clause.resource === "column" && column && has(column))
      findings.push({
        title: "Column already exists",
        content: `${table} already has a column ${column}: the statement fails on the server.`,
      });
  }
  for (const definition of columnDefinitions(context)) {
    const name = definition.oldName ?? definition.name;
    if ((definition.action === "modify" || definition.action === "change") && !has(name))
      findings.push(missingColumn(table, name));
  }
  for (const index of indexDefinitions(context)) {
    for (const column of index.columns) {
      if (!has(column) && !added.has(column.toLowerCase())) findings.push(missingColumn(table, column));
    }
  }
  return findings;
}

function missingTable(table: string): Finding {
  return {
    title: "Table does not exist",
    content: `The schema has no table ${table} (as synced, with the change's earlier statements applied): the statement fails on the server. Check the name, or sync the database if it changed outside Tidemark.`,
  };
}

function missingColumn(table: string, column: string): Finding {
  return {
    title: "Column does not exist",
    content: `Table ${table} has no column ${column} (as synced, with the change's earlier statements applied): the statement fails on the server.`,
  };
}

function exists(table: string): Finding {
  return {
    title: "Table already exists",
    content: `The schema already has a table ${table}: CREATE TABLE fails on the server (MariaDB's CREATE OR REPLACE would drop it). Alter the table, or choose another name.`,
  };
}

export default rule;
