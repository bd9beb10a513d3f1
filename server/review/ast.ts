// What rules read from node-sql-parser's trees, converted once here. The parser's own typings
// describe only part of what it returns (no TRUNCATE, RENAME or column-level keys), so the
// tree is read as plain JSON through the narrow, checked accessors below.
import { tokenize } from "./tokens";
import type { Statement, StatementContext } from "./types";

export type Node = { readonly [key: string]: unknown };

export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The nodes of an array-valued field; nothing for anything else. */
export function nodeList(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter(isNode) : [];
}

/** A string field, or the `value` of a literal node (`{ type: "single_quote_string", value }`). */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (isNode(value)) return stringOf(value.value);
  return undefined;
}

/** The statement's tree as a plain node, or undefined when it was not parsed. */
export function root(context: StatementContext): Node | undefined {
  return isNode(context.ast) ? (context.ast as unknown as Node) : undefined;
}

/** `type` and, for DDL, `keyword` of a statement: `["create", "table"]`, `["update", ""]`. */
export function kindOf(context: StatementContext): [string, string] {
  const ast = root(context);
  return [String(ast?.type ?? "").toLowerCase(), String(ast?.keyword ?? "").toLowerCase()];
}

/** Visits every node of a tree, subqueries and set operations included. */
export function walk(value: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (isNode(value)) {
    visit(value);
    for (const [key, child] of Object.entries(value)) if (key !== "loc") walk(child, visit);
  }
}

/** Every SELECT in the statement: the statement itself, subqueries, INSERT … SELECT, unions. */
export function selectsOf(context: StatementContext): Node[] {
  const found: Node[] = [];
  walk(root(context), (node) => {
    if (node.type === "select") found.push(node);
  });
  return found;
}

/** `db.table` as written, or `table`. */
export function tableName(ref: unknown): string {
  if (!isNode(ref)) return "";
  const table = stringOf(ref.table) ?? "";
  const db = stringOf(ref.db);
  return db ? `${db}.${table}` : table;
}

/** The table a CREATE TABLE, ALTER TABLE or CREATE INDEX is about, without its database. */
export function subjectTable(context: StatementContext): string {
  const ast = root(context);
  const ref = Array.isArray(ast?.table) ? ast.table[0] : ast?.table;
  return isNode(ref) ? (stringOf(ref.table) ?? "") : "";
}

/** The clauses of an ALTER TABLE, each a node with `action` and `resource`. */
export function alterClauses(context: StatementContext): Node[] {
  const [type] = kindOf(context);
  return type === "alter" ? nodeList(root(context)?.expr) : [];
}

// Most rules read the same definitions of a statement: each is read once per statement.
const columnsRead = new WeakMap<StatementContext, ColumnDefinition[]>();
const indexesRead = new WeakMap<StatementContext, IndexDefinition[]>();

function remembered<T>(
  cache: WeakMap<StatementContext, T>,
  context: StatementContext,
  read: (c: StatementContext) => T,
): T {
  let value = cache.get(context);
  if (value === undefined) {
    value = read(context);
    cache.set(context, value);
  }
  return value;
}

export interface ColumnDefinition {
  table: string;
  name: string;
  /** The name before a CHANGE COLUMN. */
  oldName?: string;
  /** Where the definition comes from: a CREATE TABLE, or an ALTER TABLE clause. */
  action: "create" | "add" | "modify" | "change";
  /** Upper case, as the parser spells it: `INT`, `VARCHAR`, `LONGTEXT`. */
  dataType: string;
  length?: number;
  unsigned: boolean;
  /** `NOT NULL`, `NULL`, or neither written. */
  nullability?: "NOT NULL" | "NULL";
  /** `DEFAULT` as written: none, `DEFAULT NULL`, or a value or expression. */
  defaultValue: "none" | "null" | "value";
  autoIncrement: boolean;
  /** `PRIMARY KEY` (or MySQL's bare `KEY`) in the column's own definition. */
  primaryKey: boolean;
  unique: boolean;
  references: boolean;
  comment?: string;
  charset?: string;
  /** Absolute 1-based line of the column's name. */
  line: number;
}

/** Columns defined by a CREATE TABLE or added, modified or changed by an ALTER TABLE. */
export function columnDefinitions(context: StatementContext): readonly ColumnDefinition[] {
  return remembered(columnsRead, context, readColumns);
}

function readColumns(context: StatementContext): ColumnDefinition[] {
  const [type, keyword] = kindOf(context);
  const table = subjectTable(context);
  if (type === "create" && keyword === "table") {
    return nodeList(root(context)?.create_definitions)
      .filter((d) => d.resource === "column")
      .map((d) => columnOf(context, table, d, "create"));
  }
  return alterClauses(context)
    .filter((c) => c.resource === "column" && isNode(c.definition))
    .filter((c) => c.action === "add" || c.action === "modify" || c.action === "change")
    .map((c) => columnOf(context, table, c, c.action as ColumnDefinition["action"]));
}

