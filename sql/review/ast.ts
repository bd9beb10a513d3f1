// What rules read from a statement, taken once from the MySQL grammar's tree (sql/grammar.ts, the
// tree sql/parse.ts builds): the statement's kind, the tables it names, the columns, keys and
// options it defines, the clauses of an ALTER TABLE, and the few facts of DML that rules judge
// (a WHERE, a LIMIT, SELECT *, a LIKE pattern). Rules never walk the grammar's tree themselves:
// one reader here, typed, so a rule reads `shape.clauses` and not the grammar's node names.
//
// The shape is read once per parse and shared by every target a change is reviewed for; lines
// are worked out per statement, from the offsets the shape keeps.
import { ParserRuleContext, TerminalNode, type ParseTree } from "antlr4ng";
import { MySqlParser, Tree as G } from "../grammar";
import type { ParsedStatement } from "../parse";
import { firstSignificant, stringValue, tokenize, unquote, words } from "./tokens";
import type { Statement, StatementContext } from "./types";

/** A table as a statement writes it, quotes removed. */
export interface TableRef {
  database?: string;
  name: string;
}

export type ClauseAction = "add" | "drop" | "modify" | "change" | "rename" | "truncate" | "option" | "other";

/** One clause of an ALTER TABLE. */
export interface AlterClause {
  action: ClauseAction;
  /** What the clause acts on: `column`, `index`, `primary key`, `unique key`, `foreign key`, `check`, `table`, `partition`, an option keyword (`ENGINE`, `COMMENT`, `CHARSET`, `ALGORITHM`, `LOCK`, `CONVERT`), or `other`. */
  resource: string;
  /** The column a column clause is about (the new name for CHANGE and RENAME COLUMN). */
  column?: string;
  /** The name before CHANGE COLUMN or RENAME COLUMN. */
  oldColumn?: string;
  /** The index, key, constraint or (RENAME TO) table the clause names; an option's value as written. */
  name?: string;
  /** MariaDB's and TiDB's `DROP COLUMN IF EXISTS`. */
  ifExists: boolean;
  /** Offset in the text the grammar read. */
  offset: number;
}

export interface ColumnShape {
  name: string;
  oldName?: string;
  action: "create" | "add" | "modify" | "change";
  /** Upper case: `INT`, `VARCHAR`, `LONGTEXT`. */
  dataType: string;
  /** The whole type as written, lower case but for quoted values, without character set or collation: `decimal(10,2) unsigned`. */
  typeText: string;
  length?: number;
  unsigned: boolean;
  nullability?: "NOT NULL" | "NULL";
  defaultValue: "none" | "null" | "value";
  autoIncrement: boolean;
  primaryKey: boolean;
  unique: boolean;
  references?: TableRef;
  comment?: string;
  charset?: string;
  offset: number;
}

export interface IndexShape {
  kind: "primary" | "unique" | "index" | "fulltext" | "spatial" | "foreign";
  name?: string;
  columns: string[];
  referencedTable?: TableRef;
  offset: number;
}

/** One SELECT at the top level of a statement (each part of a UNION). */
export interface SelectPart {
  readsTable: boolean;
  where: boolean;
}

export interface StatementShape {
  /** Lower case, as the summary and the rules name kinds: `create`, `alter`, `drop`, `insert`, `replace`, `update`, `delete`, `select`, `rename`, `truncate`, `transaction`, or the statement's first word. */
  type: string;
  /** For CREATE, ALTER and DROP, what they act on: `table`, `index`, `database`, `view`, …; "" otherwise. */
  keyword: string;
  /** The table a CREATE TABLE, ALTER TABLE, CREATE or DROP INDEX, INSERT, REPLACE, UPDATE or DELETE is about. */
  table?: TableRef;
  /** Every table a DROP TABLE or TRUNCATE names. */
  names: TableRef[];
  /** The database a CREATE, ALTER or DROP DATABASE names. */
  database?: string;
  ifExists: boolean;
  ifNotExists: boolean;
  temporary: boolean;
  /** CREATE TABLE … LIKE: the table copied. */
  like?: TableRef;
  /** CREATE TABLE … AS SELECT (or CREATE TABLE … SELECT). */
  fromQuery: boolean;
  columns: ColumnShape[];
  indexes: IndexShape[];
  /** Options of a CREATE TABLE, an ALTER TABLE or a CREATE/ALTER DATABASE; keyword in upper case (`ENGINE`, `COMMENT`, `DEFAULT CHARSET`), value as written. */
  options: { keyword: string; value: string }[];
  clauses: AlterClause[];
  renames: { from: TableRef; to: TableRef }[];
  /** DROP INDEX: the index dropped (its table is `table`). */
  index?: string;
  /** UPDATE and DELETE: whether they have a WHERE, a LIMIT, an ORDER BY. */
  where: boolean;
  limit: boolean;
  orderBy: boolean;
  /** INSERT and REPLACE: whether the columns are named, the rows of a VALUES list, a LIMIT on the SELECT they insert from. */
  insert?: { columnsNamed: boolean; rows?: number; selectLimit: boolean };
  /** SELECT: its parts at the top level. */
  selects: SelectPart[];
  /** Offsets of every `*` and `t.*` in a select list, subqueries included. */
  stars: number[];
  /** LIKE and NOT LIKE patterns that are string literals, with the offset of what they match. */
  likes: { pattern: string; offset: number }[];
  /** A transaction statement: `BEGIN`, `COMMIT`, `ROLLBACK`, or its first word. */
  transaction?: string;
}

