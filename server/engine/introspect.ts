/**
 * Schema introspection of a whole target server: what a sync records about every user database.
 *
 * Shape of the work (DESIGN.md): information_schema is read in bulk — SCHEMATA, TABLES, COLUMNS
 * and STATISTICS for all user databases at once, a fixed handful of queries whatever the number
 * of tables — then each table's `SHOW CREATE` text is fetched over a small pool with bounded
 * parallelism. That text is kept verbatim, never re-rendered, so TiDB's clustered indexes,
 * AUTO_RANDOM and placement policies survive.
 *
 * Engines differ in small ways, evened out here so callers need not know which engine answered:
 * - information_schema column names come back upper-case from MySQL 8 and as written elsewhere,
 *   so every column is read through an alias;
 * - MariaDB reports COLUMN_DEFAULT as an SQL expression (`'abc'`, `NULL`, `current_timestamp()`),
 *   MySQL and TiDB report a literal's value (`abc`) and SQL NULL; `default` follows MySQL;
 * - MariaDB's system-versioned tables are TABLE_TYPE 'SYSTEM VERSIONED': they are tables.
 * Beyond the interface first sketched, a table may also be a SEQUENCE (MariaDB, TiDB), whose
 * create statement comes from `SHOW CREATE SEQUENCE`; a view's comment is "" rather than the
 * engines' placeholder text "VIEW".
 */
import type { Pool, RowDataPacket } from "mysql2/promise";
import { type ConnectionTarget, engineError, openPool, QUERY_TIMEOUT_MS, quoteIdentifier } from "./connection";
import { LEDGER_DATABASE } from "./ledger";
import { errorCode } from "../error-code";
import {
  isArrayOf,
  isBoolean,
  isNullable,
  isNumber,
  isOneOf,
  isOptional,
  isShaped,
  isString,
  readJson,
} from "../store/json";

export interface ColumnMetadata {
  name: string;
  /** ORDINAL_POSITION, from 1. */
  position: number;
  /** COLUMN_TYPE as the server reports it: `bigint(20) unsigned` (MariaDB), `bigint unsigned` (MySQL 8). */
  type: string;
  nullable: boolean;
  /** A literal's value (`abc`, `0.00`) or an expression's text (`current_timestamp()`); null for none or NULL. */
  default: string | null;
  /** `auto_increment`, `on update current_timestamp()`, `DEFAULT_GENERATED`, `VIRTUAL GENERATED`, … */
  extra: string;
  comment: string;
  /** Null for columns that hold no text. */
  charset: string | null;
  collation: string | null;
}

export interface IndexMetadata {
  name: string;
  unique: boolean;
  primary: boolean;
  /** BTREE, HASH, FULLTEXT, SPATIAL, … */
  type: string;
  /** In index order; a functional key part (MySQL 8) shows as "(expression)". */
  columns: string[];
  comment: string;
}

export type TableType = "TABLE" | "VIEW" | "SEQUENCE";

export interface TableMetadata {
  name: string;
  type: TableType;
  /** Storage engine; "" for views. */
  engine: string;
  comment: string;
  /** By position. */
  columns: ColumnMetadata[];
  /** PRIMARY first, then by name. */
  indexes: IndexMetadata[];
  /** `SHOW CREATE TABLE`/`VIEW`/`SEQUENCE` text, verbatim. */
  createStatement: string;
}

const isColumnMetadata = isShaped<ColumnMetadata>({
  name: isString,
  position: isNumber,
  type: isString,
  nullable: isBoolean,
  default: isNullable(isString),
  extra: isString,
  comment: isString,
  charset: isNullable(isString),
  collation: isNullable(isString),
});

const isIndexMetadata = isShaped<IndexMetadata>({
  name: isString,
  unique: isBoolean,
  primary: isBoolean,
  type: isString,
  columns: isArrayOf(isString),
  comment: isString,
});

const isTableMetadata = isShaped<TableMetadata>({
  name: isString,
  type: isOneOf<TableType>(["TABLE", "VIEW", "SEQUENCE"]),
  engine: isString,
  comment: isString,
  columns: isArrayOf(isColumnMetadata),
  indexes: isArrayOf(isIndexMetadata),
  createStatement: isString,
});