function columnOf(
  context: StatementContext,
  table: string,
  node: Node,
  action: ColumnDefinition["action"],
): ColumnDefinition {
  const definition = isNode(node.definition) ? node.definition : {};
  const suffix = Array.isArray(definition.suffix) ? definition.suffix.map((s) => String(s).toUpperCase()) : [];
  const nullable = isNode(node.nullable) ? String(node.nullable.type).toUpperCase() : undefined;
  const defaultNode = isNode(node.default_val) ? node.default_val.value : undefined;
  const charset = isNode(node.character_set) ? stringOf(node.character_set.value) : undefined;
  const column = isNode(node.column) ? node.column : {};
  return {
    table,
    name: stringOf(column.column) ?? "",
    ...(isNode(node.old_column) ? { oldName: stringOf(node.old_column.column) ?? "" } : {}),
    action,
    dataType: String(definition.dataType ?? "").toUpperCase(),
    ...(typeof definition.length === "number" ? { length: definition.length } : {}),
    unsigned: suffix.includes("UNSIGNED"),
    ...(nullable === "NOT NULL" || nullable === "NULL" ? { nullability: nullable } : {}),
    defaultValue:
      defaultNode === undefined ? "none" : isNode(defaultNode) && defaultNode.type === "null" ? "null" : "value",
    autoIncrement: typeof node.auto_increment === "string",
    primaryKey: typeof node.primary_key === "string",
    unique: typeof node.unique === "string",
    references: isNode(node.reference_definition),
    ...(isNode(node.comment) ? { comment: stringOf(node.comment.value) ?? "" } : {}),
    ...(charset ? { charset } : {}),
    line: lineOf(context, column),
  };
}

export interface IndexDefinition {
  table: string;
  kind: "primary" | "unique" | "index" | "fulltext" | "spatial" | "foreign";
  /** The index or constraint name; undefined when the server will choose one. */
  name?: string;
  /** Columns in order; expressions of a functional index are left out. */
  columns: string[];
  /** For a foreign key: the table it references. */
  referencedTable?: string;
  line: number;
}

/**
 * Keys and indexes a statement creates: in a CREATE TABLE (column-level `PRIMARY KEY`, `UNIQUE`
 * and `REFERENCES` included), in ALTER TABLE … ADD, and by CREATE INDEX.
 */
export function indexDefinitions(context: StatementContext): readonly IndexDefinition[] {
  return remembered(indexesRead, context, readIndexes);
}

function readIndexes(context: StatementContext): IndexDefinition[] {
  const [type, keyword] = kindOf(context);
  const ast = root(context);
  const table = subjectTable(context);
  if (type === "create" && keyword === "index" && ast) {
    const kind = String(ast.index_type ?? "").toLowerCase();
    const columns = nodeList(ast.index_columns);
    return [
      {
        table,
        kind: kind === "unique" || kind === "fulltext" || kind === "spatial" ? kind : "index",
        ...optionalName(isNode(ast.index) ? ast.index.name : ast.index),
        columns: columnNames(columns),
        line: lineOf(context, columns[0]),
      },
    ];
  }
  const found: IndexDefinition[] = [];
  if (type === "create" && keyword === "table") {
    for (const definition of nodeList(ast?.create_definitions)) {
      if (definition.resource === "column") found.push(...columnLevelKeys(context, table, definition));
      else pushIndex(context, table, definition, found);
    }
  }
  for (const clause of alterClauses(context)) {
    if (clause.action !== "add") continue;
    if (clause.resource === "index") pushIndex(context, table, clause, found);
    else if (clause.resource === "constraint" && isNode(clause.create_definitions))
      pushIndex(context, table, clause.create_definitions, found);
    else if (clause.resource === "column") found.push(...columnLevelKeys(context, table, clause));
  }
  return found;
}

/** Lower-cased names of the columns a statement puts in a primary key (NOT NULL whatever they say). */
export function primaryKeyColumns(context: StatementContext): Set<string> {
  return new Set(
    indexDefinitions(context)
      .filter((i) => i.kind === "primary")
      .flatMap((i) => i.columns.map((c) => c.toLowerCase())),
  );
}

/** An index as a message's sentence starts with it: by its name, or by its table when it has none. */
export function indexLabel(index: IndexDefinition): string {
  return index.name ? `Index ${index.name}` : `An unnamed index on ${index.table}`;
}