const shapes = new WeakMap<ParsedStatement, StatementShape>();

/** The statement's shape, or undefined when the grammar has no tree of it. */
export function shapeOf(context: StatementContext): StatementShape | undefined {
  return shapeOfParsed(context.parsed);
}

function shapeOfParsed(parsed: ParsedStatement): StatementShape | undefined {
  if (parsed.error) return undefined;
  let shape = shapes.get(parsed);
  if (!shape) {
    shape = parsed.tree ? readShape(parsed, parsed.tree) : extensionShape(parsed);
    if (!shape) return undefined;
    shapes.set(parsed, shape);
  }
  return shape;
}

/**
 * The statement with its shape read and the grammar's tree let go: what a change keeps of each
 * statement while its targets are reviewed. A tree is many small objects; kept for the whole
 * change, a thousand statements' trees would be most of the review's memory.
 */
export function settled(parsed: ParsedStatement): ParsedStatement {
  const { extension } = parsed;
  if (extension?.runs) return { ...parsed, extension: { ...extension, runs: settled(extension.runs) } };
  if (!parsed.tree) return parsed;
  const { tree, ...rest } = parsed;
  if (!parsed.error) shapes.set(rest, readShape(parsed, tree));
  return rest;
}

/**
 * Statements of MySQL's own that the grammar lacks, read whole by their readers in
 * sql/dialect/extensions.ts: INSERT … SET and INSERT … VALUES (); and statements that run another
 * (a WITH list's statement, TiDB's BATCH), which have the shape of the statement they run. Other
 * statements of an engine's own have no shape; review.ts says which rules could not check them.
 */
function extensionShape(parsed: ParsedStatement): StatementShape | undefined {
  const { extension } = parsed;
  if (extension?.runs) return shapeOfParsed(extension.runs);
  if (extension?.name !== "insert-set" && extension?.name !== "insert-empty-row") return undefined;
  const verb = /^\s*replace\b/i.test(parsed.read) ? "replace" : "insert";
  const [head, dot, tail] = words(extension.labels.table ?? "");
  const table =
    dot?.text === "." && head && tail
      ? { database: unquote(head.text), name: unquote(tail.text) }
      : { name: unquote(head?.text ?? "") };
  return {
    ...emptyShape(verb),
    table,
    insert: {
      columnsNamed: extension.name === "insert-set",
      ...(extension.name === "insert-empty-row" ? { rows: (parsed.read.match(/\(\s*\)/g) ?? []).length } : {}),
      selectLimit: false,
    },
  };
}

/** `type` and `keyword` of a statement: `["create", "table"]`, `["update", ""]`; empty when it has no tree. */
export function kindOf(context: StatementContext): [string, string] {
  const shape = shapeOf(context);
  return [shape?.type ?? "", shape?.keyword ?? ""];
}

/** `db.table` as written, or `table`. */
export function tableName(ref: TableRef | undefined): string {
  if (!ref) return "";
  return ref.database ? `${ref.database}.${ref.name}` : ref.name;
}

/** The table a CREATE TABLE, ALTER TABLE or CREATE INDEX is about, without its database. */
export function subjectTable(context: StatementContext): string {
  return shapeOf(context)?.table?.name ?? "";
}