const isStoredMetadata = isShaped<{ tables?: TableMetadata[] }>({ tables: isOptional(isArrayOf(isTableMetadata)) });

/** A database's tables as the sync stores them (`{ "tables": [...] }`); undefined when the column names none. */
export function readTables(metadata: string): TableMetadata[] | undefined {
  return readJson(metadata, isStoredMetadata, "Database.metadata").tables;
}

export interface DatabaseSnapshot {
  name: string;
  charset: string;
  collation: string;
  /** By name. */
  tables: TableMetadata[];
}

export interface InstanceSnapshot {
  /** VERSION(): `10.11.6-MariaDB-0+deb12u1`, `8.0.11-TiDB-v7.5.1`, `8.4.3`. */
  engineVersion: string;
  /** User databases by name; the server's own schemas are left out. */
  databases: DatabaseSnapshot[];
}

/** SHOW CREATE statements in flight at once unless the caller says otherwise. */
export const DEFAULT_CONCURRENCY = 4;

/** The server's own schemas, never user databases. Compared lower-case: TiDB capitalises some. */
const SYSTEM_SCHEMAS = [
  "mysql",
  "information_schema",
  "performance_schema",
  "sys",
  "metrics_schema",
  "lightning_task_info",
  "tidb_lightning_checkpoint",
  // Tidemark's own ledger of applied statements (ledger.ts).
  LEDGER_DATABASE,
];
const userSchemas = (column: string): string =>
  `LOWER(${column}) NOT IN (${SYSTEM_SCHEMAS.map((s) => `'${s}'`).join(", ")})`;

/** Code-unit order: the same on every machine and locale. */
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const TABLE_TYPES: Record<string, TableType> = {
  "BASE TABLE": "TABLE",
  "SYSTEM VERSIONED": "TABLE",
  VIEW: "VIEW",
  SEQUENCE: "SEQUENCE",
};

/**
 * A batch holds at most this many databases, and is sized to hold about this many tables (one
 * database with more is a batch of its own).
 */
export const BATCH_DATABASES = 500;
export const BATCH_TABLES = 5000;
const FIRST_BATCH_DATABASES = 250;

export interface IntrospectOptions {
  concurrency?: number;
  /** Only these databases (as the server spells them), when given. */
  only?: readonly string[];
  /** Limits of one batch (defaults BATCH_DATABASES and BATCH_TABLES). */
  batchDatabases?: number;
  batchTables?: number;
}

/**
 * Reads every user database on the server the target reaches. Failures are EngineErrors whose
 * words are safe to show; a table dropped while we read is left out rather than failing the read.
 */
export async function introspectInstance(
  target: ConnectionTarget,
  options: IntrospectOptions = {},
): Promise<InstanceSnapshot> {
  const databases: DatabaseSnapshot[] = [];
  const { engineVersion } = await introspectInBatches(
    target,
    async (batch) => {
      databases.push(...batch);
    },
    options,
  );
  return { engineVersion, databases };
}

/**
 * Reads the server's user databases in name order, a batch at a time, and hands each batch to
 * `record` before reading the next: what is held at once is one batch, however many databases
 * the server has (10,000 databases read whole took 400 MB). information_schema is still read in
 * bulk, a few queries per batch of up to BATCH_DATABASES databases. Errors of the target are
 * EngineErrors; whatever `record` throws passes through as it is.
 */
