// One statement of a change applied to the schema catalog (sql/catalog.ts), read from the
// definitions ast.ts gives the rules: what the statement does to tables, columns and indexes.
import type { ColumnSchema, IndexSchema, SchemaCatalog } from "../../sql/catalog";
import {
  alterClauses,
  columnDefinitions,
  indexDefinitions,
  isNode,
  kindOf,
  nodeList,
  renamedTables,
  root,
  stringOf,
  subjectTable,
  tableName,
  type ColumnDefinition,
  type IndexDefinition,
} from "./ast";
import { unquote, words } from "./tokens";
import type { StatementContext } from "./types";

/** The column as the catalog keeps it. */
export function columnSchema(definition: ColumnDefinition, primaryKey: boolean): ColumnSchema {
  const type = [
    definition.dataType.toLowerCase() + (definition.length === undefined ? "" : `(${definition.length})`),
    definition.unsigned ? "unsigned" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    name: definition.name,
    type,
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

/** The table a `CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name` creates, by its words. */
function createdTable(text: string): string | undefined {
  const w = words(text);
  let i = 0;
  const next = (...expected: string[]): boolean => {
    if (expected.every((e, k) => w[i + k]?.upper === e)) {
      i += expected.length;
      return true;
    }
    return false;
  };
  if (!next("CREATE")) return undefined;
  next("OR", "REPLACE");
  next("TEMPORARY");
  if (!next("TABLE")) return undefined;
  next("IF", "NOT", "EXISTS");
  const name = w[i];
  if (!name || (name.kind !== "word" && name.kind !== "identifier")) return undefined;
  const qualified = w[i + 1]?.text === "." ? w[i + 2] : undefined;
  return unquote((qualified ?? name).text);
}

/** Applies the statement to `catalog`; a statement without a tree, or one that changes no table, leaves it. */
export function applyStatement(catalog: SchemaCatalog, context: StatementContext): void {
  const [type, keyword] = kindOf(context);
  const ast = root(context);
  if (!ast) {
    // The grammar read a CREATE TABLE the rules' tree cannot hold (partitions, some table
    // options): the table exists from here on, though the catalog cannot say what it holds.
    const created = context.parsed && !context.parsed.error ? createdTable(context.statement.text) : undefined;
    if (created && !catalog.table(created))
      catalog.createTable({ name: created, columns: [], indexes: [], partial: true });
    return;
  }
  const table = subjectTable(context);
  if (type === "create" && keyword === "table") {
    if (ast.if_not_exists && catalog.table(table)) return;
    const like = isNode(ast.like) ? nodeList(ast.like.table)[0] : undefined;
    const source = like ? catalog.table(tableName(like)) : undefined;
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
    });
    return;
  }
  if (type === "drop" && keyword === "table") {
    for (const name of nodeList(ast.name)) catalog.dropTable(tableName(name));
    return;
  }
  if (type === "drop" && keyword === "index") {
    const name = isNode(ast.name) ? stringOf(ast.name.column) : stringOf(ast.name);
    if (name && isNode(ast.table)) catalog.dropIndex(tableName(ast.table), name);
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
  if (type !== "alter") return;
  applyAlter(catalog, context, table);
}

function applyAlter(catalog: SchemaCatalog, context: StatementContext, table: string): void {
  catalog.tableToChange(table);
  let current = table;
  const added = indexDefinitions(context);
  const definitions = columnDefinitions(context);
  for (const clause of alterClauses(context)) {
    const column = isNode(clause.column) ? stringOf(clause.column.column) : undefined;
    if (clause.action === "drop" && clause.resource === "column" && column) catalog.dropColumn(current, column);
    else if (clause.action === "drop" && clause.keyword === "primary key") catalog.dropPrimaryKey(current);
    else if (clause.action === "drop" && clause.resource === "index") {
      const name = stringOf(clause.index);
      if (name) catalog.dropIndex(current, name);
    } else if (clause.action === "rename" && clause.resource === "table") {
      const to = stringOf(clause.table);
      if (to) {
        catalog.renameTable(current, to);
        current = to;
      }
    } else if (clause.action === "rename" && clause.resource === "column") {
      const from = isNode(clause.old_column) ? stringOf(clause.old_column.column) : undefined;
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
