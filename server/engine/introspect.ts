import type { Pool, RowDataPacket } from "mysql2/promise";
import { type ConnectionTarget, engineError, openPool } from "./connection";

export interface ColumnMetadata {
  name: string;
  position: number;
  /** COLUMN_TYPE as the server reports it: `bigint(20) unsigned`, `varchar(255)`. */
  type: string;
  nullable: boolean;
  default: string | null;
  extra: string;
  comment: string;
  charset: string | null;
  collation: string | null;
}

export interface IndexMetadata {
  name: string;
  unique: boolean;
  primary: boolean;
  type: string;
  columns: string[];
  comment: string;
}

export interface TableMetadata {
  name: string;
  type: "TABLE" | "VIEW";
  engine: string;
  comment: string;
  columns: ColumnMetadata[];
  indexes: IndexMetadata[];
  /** `SHOW CREATE TABLE`/`VIEW` text, verbatim: TiDB's clustered indexes, AUTO_RANDOM and placement survive. */
  createStatement: string;
}

export interface DatabaseSnapshot {
  name: string;
  charset: string;
  collation: string;
  tables: TableMetadata[];
}

export interface InstanceSnapshot {
  engineVersion: string;
  databases: DatabaseSnapshot[];
}

/** Schemas of the server itself, never user databases (compared lower-case: TiDB capitalises some). */
const SYSTEM_SCHEMAS = [
  "mysql",
  "information_schema",
  "performance_schema",
  "sys",
  "metrics_schema",
  "lightning_task_info",
];
const NOT_SYSTEM = `LOWER(%s) NOT IN (${SYSTEM_SCHEMAS.map((s) => `'${s}'`).join(", ")})`;