export async function introspectInBatches(
  target: ConnectionTarget,
  record: (batch: DatabaseSnapshot[]) => Promise<void>,
  options: IntrospectOptions = {},
): Promise<{ engineVersion: string; names: string[] }> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const pool = openPool(target, concurrency);
  const engine = async <T>(read: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (err) {
      throw engineError(err, target);
    }
  };
  try {
    const rows = async (sql: string, values?: unknown[]): Promise<RowDataPacket[]> =>
      (await pool.query<RowDataPacket[]>({ sql, timeout: QUERY_TIMEOUT_MS, ...(values ? { values } : {}) }))[0];
    const [versionRows, schemata] = await engine(() =>
      Promise.all([
        rows("SELECT VERSION() AS version"),
        rows(
          `SELECT SCHEMA_NAME AS db, DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation
             FROM information_schema.SCHEMATA WHERE ${userSchemas("SCHEMA_NAME")}` +
            (options.only ? ` AND SCHEMA_NAME IN (${options.only.map(() => "?").join(", ") || "NULL"})` : ""),
          options.only ? [...options.only] : undefined,
        ),
      ]),
    );
    const engineVersion = String(versionRows[0]?.version ?? "");
    const all = schemata
      .map((s) => ({ name: String(s.db), charset: String(s.charset), collation: String(s.collation) }))
      .sort(byName);
    const names = all.map((d) => d.name);
    const maxDatabases = options.batchDatabases ?? BATCH_DATABASES;
    const maxTables = options.batchTables ?? BATCH_TABLES;
    // Table counts are not known before a batch is read (counting them up front costs as much as
    // reading them): the first batch is small, and each next one sized by the tables the last held.
    let size = Math.min(maxDatabases, FIRST_BATCH_DATABASES);
    for (let first = 0; first < all.length;) {
      // Nothing keeps a batch's snapshots once `record` is done with them.
      const batch: DatabaseSnapshot[] = all.slice(first, first + size).map((d) => ({ ...d, tables: [] }));
      await engine(() => readBatch(pool, rows, batch, engineVersion, concurrency));
      const tables = batch.reduce((n, d) => n + d.tables.length, 0);
      await record(batch);
      first += batch.length;
      size = Math.max(1, Math.min(maxDatabases, Math.floor((batch.length * maxTables) / Math.max(1, tables))));
    }
    return { engineVersion, names };
  } finally {
    await pool.end().catch(() => undefined);
  }
}

type Rows = (sql: string, values?: unknown[]) => Promise<RowDataPacket[]>;

/** Fills in the tables of one batch of databases: three bulk queries, then SHOW CREATE for each table. */
async function readBatch(
  pool: Pool,
  rows: Rows,
  batch: DatabaseSnapshot[],
  engineVersion: string,
  concurrency: number,
): Promise<void> {
  const names = [batch.map((d) => d.name)];
  const [tables, columns, statistics] = await Promise.all([
    rows(
      `SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, TABLE_TYPE AS type, ENGINE AS engine, TABLE_COMMENT AS comment
         FROM information_schema.TABLES
        WHERE TABLE_TYPE IN (${Object.keys(TABLE_TYPES)
          .map((t) => `'${t}'`)
          .join(", ")}) AND TABLE_SCHEMA IN (?)`,
      names,
    ),
    rows(
      `SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, COLUMN_NAME AS name, ORDINAL_POSITION AS position,
              COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt, EXTRA AS extra,
              COLUMN_COMMENT AS comment, CHARACTER_SET_NAME AS charset, COLLATION_NAME AS collation
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (?)`,
      names,
    ),
    rows(
      `SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonUnique,
              SEQ_IN_INDEX AS seq, COLUMN_NAME AS col, INDEX_TYPE AS type, INDEX_COMMENT AS comment
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (?)`,
      names,
    ),
  ]);
  const columnDefault = /mariadb/i.test(engineVersion) ? mariadbDefault : mysqlDefault;

  const databases = new Map(batch.map((d) => [d.name, d]));
  // Keyed by database, then table: names may hold any character, so no joined string keys.
  const tablesOf = new Map<string, Map<string, TableMetadata>>();
  const find = (db: unknown, table: unknown): TableMetadata | undefined => tablesOf.get(String(db))?.get(String(table));
  for (const t of tables) {
    const database = databases.get(String(t.db));
    const type = TABLE_TYPES[String(t.type)];
    if (!database || !type) continue;
    const table: TableMetadata = {
      name: String(t.tbl),
      type,
      engine: t.engine === null ? "" : String(t.engine),
      comment: type === "VIEW" ? "" : String(t.comment ?? ""),
      columns: [],
      indexes: [],
      createStatement: "",
    };
    database.tables.push(table);
    if (!tablesOf.has(database.name)) tablesOf.set(database.name, new Map());
    tablesOf.get(database.name)?.set(table.name, table);
  }
  for (const c of columns) {
    find(c.db, c.tbl)?.columns.push({
      name: String(c.name),
      position: Number(c.position),
      type: String(c.type),
      nullable: c.nullable === "YES",
      default: columnDefault(c.dflt === null || c.dflt === undefined ? null : String(c.dflt)),
      extra: String(c.extra ?? ""),
      comment: String(c.comment ?? ""),
      charset: c.charset === null ? null : String(c.charset),
      collation: c.collation === null ? null : String(c.collation),
    });
  }
  const keyParts = new Map<IndexMetadata, { seq: number; column: string }[]>();
  const indexesOf = new Map<TableMetadata, Map<string, IndexMetadata>>();
  for (const s of statistics) {
    const table = find(s.db, s.tbl);
    if (!table) continue;
    const name = String(s.name);
    const byIndexName = indexesOf.get(table) ?? new Map<string, IndexMetadata>();
    indexesOf.set(table, byIndexName);
    let index = byIndexName.get(name);
    if (!index) {
      index = {
        name,
        unique: Number(s.nonUnique) === 0,
        primary: name === "PRIMARY",
        type: String(s.type),
        columns: [],
        comment: String(s.comment ?? ""),
      };
      byIndexName.set(name, index);
      table.indexes.push(index);
      keyParts.set(index, []);
    }
    // A functional key part (MySQL 8) has no column name: keep its place visibly.
    keyParts.get(index)?.push({ seq: Number(s.seq), column: s.col === null ? "(expression)" : String(s.col) });
  }

  for (const database of batch) {
    database.tables.sort(byName);
    for (const table of database.tables) {
      table.columns.sort((a, b) => a.position - b.position);
      table.indexes.sort((a, b) => (a.primary !== b.primary ? (a.primary ? -1 : 1) : byName(a, b)));
      for (const index of table.indexes) {
        index.columns = (keyParts.get(index) ?? []).sort((a, b) => a.seq - b.seq).map((p) => p.column);
      }
    }
  }
  await readCreateStatements(pool, batch, concurrency);
}

