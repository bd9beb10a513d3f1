// One statement of a change applied to the schema catalog (sql/catalog.ts), read from the
// definitions ast.ts gives the rules: what the statement does to tables, columns and indexes.
import type { ColumnSchema, IndexSchema, SchemaCatalog } from "../catalog";
import {
  alterClauses,
  columnDefinitions,
  indexDefinitions,
  renamedTables,
  shapeOf,
  subjectTable,
  tableName,
  type ColumnDefinition,
  type IndexDefinition,
} from "./ast";
import type { StatementContext } from "./types";

/** The column as the catalog keeps it. */
export function columnSchema(definition: ColumnDefinition, primaryKey: boolean): ColumnSchema {
  return {
    name: definition.name,
    type: definition.typeText,
    nullable: definition.nullability !== "NOT NULL" && !definition.primaryKey && !primaryKey,
    hasDefault: definition.defaultValue !== "none" || definition.autoIncrement,
    ...(definition.autoIncrement ? { autoIncrement: true } : {}),
  };
}

function indexSchema(index: IndexDefinition): IndexSchema | undefined {
  if (index.kind === "foreign") return undefined;
  const primary = index.kind === "primary";
  return {
    name: primary ? "PRIMARY" : (index.name ?? index.columns[0] ?? ""),
    columns: index.columns,
    unique: primary || index.kind === "unique",
    primary,
  };
}

/** Applies the statement to `catalog`; a statement without a tree, or one that changes no table, leaves it. */
export function applyStatement(catalog: SchemaCatalog, context: StatementContext): void {
  const shape = shapeOf(context);
  if (!shape) return;
  const { type, keyword } = shape;
  const table = subjectTable(context);
  if (type === "create" && keyword === "table") {
    if (shape.ifNotExists && catalog.table(table)) return;
    const source = shape.like ? catalog.table(tableName(shape.like)) : undefined;
    if (source) {
      catalog.createTable({ ...source, name: table, indexes: source.indexes, rowEstimate: 0 });
      return;
    }
    const indexes = indexDefinitions(context);
    const keyColumns = new Set(
      indexes.filter((i) => i.kind === "primary").flatMap((i) => i.columns.map((c) => c.toLowerCase())),
    );
    catalog.createTable({
      name: table,
      columns: columnDefinitions(context).map((c) => columnSchema(c, keyColumns.has(c.name.toLowerCase()))),
      indexes: indexes.map(indexSchema).filter((i): i is IndexSchema => i !== undefined),
      rowEstimate: 0,
      // CREATE TABLE … AS SELECT adds the query's columns, which the statement does not name.
      ...(shape.fromQuery || shape.like ? { partial: true } : {}),
    });
    return;
  }
  if (type === "drop" && keyword === "table") {
    for (const name of shape.names) catalog.dropTable(tableName(name));
    return;
  }
  if (type === "drop" && keyword === "index") {
    if (shape.index && shape.table) catalog.dropIndex(tableName(shape.table), shape.index);
    return;
  }
  if (type === "rename") {
    for (const { from, to } of renamedTables(context)) catalog.renameTable(from, to);
    return;
  }
  if (type === "create" && keyword === "index") {
    catalog.tableToChange(table);
    for (const index of indexDefinitions(context)) {
      const schema = indexSchema(index);
      if (schema) catalog.addIndex(table, schema);
    }
    return;
  }
  if (type !== "alter" || keyword !== "table") return;
  applyAlter(catalog, context, table);
}

function applyAlter(catalog: SchemaCatalog, context: StatementContext, table: string): void {
  catalog.tableToChange(table);
  let current = table;
  const added = indexDefinitions(context);
  const definitions = columnDefinitions(context);
  for (const clause of alterClauses(context)) {
    const { column } = clause;
    if (clause.action === "drop" && clause.resource === "column" && column) catalog.dropColumn(current, column);
    else if (clause.action === "drop" && clause.resource === "primary key") catalog.dropPrimaryKey(current);
    else if (clause.action === "drop" && clause.resource === "index" && clause.name)
      catalog.dropIndex(current, clause.name);
    else if (clause.action === "rename" && clause.resource === "table" && clause.name) {
      catalog.renameTable(current, clause.name);
      current = clause.name;
    } else if (clause.action === "rename" && clause.resource === "column") {
      const from = clause.oldColumn;
      const existing = from ? catalog.column(current, from) : undefined;
      if (from && existing && column) catalog.replaceColumn(current, from, { ...existing, name: column });
    }
  }
  const primary = new Set(
    added.filter((i) => i.kind === "primary").flatMap((i) => i.columns.map((c) => c.toLowerCase())),
  );
  for (const definition of definitions) {
    const schema = columnSchema(definition, primary.has(definition.name.toLowerCase()));
    if (definition.action === "add") catalog.addColumn(current, schema);
    else catalog.replaceColumn(current, definition.oldName ?? definition.name, schema);
  }
  for (const index of added) {
    const schema = indexSchema(index);
    if (schema) catalog.addIndex(current, schema);
  }
}