const quote = (identifier: string): string => "`" + identifier.replace(/`/g, "``") + "`";
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Reads every user database on the server: information_schema in bulk (four queries, whatever
 * the number of tables), then each table's create statement over a small pool of connections.
 */
export async function introspectInstance(
  target: ConnectionTarget,
  options: { concurrency?: number } = {},
): Promise<InstanceSnapshot> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const pool = openPool(target, concurrency);
  try {
    return await readInstance(pool, concurrency);
  } catch (err) {
    throw engineError(err, target);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

async function readInstance(pool: Pool, concurrency: number): Promise<InstanceSnapshot> {
  const rows = async (sql: string): Promise<RowDataPacket[]> => (await pool.query<RowDataPacket[]>(sql))[0];
  const [versionRows, schemata, tables, columns, statistics] = await Promise.all([
    rows("SELECT VERSION() AS version"),
    rows(
      `SELECT SCHEMA_NAME AS db, DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation
         FROM information_schema.SCHEMATA WHERE ${NOT_SYSTEM.replace("%s", "SCHEMA_NAME")}`,
    ),
    rows(
      `SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, TABLE_TYPE AS type, ENGINE AS engine, TABLE_COMMENT AS comment
         FROM information_schema.TABLES
        WHERE TABLE_TYPE IN ('BASE TABLE', 'VIEW') AND ${NOT_SYSTEM.replace("%s", "TABLE_SCHEMA")}`,
    ),
    rows(
      `SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, COLUMN_NAME AS name, ORDINAL_POSITION AS position,
              COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt, EXTRA AS extra,
              COLUMN_COMMENT AS comment, CHARACTER_SET_NAME AS charset, COLLATION_NAME AS collation
         FROM information_schema.COLUMNS WHERE ${NOT_SYSTEM.replace("%s", "TABLE_SCHEMA")}`,
    ),
    rows(
      `SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonUnique,
              SEQ_IN_INDEX AS seq, COLUMN_NAME AS col, INDEX_TYPE AS type, INDEX_COMMENT AS comment
         FROM information_schema.STATISTICS WHERE ${NOT_SYSTEM.replace("%s", "TABLE_SCHEMA")}`,
    ),
  ]);

  const key = (db: string, table: string): string => `${db}\u0000${table}`;
  const databases = new Map<string, DatabaseSnapshot>();
  for (const s of schemata) {
    databases.set(String(s.db), {
      name: String(s.db),
      charset: String(s.charset),
      collation: String(s.collation),
      tables: [],
    });
  }
  const tableByKey = new Map<string, TableMetadata>();
  for (const t of tables) {
    const database = databases.get(String(t.db));
    if (!database) continue;
    const table: TableMetadata = {
      name: String(t.tbl),
      type: t.type === "VIEW" ? "VIEW" : "TABLE",
      engine: t.engine === null ? "" : String(t.engine),
      comment: String(t.comment ?? ""),
      columns: [],
      indexes: [],
      createStatement: "",
    };
    database.tables.push(table);
    tableByKey.set(key(String(t.db), table.name), table);
  }
  for (const c of columns) {
    tableByKey.get(key(String(c.db), String(c.tbl)))?.columns.push({
      name: String(c.name),
      position: Number(c.position),
      type: String(c.type),
      nullable: c.nullable === "YES",
      default: c.dflt === null ? null : String(c.dflt),
      extra: String(c.extra ?? ""),
      comment: String(c.comment ?? ""),
      charset: c.charset === null ? null : String(c.charset),
      collation: c.collation === null ? null : String(c.collation),
    });
  }
  const indexColumns = new Map<string, { seq: number; col: string }[]>();
  for (const s of statistics) {
    const table = tableByKey.get(key(String(s.db), String(s.tbl)));
    if (!table) continue;
    const name = String(s.name);
    let index = table.indexes.find((i) => i.name === name);
    if (!index) {
      index = {
        name,
        unique: Number(s.nonUnique) === 0,
        primary: name === "PRIMARY",
        type: String(s.type),
        columns: [],
        comment: String(s.comment ?? ""),
      };
      table.indexes.push(index);
    }
    const k = `${key(String(s.db), table.name)}\u0000${name}`;
    const list = indexColumns.get(k) ?? [];
    // An expression index part has no column name (MySQL 8): keep its place visibly.
    list.push({ seq: Number(s.seq), col: s.col === null ? "(expression)" : String(s.col) });
    indexColumns.set(k, list);
  }

  const all = [...databases.values()].sort(byName);
  for (const database of all) {
    database.tables.sort(byName);
    for (const table of database.tables) {
      table.columns.sort((a, b) => a.position - b.position);
      table.indexes.sort((a, b) => (a.primary !== b.primary ? (a.primary ? -1 : 1) : byName(a, b)));
      for (const index of table.indexes) {
        const parts = indexColumns.get(`${key(database.name, table.name)}\u0000${index.name}`) ?? [];
        index.columns = parts.sort((a, b) => a.seq - b.seq).map((p) => p.col);
      }
    }
  }
  await readCreateStatements(pool, all, concurrency);
  const version = versionRows[0]?.version;
  return { engineVersion: version === undefined ? "" : String(version), databases: all };
}

/** `SHOW CREATE` for every table and view, `concurrency` at a time. */
async function readCreateStatements(pool: Pool, databases: DatabaseSnapshot[], concurrency: number): Promise<void> {
  const work = databases.flatMap((d) => d.tables.map((t) => ({ database: d.name, table: t })));
  const gone = new Set<TableMetadata>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < work.length) {
      const item = work[next++];
      if (!item) return;
      const kind = item.table.type === "VIEW" ? "VIEW" : "TABLE";
      try {
        const [result] = await pool.query<RowDataPacket[]>(
          `SHOW CREATE ${kind} ${quote(item.database)}.${quote(item.table.name)}`,
        );
        const row = result[0] ?? {};
        item.table.createStatement = String(row[kind === "VIEW" ? "Create View" : "Create Table"] ?? "");
      } catch (err) {
        // Dropped while we read: the next sync will not see it either.
        if ((err as { code?: string }).code !== "ER_NO_SUCH_TABLE") throw err;
        gone.add(item.table);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker));
  if (gone.size > 0) for (const d of databases) d.tables = d.tables.filter((t) => !gone.has(t));
}