/** MySQL and TiDB already report a literal's value and SQL NULL. */
const mysqlDefault = (reported: string | null): string | null => reported;

/** MariaDB reports an expression: unquote a string literal, read `NULL` as no value. */
function mariadbDefault(reported: string | null): string | null {
  if (reported === null || reported === "NULL") return null;
  const literal = /^'((?:[^']|'')*)'$/s.exec(reported);
  return literal ? (literal[1] ?? "").replace(/''/g, "'") : reported;
}

/** A table dropped while we read: the next sync will not see it either. */
const VANISHED = new Set(["ER_NO_SUCH_TABLE", "ER_BAD_DB_ERROR"]);

/**
 * `SHOW CREATE` for every table, view and sequence, `concurrency` at a time, each worker on its
 * own connection. A view's text names objects relative to the session's database (qualified
 * when it differs), so a worker switches into the view's database first: the text then reads
 * as it would in a dump of that database.
 */
async function readCreateStatements(pool: Pool, databases: DatabaseSnapshot[], concurrency: number): Promise<void> {
  const work = databases.flatMap((d) => d.tables.map((table) => ({ database: d.name, table })));
  const gone = new Set<TableMetadata>();
  let next = 0;
  const worker = async (): Promise<void> => {
    const connection = await pool.getConnection();
    let current: string | undefined;
    try {
      for (let item = work[next++]; item; item = work[next++]) {
        const { database, table } = item;
        try {
          if (table.type === "VIEW" && current !== database) {
            await connection.query({ sql: `USE ${quoteIdentifier(database)}`, timeout: QUERY_TIMEOUT_MS });
            current = database;
          }
          const [result] = await connection.query<RowDataPacket[]>({
            sql: `SHOW CREATE ${table.type} ${quoteIdentifier(database)}.${quoteIdentifier(table.name)}`,
            timeout: QUERY_TIMEOUT_MS,
          });
          // By position, not by column name: every engine puts the statement second.
          table.createStatement = String(Object.values(result[0] ?? {})[1] ?? "");
        } catch (err) {
          if (!VANISHED.has(errorCode(err) ?? "")) throw err;
          gone.add(table);
        }
      }
    } finally {
      connection.release();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker));
  if (gone.size > 0) for (const d of databases) d.tables = d.tables.filter((t) => !gone.has(t));
}