function pushIndex(context: StatementContext, table: string, node: Node, into: IndexDefinition[]): void {
  const columns = nodeList(node.definition);
  const base = { table, columns: columnNames(columns), line: lineOf(context, columns[0]) };
  if (node.resource === "index") {
    const keyword = String(node.keyword ?? "").toLowerCase();
    const kind = keyword.startsWith("fulltext") ? "fulltext" : keyword.startsWith("spatial") ? "spatial" : "index";
    into.push({ ...base, kind, ...optionalName(node.index) });
    return;
  }
  const constraint = String(node.constraint_type ?? "").toLowerCase();
  if (constraint === "primary key") {
    into.push({ ...base, kind: "primary", ...optionalName(node.constraint) });
  } else if (constraint.startsWith("unique")) {
    into.push({ ...base, kind: "unique", ...optionalName(node.index ?? node.constraint) });
  } else if (constraint === "foreign key") {
    const reference = isNode(node.reference_definition) ? node.reference_definition : {};
    const target = nodeList(reference.table)[0];
    into.push({
      ...base,
      kind: "foreign",
      ...optionalName(node.constraint ?? node.index),
      ...(target ? { referencedTable: tableName(target) } : {}),
    });
  }
}

function columnLevelKeys(context: StatementContext, table: string, node: Node): IndexDefinition[] {
  const column = columnOf(context, table, node, "create");
  const base = { table, columns: [column.name], line: column.line };
  const keys: IndexDefinition[] = [];
  if (column.primaryKey) keys.push({ ...base, kind: "primary" });
  if (column.unique) keys.push({ ...base, kind: "unique" });
  if (column.references && isNode(node.reference_definition)) {
    const target = nodeList(node.reference_definition.table)[0];
    keys.push({ ...base, kind: "foreign", ...(target ? { referencedTable: tableName(target) } : {}) });
  }
  return keys;
}

function optionalName(value: unknown): { name?: string } {
  const name = stringOf(value);
  return name ? { name } : {};
}

function columnNames(columns: Node[]): string[] {
  return columns.filter((c) => c.type === "column_ref").map((c) => stringOf(c.column) ?? "");
}

/** Table options (`ENGINE`, `COMMENT`, `DEFAULT CHARSET`…) of a CREATE TABLE, keyword in upper case. */
export function tableOptions(context: StatementContext): { keyword: string; value: string }[] {
  const [type, keyword] = kindOf(context);
  if (type !== "create" || keyword !== "table") return [];
  return nodeList(root(context)?.table_options).map((o) => ({
    keyword: String(o.keyword ?? "").toUpperCase(),
    value: stringOf(o.value) ?? "",
  }));
}

const textStartLines = new WeakMap<Statement, number>();

/** Absolute line of a parsed node (from the parser's locations), or the statement's line. */
export function lineOf(context: StatementContext, node: unknown): number {
  const loc = isNode(node) && isNode(node.loc) && isNode(node.loc.start) ? node.loc.start.line : undefined;
  if (typeof loc !== "number") return context.statement.line;
  const { statement } = context;
  let start = textStartLines.get(statement);
  if (start === undefined) {
    // The statement's line is that of its first significant token; its text may begin earlier.
    const first = tokenize(statement.text).find((t) => t.kind !== "space" && t.kind !== "comment");
    start = statement.line - (first?.line ?? 0);
    textStartLines.set(statement, start);
  }
  return start + loc - 1;
}

/** Synonyms folded to one spelling, so lists of types need one entry per type. */
const TYPE_SYNONYMS: Record<string, string> = {
  INTEGER: "INT",
  INT4: "INT",
  NUMERIC: "DECIMAL",
  DEC: "DECIMAL",
  FIXED: "DECIMAL",
  REAL: "DOUBLE",
  BOOL: "BOOLEAN",
  CHARACTER: "CHAR",
};

/** A type name as lists compare it: upper case, length and synonyms removed (`integer(11)` → `INT`). */
export function baseType(type: string): string {
  const name = type.replace(/\(.*$/, "").trim().toUpperCase();
  return TYPE_SYNONYMS[name] ?? name;
}

export const INTEGER_TYPES = new Set(["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT"]);

/** Whether a LIMIT clause node holds a limit (the parser leaves an empty one on some statements). */
export function hasLimit(limit: unknown): boolean {
  return isNode(limit) && nodeList(limit.value).length > 0;
}

/** The `old TO new` pairs of a RENAME TABLE statement. */
export function renamedTables(context: StatementContext): { from: string; to: string }[] {
  const [type] = kindOf(context);
  if (type !== "rename") return [];
  const pairs: unknown = root(context)?.table;
  if (!Array.isArray(pairs)) return [];
  return pairs.filter(Array.isArray).map((pair: unknown[]) => ({ from: tableName(pair[0]), to: tableName(pair[1]) }));
}