/** The clauses of an ALTER TABLE. */
export function alterClauses(context: StatementContext): readonly AlterClause[] {
  return shapeOf(context)?.clauses ?? [];
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

export interface ColumnDefinition extends Omit<ColumnShape, "offset" | "references"> {
  table: string;
  references: boolean;
  /** Absolute 1-based line of the column's name. */
  line: number;
}

/** Columns defined by a CREATE TABLE or added, modified or changed by an ALTER TABLE. */
export function columnDefinitions(context: StatementContext): readonly ColumnDefinition[] {
  return remembered(columnsRead, context, (c) => {
    const table = subjectTable(c);
    return (shapeOf(c)?.columns ?? []).map(({ offset, references, ...column }) => ({
      ...column,
      table,
      references: references !== undefined,
      line: lineOf(c, offset),
    }));
  });
}

export interface IndexDefinition {
  table: string;
  kind: IndexShape["kind"];
  /** The index or constraint name; undefined when the server will choose one. */
  name?: string;
  /** Columns in order; expressions of a functional index are left out. */
  columns: string[];
  /** For a foreign key: the table it references, as written. */
  referencedTable?: string;
  line: number;
}

/**
 * Keys and indexes a statement creates: in a CREATE TABLE (column-level `PRIMARY KEY`, `UNIQUE`
 * and `REFERENCES` included), in ALTER TABLE … ADD, and by CREATE INDEX.
 */
export function indexDefinitions(context: StatementContext): readonly IndexDefinition[] {
  return remembered(indexesRead, context, (c) => {
    const table = subjectTable(c);
    return (shapeOf(c)?.indexes ?? []).map(({ offset, referencedTable, ...index }) => ({
      ...index,
      table,
      ...(referencedTable ? { referencedTable: tableName(referencedTable) } : {}),
      line: lineOf(c, offset),
    }));
  });
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

/** Table options (`ENGINE`, `COMMENT`, `DEFAULT CHARSET`…) a CREATE or ALTER TABLE sets, keyword in upper case. */
export function tableOptions(context: StatementContext): readonly { keyword: string; value: string }[] {
  const [type, keyword] = kindOf(context);
  return keyword === "table" && (type === "create" || type === "alter") ? (shapeOf(context)?.options ?? []) : [];
}

/** The `old TO new` pairs of a RENAME TABLE statement. */
export function renamedTables(context: StatementContext): { from: string; to: string }[] {
  return (shapeOf(context)?.renames ?? []).map((r) => ({ from: tableName(r.from), to: tableName(r.to) }));
}

const textStartLines = new WeakMap<Statement, number>();

/** Absolute line of an offset in the text the grammar read, or of a line (1-based) of the statement's text. */
export function lineOf(context: StatementContext, at: { line: number } | number): number {
  const { statement } = context;
  let start = textStartLines.get(statement);
  if (start === undefined) {
    // The statement's line is that of its first significant token; its text may begin earlier.
    const first = firstSignificant(tokenize(statement.text));
    start = statement.line - (first?.line ?? 0);
    textStartLines.set(statement, start);
  }
  if (typeof at === "object") return start + at.line - 1;
  const written = context.parsed.written(at);
  let line = 0;
  for (let i = statement.text.indexOf("\n"); i >= 0 && i < written; i = statement.text.indexOf("\n", i + 1)) line++;
  return start + line;
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

// ---- Reading the grammar's tree ----

// The grammar's classes, read once: each `G.X` is a getter on the module.
const {
  AlterByAddCheckTableConstraintContext,
  AlterByAddColumnContext,
  AlterByAddColumnsContext,
  AlterByAddForeignKeyContext,
  AlterByAddIndexContext,
  AlterByAddPrimaryKeyContext,
  AlterByAddSpecialIndexContext,
  AlterByAddUniqueKeyContext,
  AlterByChangeColumnContext,
  AlterByConvertCharsetContext,
  AlterByDefaultCharsetContext,
  AlterByDropColumnContext,
  AlterByDropConstraintCheckContext,
  AlterByDropForeignKeyContext,
  AlterByDropIndexContext,
  AlterByDropPartitionContext,
  AlterByDropPrimaryKeyContext,
  AlterByLockContext,
  AlterByModifyColumnContext,
  AlterByRenameColumnContext,
  AlterByRenameContext,
  AlterByRenameIndexContext,
  AlterBySetAlgorithmContext,
  AlterByTableOptionContext,
  AlterByTruncatePartitionContext,
  AlterDatabaseContext,
  AlterTableContext,
  AutoIncrementColumnConstraintContext,
  CharSetContext,
  CharsetNameContext,
  CollationNameContext,
  ColumnCreateTableContext,
  CommentColumnConstraintContext,
  CopyCreateTableContext,
  CreateDatabaseContext,
  CreateDatabaseOptionContext,
  CreateIndexContext,
  DecimalLiteralContext,
  DefaultColumnConstraintContext,
  DeleteStatementContext,
  DropDatabaseContext,
  DropIndexContext,
  DropTableContext,
  FullIdContext,
  IfExistsContext,
  IfNotExistsContext,
  InsertStatementContext,
  LikePredicateContext,
  LimitClauseContext,
  NullColumnConstraintContext,
  PrimaryKeyColumnConstraintContext,
  PureAllColumnsContext,
  QueryCreateTableContext,
  QuerySpecificationContext,
  ReferenceColumnConstraintContext,
  RenameTableContext,
  ReplaceStatementContext,
  SelectStatementContext,
  SerialDefaultColumnConstraintContext,
  StringLiteralContext,
  TableAllColumnsContext,
  TableNameContext,
  TransactionStatementContext,
  TruncateTableContext,
  UidContext,
  UniqueKeyColumnConstraintContext,
  UpdateStatementContext,
} = G;

// Each ANTLR context class is a constructor; instanceof needs no more than that.
type ContextClass<T> = abstract new (...args: never[]) => T;

const NO_CHILDREN: readonly ParseTree[] = [];

function children(node: ParseTree): readonly ParseTree[] {
  return node instanceof ParserRuleContext ? (node.children ?? NO_CHILDREN) : NO_CHILDREN;
}

/** Every descendant of `node` of a class, in order; with `stop`, nodes of that class are not entered. */
function all<T>(node: ParseTree, type: ContextClass<T>, stop?: ContextClass<unknown>): T[] {
  const found: T[] = [];
  const visit = (n: ParseTree): void => {
    for (const child of children(n)) {
      if (child instanceof type) found.push(child);
      if (stop && child instanceof stop) continue;
      if (child instanceof ParserRuleContext) visit(child);
    }
  };
  visit(node);
  return found;
}

function first<T>(node: ParseTree, type: ContextClass<T>): T | undefined {
  for (const child of children(node)) {
    if (child instanceof type) return child;
    if (child instanceof ParserRuleContext) {
      const found = first(child, type);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether `node` has a token of `type` among its own children. */
function hasToken(node: ParseTree, type: number): boolean {
  return children(node).some((c) => c instanceof TerminalNode && c.symbol.type === type);
}

function offsetOf(node: ParseTree | null | undefined): number {
  if (node instanceof ParserRuleContext) return node.start?.start ?? 0;
  if (node instanceof TerminalNode) return node.symbol.start;
  return 0;
}

/** The words of a node's tokens, spaced as SQL is: `DEFAULT CHARSET`, `decimal(10,2)`. */
function spaced(node: ParseTree, skip?: (n: ParseTree) => boolean): string {
  const parts: string[] = [];
  const visit = (n: ParseTree): void => {
    if (skip?.(n)) return;
    if (n instanceof TerminalNode) {
      if (n.symbol.type !== MySqlParser.EOF) parts.push(n.getText());
      return;
    }
    for (const child of children(n)) visit(child);
  };
  visit(node);
  let text = "";
  for (const part of parts) {
    const glued =
      part === "(" || part === ")" || part === "," || text.endsWith("(") || text.endsWith(",") || text === "";
    text += (glued ? "" : " ") + part;
  }
  return text;
}

/** An identifier as the server reads it: backticks or double quotes removed. */
function identifier(node: ParseTree | null | undefined): string {
  if (!node) return "";
  const text = node.getText();
  if (text.startsWith('"') || text.startsWith("'")) return stringValue(text);
  return unquote(text);
}

/** `db.table`, `table`, or `db`.`table` as a table reference. */
function tableRef(node: G.TableNameContext | G.TableNameCreateContext | G.FullIdContext | null | undefined): TableRef {
  const full = node instanceof FullIdContext ? node : node?.fullId();
  if (!full) return { name: "" };
  const dotted = full.dottedId();
  const head = identifier(full.uid());
  if (!dotted) return { name: head };
  const rest = dotted.uid() ?? dotted.ID();
  return { database: head, name: rest ? identifier(rest) : dotted.getText().replace(/^\./, "") };
}

/** A column name as a clause writes it (`c`, or a qualified `t.c` whose last part is the column). */
function columnName(node: G.ColumnNameContext | G.ColumnNameCreateContext | null | undefined): string {
  if (!node) return "";
  const dotted = node.dottedId();
  const last = dotted[dotted.length - 1];
  if (last) {
    const part = last.uid() ?? last.ID();
    return part ? identifier(part) : last.getText().replace(/^\./, "");
  }
  return identifier(node.uid());
}

function indexColumns(node: G.IndexColumnNamesContext | null | undefined): string[] {
  if (!node) return [];
  return node
    .indexColumnName()
    .map((c) => c.uid())
    .filter((u): u is G.UidContext => u !== null)
    .map(identifier);
}

function emptyShape(type: string, keyword = ""): StatementShape {
  return {
    type,
    keyword,
    names: [],
    ifExists: false,
    ifNotExists: false,
    temporary: false,
    fromQuery: false,
    columns: [],
    indexes: [],
    options: [],
    clauses: [],
    renames: [],
    where: false,
    limit: false,
    orderBy: false,
    selects: [],
    stars: [],
    likes: [],
  };
}

function readShape(parsed: ParsedStatement, tree: G.SingleStatementContext): StatementShape {
  const statement = tree.sqlStatement();
  const body = statement?.ddlStatement() ?? statement?.dmlStatement();
  const node = body ? children(body)[0] : (statement?.transactionStatement() ?? undefined);
  const shape = node ? readNode(node, parsed) : undefined;
  const result = shape ?? emptyShape(firstWord(tree));
  // Most statements have neither: the walk of the whole tree is for those whose text may.
  if (statement && /\*|\blike\b/i.test(parsed.read)) readStarsAndLikes(statement, result);
  return result;
}

function firstWord(tree: ParseTree): string {
  for (const child of children(tree)) {
    if (child instanceof TerminalNode) return child.getText().toLowerCase();
    const word = firstWord(child);
    if (word) return word;
  }
  return "";
}

function readNode(node: ParseTree, parsed: ParsedStatement): StatementShape | undefined {
  if (node instanceof ColumnCreateTableContext) return createTable(node);
  if (node instanceof CopyCreateTableContext) {
    return {
      ...emptyShape("create", "table"),
      table: tableRef(node.tableNameCreate()),
      like: tableRef(node.tableName()),
      ifNotExists: node.ifNotExists() !== null,
      temporary: node.KW_TEMPORARY() !== null,
    };
  }
  if (node instanceof QueryCreateTableContext) {
    const definitions = node.createDefinitions();
    return {
      ...(definitions ? createTable(node) : emptyShape("create", "table")),
      table: tableRef(node.tableNameCreate()),
      ifNotExists: node.ifNotExists() !== null,
      temporary: node.KW_TEMPORARY() !== null,
      fromQuery: true,
    };
  }
  if (node instanceof AlterTableContext) return alterTable(node, parsed);
  if (node instanceof CreateIndexContext) {
    const kind = node.KW_UNIQUE()
      ? "unique"
      : node.KW_FULLTEXT()
        ? "fulltext"
        : node.KW_SPATIAL()
          ? "spatial"
          : "index";
    const columns = node.indexColumnNames();
    return {
      ...emptyShape("create", "index"),
      table: tableRef(node.tableName()),
      indexes: [
        { kind, name: identifier(node.indexNameCreate()), columns: indexColumns(columns), offset: offsetOf(columns) },
      ],
    };
  }
  if (node instanceof DropIndexContext)
    return { ...emptyShape("drop", "index"), table: tableRef(node.tableName()), index: identifier(node.indexName()) };
  if (node instanceof DropTableContext) {
    return {
      ...emptyShape("drop", "table"),
      names: node.tableNames().tableName().map(tableRef),
      ifExists: node.ifExists() !== null,
      temporary: node.KW_TEMPORARY() !== null,
    };
  }
  if (node instanceof RenameTableContext) {
    return {
      ...emptyShape("rename"),
      renames: node
        .renameTableClause()
        .map((c) => ({ from: tableRef(c.tableName()), to: tableRef(c.tableNameCreate()) })),
    };
  }
  if (node instanceof TruncateTableContext) {
    const table = tableRef(node.tableName());
    return { ...emptyShape("truncate"), table, names: [table] };
  }
  if (node instanceof CreateDatabaseContext) return database(node, "create");
  if (node instanceof AlterDatabaseContext) return database(node, "alter");
  if (node instanceof DropDatabaseContext) return database(node, "drop");
  if (node instanceof InsertStatementContext) return insert(node);
  if (node instanceof ReplaceStatementContext) return replace(node);
  if (node instanceof UpdateStatementContext) return update(node);
  if (node instanceof DeleteStatementContext) return remove(node);
  if (node instanceof SelectStatementContext) return select(node);
  if (node instanceof TransactionStatementContext) return transaction(node);
  const created = /^(create|alter|drop)$/.exec(firstWord(node))?.[0];
  if (created) {
    // CREATE VIEW, DROP PROCEDURE, ALTER EVENT…: the object is the first word the grammar's
    // rule is named for after the verb (`CreateViewContext` → `view`).
    const object = node.constructor.name
      .replace(/Context$/, "")
      .slice(created.length)
      .toLowerCase();
    return emptyShape(created, object);
  }
  return undefined;
}

function database(
  node: G.CreateDatabaseContext | G.AlterDatabaseContext | G.DropDatabaseContext,
  type: "create" | "alter" | "drop",
): StatementShape {
  const name = first(node, UidContext);
  const options = all(node, CreateDatabaseOptionContext).map((o) => optionOf(o));
  return {
    ...emptyShape(type, "database"),
    ...(name ? { database: identifier(name) } : {}),
    ifExists: first(node, IfExistsContext) !== undefined,
    ifNotExists: first(node, IfNotExistsContext) !== undefined,
    options,
  };
}

function createTable(node: G.ColumnCreateTableContext | G.QueryCreateTableContext): StatementShape {
  const shape: StatementShape = {
    ...emptyShape("create", "table"),
    table: tableRef(node.tableNameCreate()),
    ifNotExists: node.ifNotExists() !== null,
    temporary: node.KW_TEMPORARY() !== null,
    options: node.tableOption().map((o) => optionOf(o)),
  };
  for (const definition of node.createDefinitions()?.createDefinition() ?? []) {
    const column = definition.columnDefinition();
    if (column) {
      const name = definition.columnNameCreate();
      const read = columnOf(name, column, "create");
      shape.columns.push(read);
      shape.indexes.push(...columnKeys(read));
    } else {
      const index = indexOf(definition);
      if (index) shape.indexes.push(index);
    }
  }
  return shape;
}

function columnOf(
  name: G.ColumnNameContext | G.ColumnNameCreateContext | null,
  definition: G.ColumnDefinitionContext,
  action: ColumnShape["action"],
  oldName?: string,
): ColumnShape {
  const type = definition.dataType();
  const constraints = definition.columnConstraint();
  const has = <T>(kind: ContextClass<T>): T | undefined =>
    constraints.find((c): c is T & G.ColumnConstraintContext => c instanceof kind);
  const nullability = has(NullColumnConstraintContext);
  const defaultValue = has(DefaultColumnConstraintContext)?.defaultValue();
  const comment = has(CommentColumnConstraintContext);
  const reference = has(ReferenceColumnConstraintContext);
  const charsetName = first(type, CharsetNameContext);
  const charset = charsetName ? identifier(charsetName) : undefined;
  const length = first(type, DecimalLiteralContext);
  const words = children(type).filter((c): c is TerminalNode => c instanceof TerminalNode);
  const column: ColumnShape = {
    name: columnName(name),
    ...(oldName !== undefined ? { oldName } : {}),
    action,
    dataType: (words[0]?.getText() ?? "").toUpperCase(),
    typeText: binaryCharset(typeText(type), charset),
    ...(length ? { length: Number(length.getText()) } : {}),
    unsigned: words.some((w) => w.symbol.type === MySqlParser.KW_UNSIGNED),
    ...(nullability
      ? { nullability: nullability.nullNotNull().KW_NOT() ? ("NOT NULL" as const) : ("NULL" as const) }
      : {}),
    defaultValue: !defaultValue ? "none" : defaultValue.getText().toUpperCase() === "NULL" ? "null" : "value",
    // The grammar's AutoIncrementColumnConstraint holds `ON UPDATE CURRENT_TIMESTAMP` too.
    autoIncrement:
      constraints.some((c) => c instanceof AutoIncrementColumnConstraintContext && c.KW_AUTO_INCREMENT() !== null) ||
      has(SerialDefaultColumnConstraintContext) !== undefined ||
      words.some((w) => w.symbol.type === MySqlParser.KW_SERIAL),
    primaryKey: has(PrimaryKeyColumnConstraintContext) !== undefined,
    unique: has(UniqueKeyColumnConstraintContext) !== undefined,
    ...(reference ? { references: tableRef(reference.referenceDefinition().tableName()) } : {}),
    ...(comment ? { comment: stringValue(comment.STRING_LITERAL().getText()) } : {}),
    ...(charset ? { charset } : {}),
    offset: offsetOf(name),
  };
  return column;
}

/** A data type as the catalog keeps it: lower case, quoted values as written, no character set or collation. */
function typeText(type: G.DataTypeContext): string {
  const text = spaced(
    type,
    (n) => n instanceof CharSetContext || n instanceof CharsetNameContext || n instanceof CollationNameContext,
  );
  return (
    text
      .replace(/\b(CHARACTER SET|CHARSET|COLLATE)\b/gi, "")
      .split(/('(?:[^']|'')*')/)
      .map((part, i) => (i % 2 === 1 ? part : part.toLowerCase()))
      .join("")
      .replace(/\s+/g, " ")
      .trim()
      // Spellings the server reports otherwise: DOUBLE PRECISION is DOUBLE; a string type's BINARY
      // names its collation, not its type.
      .replace(/^double precision\b/, "double")
      .replace(/^((?:var)?char|(?:tiny|medium|long)?text)(\(\d+\))? binary\b/, "$1$2")
      .trim()
  );
}

/** A string type in the binary character set is its binary twin: `VARCHAR(20) CHARACTER SET binary` is `varbinary(20)`. */
function binaryCharset(type: string, charset: string | undefined): string {
  if (charset?.toLowerCase() !== "binary") return type;
  return type
    .replace(/^char\b/, "binary")
    .replace(/^varchar\b/, "varbinary")
    .replace(/^(tiny|medium|long)?text\b/, (_, size: string | undefined) => `${size ?? ""}blob`);
}

/** Keys a column's own definition makes: `PRIMARY KEY`, `UNIQUE`, `REFERENCES`. */
function columnKeys(column: ColumnShape): IndexShape[] {
  const base = { columns: [column.name], offset: column.offset };
  const keys: IndexShape[] = [];
  if (column.primaryKey) keys.push({ ...base, kind: "primary" });
  if (column.unique) keys.push({ ...base, kind: "unique" });
  if (column.references) keys.push({ ...base, kind: "foreign", referencedTable: column.references });
  return keys;
}

function indexOf(definition: G.CreateDefinitionContext): IndexShape | undefined {
  const columns = definition.indexColumnNames();
  if (!columns) return undefined; // a CHECK constraint
  const named = definition.indexName() ?? definition.constraintSymbol()?.uid();
  const base = {
    columns: indexColumns(columns),
    offset: offsetOf(columns.indexColumnName(0)),
    ...(named ? { name: identifier(named) } : {}),
  };
  if (definition.KW_PRIMARY()) return { ...base, kind: "primary" };
  if (definition.KW_UNIQUE()) return { ...base, kind: "unique" };
  if (definition.KW_FOREIGN()) {
    const reference = definition.referenceDefinition();
    return { ...base, kind: "foreign", ...(reference ? { referencedTable: tableRef(reference.tableName()) } : {}) };
  }
  if (definition.KW_FULLTEXT()) return { ...base, kind: "fulltext" };
  if (definition.KW_SPATIAL()) return { ...base, kind: "spatial" };
  return { ...base, kind: "index" };
}

function optionOf(option: ParserRuleContext): { keyword: string; value: string } {
  // An option is its keywords, an optional `=`, then its value: `DEFAULT CHARSET = utf8mb4`, `COMMENT 'x'`.
  const value =
    first(option, CharsetNameContext) ??
    first(option, CollationNameContext) ??
    option.getChild(option.getChildCount() - 1) ??
    option;
  const keyword = spaced(option, (n) => n === value || (n instanceof TerminalNode && n.getText() === "="));
  return { keyword: keyword.toUpperCase().replace(/\bCHARACTER SET\b/, "CHARSET"), value: value.getText() };
}

function alterTable(node: G.AlterTableContext, parsed: ParsedStatement): StatementShape {
  const shape: StatementShape = { ...emptyShape("alter", "table"), table: tableRef(node.tableName()) };
  for (const option of node.alterOption()) readAlterOption(option, shape, parsed);
  for (const partition of node.alterPartitionSpecification()) {
    const action =
      partition instanceof AlterByTruncatePartitionContext
        ? "truncate"
        : partition instanceof AlterByDropPartitionContext
          ? "drop"
          : "other";
    shape.clauses.push({ action, resource: "partition", ifExists: false, offset: offsetOf(partition) });
  }
  return shape;
}

function readAlterOption(option: G.AlterOptionContext, shape: StatementShape, parsed: ParsedStatement): void {
  const offset = offsetOf(option);
  const clause = (action: ClauseAction, resource: string, more: Partial<AlterClause> = {}): void => {
    shape.clauses.push({ action, resource, ifExists: false, offset, ...more });
  };
  if (option instanceof AlterByAddColumnContext) {
    const [name] = option.columnName();
    const column = columnOf(name ?? null, option.columnDefinition(), "add");
    shape.columns.push(column);
    shape.indexes.push(...columnKeys(column));
    clause("add", "column", { column: column.name });
  } else if (option instanceof AlterByAddColumnsContext) {
    const names = option.columnName();
    option.columnDefinition().forEach((definition, i) => {
      const column = columnOf(names[i] ?? null, definition, "add");
      shape.columns.push(column);
      shape.indexes.push(...columnKeys(column));
      clause("add", "column", { column: column.name });
    });
  } else if (option instanceof AlterByModifyColumnContext) {
    const [name] = option.columnName();
    const column = columnOf(name ?? null, option.columnDefinition(), "modify");
    shape.columns.push(column);
    clause("modify", "column", { column: column.name });
  } else if (option instanceof AlterByChangeColumnContext) {
    const [old] = option.columnName();
    const oldColumn = columnName(old);
    const column = columnOf(option.columnNameCreate(), option.columnDefinition(), "change", oldColumn);
    shape.columns.push(column);
    clause("change", "column", { column: column.name, oldColumn });
  } else if (option instanceof AlterByDropColumnContext) {
    const name = option.columnName();
    clause("drop", "column", { column: columnName(name), ifExists: liftedIfExists(parsed, option, name) });
  } else if (option instanceof AlterByRenameColumnContext) {
    clause("rename", "column", {
      column: columnName(option.columnNameCreate()),
      oldColumn: columnName(option.columnName()),
    });
  } else if (option instanceof AlterByRenameContext) {
    clause("rename", "table", { name: tableRef(option.tableNameCreate()).name });
  } else if (option instanceof AlterByRenameIndexContext) {
    clause("rename", "index", { name: identifier(option.indexName()) });
  } else if (option instanceof AlterByDropPrimaryKeyContext) {
    clause("drop", "primary key");
  } else if (option instanceof AlterByDropIndexContext) {
    clause("drop", "index", { name: identifier(option.indexName()) });
  } else if (option instanceof AlterByDropForeignKeyContext) {
    clause("drop", "foreign key", { name: identifier(option.uid()) });
  } else if (option instanceof AlterByDropConstraintCheckContext) {
    clause("drop", "check");
  } else if (
    option instanceof AlterByAddIndexContext ||
    option instanceof AlterByAddPrimaryKeyContext ||
    option instanceof AlterByAddUniqueKeyContext ||
    option instanceof AlterByAddSpecialIndexContext ||
    option instanceof AlterByAddForeignKeyContext
  ) {
    const index = alterIndex(option);
    shape.indexes.push(index);
    const resource = ADDED_KEY[index.kind] ?? "index";
    clause("add", resource, index.name ? { name: index.name } : {});
  } else if (option instanceof AlterByAddCheckTableConstraintContext) {
    clause("add", "check");
  } else if (option instanceof AlterByTableOptionContext) {
    for (const tableOption of option.tableOption()) {
      const read = optionOf(tableOption);
      shape.options.push(read);
      clause("option", read.keyword, { name: read.value });
    }
  } else if (option instanceof AlterByDefaultCharsetContext || option instanceof AlterByConvertCharsetContext) {
    const value = option.charsetName().getText();
    const keyword = option instanceof AlterByConvertCharsetContext ? "CONVERT" : "DEFAULT CHARSET";
    shape.options.push({ keyword, value });
    clause("option", keyword, { name: value });
  } else if (option instanceof AlterBySetAlgorithmContext || option instanceof AlterByLockContext) {
    const keyword = option instanceof AlterByLockContext ? "LOCK" : "ALGORITHM";
    clause("option", keyword, { name: option.getChild(option.getChildCount() - 1)?.getText() ?? "" });
  } else {
    clause("other", "other");
  }
}

/** What an ALTER TABLE adding an index adds, for the kinds that are keys; any other is an index. */
const ADDED_KEY: Partial<Record<IndexShape["kind"], string>> = {
  primary: "primary key",
  unique: "unique key",
  foreign: "foreign key",
};

function alterIndex(
  option:
    | G.AlterByAddIndexContext
    | G.AlterByAddPrimaryKeyContext
    | G.AlterByAddUniqueKeyContext
    | G.AlterByAddSpecialIndexContext
    | G.AlterByAddForeignKeyContext,
): IndexShape {
  const columns = option.indexColumnNames();
  const nameNode =
    option instanceof AlterByAddPrimaryKeyContext
      ? option.uid()
      : option instanceof AlterByAddIndexContext || option instanceof AlterByAddSpecialIndexContext
        ? option.indexName()
        : (option.indexName() ?? option.uid());
  const base = {
    columns: indexColumns(columns),
    offset: offsetOf(columns.indexColumnName(0)),
    ...(nameNode ? { name: identifier(nameNode) } : {}),
  };
  if (option instanceof AlterByAddPrimaryKeyContext) return { ...base, kind: "primary" };
  if (option instanceof AlterByAddUniqueKeyContext) return { ...base, kind: "unique" };
  if (option instanceof AlterByAddForeignKeyContext)
    return { ...base, kind: "foreign", referencedTable: tableRef(option.referenceDefinition().tableName()) };
  if (option instanceof AlterByAddSpecialIndexContext)
    return { ...base, kind: hasToken(option, MySqlParser.KW_SPATIAL) ? "spatial" : "fulltext" };
  return { ...base, kind: "index" };
}

/** Whether the engine's layer lifted an `IF EXISTS` out of this clause before the column's name (MariaDB, TiDB). */
function liftedIfExists(parsed: ParsedStatement, clause: ParserRuleContext, name: ParseTree): boolean {
  const from = parsed.written(offsetOf(clause));
  const to = parsed.written(offsetOf(name));
  return parsed.clauses.some(
    (c) => c.name === "if-exists" && !/\bNOT\b/i.test(c.text) && c.start >= from && c.start <= to,
  );
}

function insert(node: G.InsertStatementContext): StatementShape {
  const source = node.selectOrTableOrValues();
  const named = (node.fullColumnNames()?.columnNames()?.columnName().length ?? 0) > 0;
  return insertShape("insert", node, named, node.valuesOrValueList(), source?.selectStatement());
}

function replace(node: G.ReplaceStatementContext): StatementShape {
  const source = node.replaceStatementValuesOrSelectOrTable();
  const named = (node.columnNames()?.columnName().length ?? 0) > 0;
  return insertShape("replace", node, named, source?.valuesOrValueList(), source?.selectStatement());
}

/** An INSERT's or REPLACE's shape: its table, whether it names its columns (a list, or SET), its rows. */
function insertShape(
  type: "insert" | "replace",
  node: G.InsertStatementContext | G.ReplaceStatementContext,
  columnsListed: boolean,
  values: G.ValuesOrValueListContext | null | undefined,
  query: G.SelectStatementContext | null | undefined,
): StatementShape {
  return {
    ...emptyShape(type),
    table: tableRef(node.tableName()),
    insert: {
      columnsNamed: columnsListed || node.setAssignmentList() !== null,
      ...(values ? { rows: values.expressionsWithDefaults().length } : {}),
      selectLimit: query ? limited(query) : false,
    },
  };
}

/** Whether a SELECT has a LIMIT at its own top level. */
function limited(query: G.SelectStatementContext): boolean {
  return all(query, LimitClauseContext, SelectStatementContext).length > 0;
}

function update(node: G.UpdateStatementContext): StatementShape {
  const single = node.singleUpdateStatement();
  if (single)
    return changeShape("update", single.tableName(), single.KW_WHERE(), single.limitClause(), single.orderByClause());
  const multiple = node.multipleUpdateStatement();
  const table = multiple ? first(multiple.tableSources(), TableNameContext) : undefined;
  return changeShape("update", table, multiple?.KW_WHERE());
}

function remove(node: G.DeleteStatementContext): StatementShape {
  const single = node.singleDeleteStatement();
  if (single)
    return changeShape("delete", single.tableName(), single.KW_WHERE(), single.KW_LIMIT(), single.orderByClause());
  const multiple = node.multipleDeleteStatement();
  return changeShape("delete", multiple?.tableName()[0], multiple?.KW_WHERE());
}

/** An UPDATE's or DELETE's shape from the clauses it has (the multiple-table forms take no LIMIT or ORDER BY). */
function changeShape(
  type: "update" | "delete",
  table: G.TableNameContext | null | undefined,
  where: ParseTree | null | undefined,
  limit?: ParseTree | null,
  orderBy?: ParseTree | null,
): StatementShape {
  return {
    ...emptyShape(type),
    ...(table ? { table: tableRef(table) } : {}),
    where: Boolean(where),
    limit: Boolean(limit),
    orderBy: Boolean(orderBy),
  };
}

function select(node: G.SelectStatementContext): StatementShape {
  // The parts of a UNION at this level: the specifications not inside a subquery.
  const parts = all(node, QuerySpecificationContext, SelectStatementContext);
  return {
    ...emptyShape("select"),
    selects: parts.map((spec) => {
      const from = spec.fromClause();
      const sources = from?.tableSources();
      return {
        readsTable: sources !== null && sources !== undefined && sources.getText().toUpperCase() !== "DUAL",
        where: from !== null && from.KW_WHERE() !== null,
      };
    }),
  };
}

function transaction(node: G.TransactionStatementContext): StatementShape {
  const word = node.commitWork()
    ? "COMMIT"
    : node.rollbackWork()
      ? "ROLLBACK"
      : node.startTransaction() || node.beginWork()
        ? "BEGIN"
        : firstWord(node).toUpperCase();
  return { ...emptyShape("transaction"), transaction: word };
}

/** Every `*` and `t.*` of a select list, and every LIKE against a string literal, in one walk of the tree. */
function readStarsAndLikes(node: ParseTree, into: StatementShape): void {
  for (const child of children(node)) {
    if (child instanceof PureAllColumnsContext || child instanceof TableAllColumnsContext) {
      into.stars.push(offsetOf(child));
    } else if (child instanceof LikePredicateContext) {
      const [left, right] = child.predicate();
      const text = right?.getText() ?? "";
      if (/^['"]/.test(text) && right && first(right, StringLiteralContext) !== undefined)
        into.likes.push({ pattern: stringValue(text), offset: offsetOf(left) });
    }
    if (child instanceof ParserRuleContext) readStarsAndLikes(child, into);
  }
}
