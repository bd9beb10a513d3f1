/**
 * The ledger on the target: which statements of a change took effect on a database, written by
 * the target itself in the same transaction as the statement wherever the engine allows, so
 * Tidemark knows after any failure — a killed connection, a dead server, a crash between a commit
 * and Tidemark's own record — what ran, and a rerun never repeats a statement that took effect.
 *
 * One table, `_tidemark.applied_statement`, on each instance Tidemark changes. A row per statement
 * of a (change, database):
 *
 * - a data change (INSERT, UPDATE, DELETE, REPLACE, …) runs in a transaction with its `APPLIED`
 *   row: both commit or neither does, so the row is the truth;
 * - inside a change's own `START TRANSACTION … COMMIT` every statement's row joins that
 *   transaction, and commits with it;
 * - a statement the engine commits by itself (DDL) cannot share a transaction: it is preceded by a
 *   `STARTED` row holding a fingerprint of the database's catalog and followed by `APPLIED`. A
 *   `STARTED` row left behind is judged on the next attempt: the catalog unchanged means the
 *   statement did not take effect (atomic DDL rolled it back, or it never began); changed means
 *   it may have, and a person decides;
 * - a statement whose effect no catalog shows (CALL, LOAD DATA, …) left `STARTED` is always for a
 *   person to decide.
 */
import crypto from "node:crypto";
import type { Connection, RowDataPacket } from "mysql2/promise";
import { type Word, unquote, words } from "../../sql/review/tokens";
import { QUERY_TIMEOUT_MS, quoteIdentifier } from "./connection";
import { normaliseSchema } from "./schema-text";
import { errorCode } from "../error-code";

/** The database Tidemark keeps its ledger in, on every instance it changes. Never a target. */
export const LEDGER_DATABASE = "_tidemark";
const LEDGER_TABLE = `\`${LEDGER_DATABASE}\`.\`applied_statement\``;

/** How a statement's outcome can be known, which decides how it runs. */
export type StatementKind =
  /** Changes rows: runs in a transaction with its ledger row. */
  | "data"
  /** Reads only (SELECT, SHOW, EXPLAIN): nothing to undo or repeat. */
  | "read"
  /** Changes only the session (SET, without GLOBAL): replayed on a new connection when resuming. */
  | "session"
  /** START TRANSACTION / BEGIN: opens the change's own transaction. */
  | "begin"
  | "commit"
  | "rollback"
  /** Commits by itself and changes what the catalog shows (CREATE, ALTER, DROP, RENAME, TRUNCATE). */
  | "schema"
  /** Anything else: its effect cannot be read back. */
  | "opaque";

const DATA = new Set(["INSERT", "UPDATE", "DELETE", "REPLACE"]);
const READ = new Set(["SELECT", "SHOW", "EXPLAIN", "DESCRIBE", "DESC", "TABLE", "VALUES", "HELP"]);
const SCHEMA = new Set(["CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE"]);

/** What kind of statement `text` is, by its first words (executable comments read as code). */
export function statementKind(text: string): StatementKind {
  const tokens = words(text);
  const w = tokens.map((x) => x.upper);
  const [first = "", second = "", third = ""] = w;
  if (DATA.has(first)) return "data";
  // WITH … is a query or, in MySQL 8, a CTE feeding an UPDATE or DELETE.
  if (first === "WITH") return w.some((x) => DATA.has(x)) ? "data" : "read";
  if (first === "(" || READ.has(first)) return w.includes("INTO") && first === "SELECT" ? "opaque" : "read";
  if (first === "BEGIN" && (second === "" || second === "WORK")) return "begin";
  if (first === "START" && second === "TRANSACTION") return "begin";
  if (first === "COMMIT") return "commit";
  if (first === "ROLLBACK" && second !== "TO") return "rollback";
  if (first === "SET") {
    // SET TRANSACTION applies to the next transaction of this session only.
    if (second === "GLOBAL" || second === "PERSIST" || second === "PERSIST_ONLY") return "opaque";
    // `@@GLOBAL.x` arrives as several tokens; joined, it reads as written.
    const target = w.slice(1, 4).join("");
    if (target.startsWith("@@GLOBAL") || target.startsWith("@@PERSIST")) return "opaque";
    if (second === "PASSWORD" || second === "ROLE" || (second === "DEFAULT" && third === "ROLE")) return "opaque";
    return "session";
  }
  if (SCHEMA.has(first)) {
    // Swapping two partitions' or tables' rows, or tables by a chain of renames, changes nothing
    // the catalog shows, and doing it twice undoes it: its effect cannot be read back.
    if (first === "ALTER" && tokens.some((x) => x.upper === "EXCHANGE" && x.depth === 0)) return "opaque";
    if (first === "RENAME" && tokens.some((x) => x.upper === "," && x.depth === 0)) return "opaque";
    return "schema";
  }
  return "opaque";
}

/**
 * Why Tidemark will not run a statement whose effect would undo the ledger's guarantees, or
 * undefined. Turning autocommit off would leave every later statement, and its ledger row,
 * uncommitted until something else commits.
 */
export function ledgerRefusal(text: string): string | undefined {
  const upper = words(text).map((x) => x.upper);
  if (upper[0] !== "SET") return undefined;
  if (upper.some((x) => x === "AUTOCOMMIT" || x === "@@AUTOCOMMIT" || x.endsWith(".AUTOCOMMIT"))) {
    return "SET autocommit is not run by Tidemark: each statement commits with its record of having run; group statements with START TRANSACTION … COMMIT instead";
  }
  return undefined;
}

/** The ledger's key for one change on one database: the change's name, its SQL's checksum and the database. */
export function ledgerKey(change: string, checksum: string, database: string): string {
  return crypto.createHash("sha256").update(`${change}\n${checksum}\n${database}`, "utf8").digest("hex");
}

export type LedgerState = "STARTED" | "APPLIED";

export interface LedgerRow {
  index: number;
  state: LedgerState;
  fingerprint: string | null;
}

type Query = (sql: string, values?: unknown[]) => Promise<RowDataPacket[]>;

function querier(connection: Connection): Query {
  return async (sql, values) =>
    (await connection.query<RowDataPacket[]>({ sql, values, timeout: QUERY_TIMEOUT_MS }))[0];
}

/**
 * Creates the ledger if the instance has none. Both statements are no-ops once it exists; InnoDB,
 * so a row commits or rolls back with the statement beside it.
 */
export async function prepareLedger(connection: Connection): Promise<void> {
  const query = querier(connection);
  await query(`CREATE DATABASE IF NOT EXISTS \`${LEDGER_DATABASE}\``);
  await query(
    `CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (
       change_key CHAR(64) NOT NULL,
       statement_index INT NOT NULL,
       state VARCHAR(16) NOT NULL,
       fingerprint CHAR(64) NULL,
       recorded_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
       PRIMARY KEY (change_key, statement_index)
     ) ENGINE=InnoDB`,
  );
}

export async function readLedger(connection: Connection, key: string): Promise<Map<number, LedgerRow>> {
  const rows = await querier(connection)(
    `SELECT statement_index AS i, state, fingerprint FROM ${LEDGER_TABLE} WHERE change_key = ?`,
    [key],
  );
  return new Map(
    rows.map((r) => [
      Number(r.i),
      {
        index: Number(r.i),
        state: r.state === "APPLIED" ? "APPLIED" : "STARTED",
        fingerprint: typeof r.fingerprint === "string" ? r.fingerprint : null,
      },
    ]),
  );
}

/** Records statements as applied; a row already there (STARTED) becomes APPLIED. */
export async function markApplied(connection: Connection, key: string, indexes: readonly number[]): Promise<void> {
  if (indexes.length === 0) return;
  await querier(connection)(
    `INSERT INTO ${LEDGER_TABLE} (change_key, statement_index, state) VALUES ${indexes.map(() => "(?, ?, 'APPLIED')").join(", ")}
     ON DUPLICATE KEY UPDATE state = 'APPLIED', recorded_at = CURRENT_TIMESTAMP(6)`,
    indexes.flatMap((i) => [key, i]),
  );
}

export async function markStarted(
  connection: Connection,
  key: string,
  index: number,
  fingerprint: string | null,
): Promise<void> {
  await querier(connection)(
    `INSERT INTO ${LEDGER_TABLE} (change_key, statement_index, state, fingerprint) VALUES (?, ?, 'STARTED', ?)
     ON DUPLICATE KEY UPDATE state = 'STARTED', fingerprint = VALUES(fingerprint), recorded_at = CURRENT_TIMESTAMP(6)`,
    [key, index, fingerprint],
  );
}

export async function forget(connection: Connection, key: string, index: number): Promise<void> {
  await querier(connection)(`DELETE FROM ${LEDGER_TABLE} WHERE change_key = ? AND statement_index = ?`, [key, index]);
}

/** The catalog views a fingerprint reads, with the column naming the database and the columns digested. */
const CATALOG_VIEWS: readonly (readonly [view: string, schemaColumn: string, columns: string])[] = [
  ["TABLES", "TABLE_SCHEMA", "TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, CREATE_OPTIONS, TABLE_COMMENT"],
  [
    "COLUMNS",
    "TABLE_SCHEMA",
    "TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLLATION_NAME, COLUMN_COMMENT",
  ],
  ["STATISTICS", "TABLE_SCHEMA", "TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, SUB_PART"],
  ["PARTITIONS", "TABLE_SCHEMA", "TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_DESCRIPTION"],
  ["VIEWS", "TABLE_SCHEMA", "TABLE_NAME, VIEW_DEFINITION"],
  ["ROUTINES", "ROUTINE_SCHEMA", "ROUTINE_TYPE, ROUTINE_NAME, ROUTINE_DEFINITION"],
  [
    "TRIGGERS",
    "TRIGGER_SCHEMA",
    "TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT",
  ],
];

/** Every catalog view's rows for one database in one query: the view's name and the row as a JSON array. */
const CATALOG_QUERY = CATALOG_VIEWS.map(
  ([view, schemaColumn, columns]) =>
    `SELECT '${view}' AS view_name, JSON_ARRAY(${columns}) AS row_values FROM information_schema.${view} WHERE ${schemaColumn} = ?`,
).join("\nUNION ALL\n");

/**
 * A digest of what the catalog says about `database`: its tables and their options, columns,
 * indexes, partitions, views, routines and triggers, ordered. Equal digests before and after a
 * DDL statement mean the statement changed nothing the catalog shows. Read in one query (a third
 * of the server's time of one query per view, and one round trip), on the caller's connection
 * (under its lock), and ordered here.
 */
export async function catalogFingerprint(connection: Connection, database: string): Promise<string> {
  const rows = await querier(connection)(
    CATALOG_QUERY,
    CATALOG_VIEWS.map(() => database),
  );
  const lines = rows.map((row) => {
    // The driver reads a JSON column as its value; should an engine send it as text, the text is as stable.
    const values: unknown = row.row_values;
    return `${String(row.view_name)}\t${typeof values === "string" ? values : JSON.stringify(values)}\n`;
  });
  // Ordered here, whole: a server's ORDER BY compares long text by a prefix only (max_sort_length).
  lines.sort();
  const hash = crypto.createHash("sha256");
  for (const line of lines) hash.update(line);
  return hash.digest("hex");
}

/** A table a statement names: in its own database unless qualified. */
export interface TableRef {
  schema?: string;
  name: string;
}

const NAME_KINDS = new Set<Word["kind"]>(["word", "identifier"]);

/** A possibly qualified name at `at`, and where the tokens after it begin. */
function nameAt(tokens: readonly Word[], at: number): { table: TableRef; next: number } | undefined {
  const first = tokens[at];
  if (!first || !NAME_KINDS.has(first.kind)) return undefined;
  const dot = tokens[at + 1];
  const second = tokens[at + 2];
  if (dot?.text === "." && second && NAME_KINDS.has(second.kind)) {
    return { table: { schema: unquote(first.text), name: unquote(second.text) }, next: at + 3 };
  }
  return { table: { name: unquote(first.text) }, next: at + 1 };
}

/** Skips the words given, in order, where they stand; returns where the tokens after them begin. */
function skip(tokens: readonly Word[], at: number, ...optional: string[][]): number {
  let i = at;
  for (const phrase of optional) {
    if (phrase.every((word, k) => tokens[i + k]?.upper === word)) i += phrase.length;
  }
  return i;
}

/** Names separated by commas from `at`, stopping at the first token that is neither. */
function namesFrom(tokens: readonly Word[], at: number): TableRef[] | undefined {
  const out: TableRef[] = [];
  for (let i = at; ;) {
    const found = nameAt(tokens, i);
    if (!found) return undefined;
    out.push(found.table);
    if (tokens[found.next]?.text !== ",") return out;
    i = found.next + 1;
  }
}

/**
 * The tables a table-level DDL statement acts on, when its effect shows only in their create
 * statements: ALTER TABLE, CREATE TABLE, DROP TABLE, RENAME TABLE (one pair), TRUNCATE, CREATE
 * and DROP INDEX. Undefined for anything else (views, routines, triggers, databases…), whose
 * effect only the whole catalog shows.
 */
export function tablesNamed(text: string): TableRef[] | undefined {
  const t = words(text);
  const at = (i: number): string => t[i]?.upper ?? "";
  switch (at(0)) {
    case "ALTER": {
      const i = skip(t, 1, ["ONLINE"], ["IGNORE"]);
      if (at(i) !== "TABLE") return undefined;
      const found = nameAt(t, skip(t, i + 1, ["IF", "EXISTS"]));
      return found && [found.table];
    }
    case "CREATE": {
      let i = skip(t, 1, ["OR", "REPLACE"]);
      if (at(i) === "TEMPORARY" || at(i) === "TABLE") {
        i = skip(t, i, ["TEMPORARY"]);
        if (at(i) !== "TABLE") return undefined;
        const found = nameAt(t, skip(t, i + 1, ["IF", "NOT", "EXISTS"]));
        return found && [found.table];
      }
      i = skip(t, i, ["ONLINE"], ["OFFLINE"]);
      if (["UNIQUE", "FULLTEXT", "SPATIAL"].includes(at(i))) i++;
      if (at(i) !== "INDEX") return undefined;
      return tableAfterOn(t, i + 1);
    }
    case "DROP": {
      let i = skip(t, 1, ["TEMPORARY"]);
      if (at(i) === "TABLE") return namesFrom(t, skip(t, i + 1, ["IF", "EXISTS"]));
      i = skip(t, 1, ["ONLINE"], ["OFFLINE"]);
      if (at(i) !== "INDEX") return undefined;
      return tableAfterOn(t, i + 1);
    }
    case "RENAME": {
      if (at(1) !== "TABLE") return undefined;
      const from = nameAt(t, 2);
      if (!from || at(from.next) !== "TO") return undefined;
      const to = nameAt(t, from.next + 1);
      // One pair only: a chain (a swap) is opaque (statementKind).
      return to && to.next === t.length ? [from.table, to.table] : undefined;
    }
    case "TRUNCATE": {
      const found = nameAt(t, skip(t, 1, ["TABLE"]));
      return found && [found.table];
    }
    default:
      return undefined;
  }
}

/** The table after the first ON at the statement's own level, from `at`: CREATE/DROP INDEX … ON t. */
function tableAfterOn(t: readonly Word[], at: number): TableRef[] | undefined {
  for (let i = at; i < t.length; i++) {
    if (t[i]?.upper === "ON" && t[i]?.depth === 0) {
      const found = nameAt(t, i + 1);
      return found && [found.table];
    }
  }
  return undefined;
}

const ABSENT = new Set(["ER_NO_SUCH_TABLE", "ER_BAD_DB_ERROR", "ER_UNKNOWN_TABLE"]);

/**
 * A digest of what a DDL statement can change: the create statements (volatile options aside) of
 * the tables it names, or that one is absent — or, for a statement that names none that way, the
 * whole catalog's (catalogFingerprint). Equal digests before and after mean it did not take
 * effect. The tables' statements are one short query each, a tenth of the catalog's.
 */
export async function schemaFingerprint(connection: Connection, database: string, text: string): Promise<string> {
  const tables = tablesNamed(text);
  if (!tables) return catalogFingerprint(connection, database);
  const query = querier(connection);
  const entries: { schema: string; name: string; ddl: string }[] = [];
  for (const { schema, name } of distinctTables(tables, database)) {
    let ddl = "-";
    try {
      const [row] = await query(`SHOW CREATE TABLE ${quoteIdentifier(schema)}.${quoteIdentifier(name)}`);
      // By position: every engine puts the statement second.
      ddl = normaliseSchema(String(Object.values(row ?? {})[1] ?? ""));
    } catch (err) {
      if (!ABSENT.has(errorCode(err) ?? "")) throw err;
    }
    entries.push({ schema, name, ddl });
  }
  return tablesDigest(entries);
}

/**
 * schemaFingerprint without a query, from the create statements of `database`'s tables as this
 * session has just read them (`SHOW CREATE TABLE` text, by table name as the catalog spells it),
 * when nothing has run since: the same digest. Undefined when the statement is not one that names
 * its tables, names one in another database, or names one that is not among them — absence is
 * left to the server to say, since how it matches a name's case is its setting.
 */
export function fingerprintFrom(
  created: ReadonlyMap<string, string>,
  database: string,
  text: string,
): string | undefined {
  const tables = tablesNamed(text);
  if (!tables) return undefined;
  const entries: { schema: string; name: string; ddl: string }[] = [];
  for (const { schema, name } of distinctTables(tables, database)) {
    const ddl = created.get(name);
    if (schema !== database || ddl === undefined) return undefined;
    entries.push({ schema, name, ddl: normaliseSchema(ddl) });
  }
  return tablesDigest(entries);
}

/** The tables in order of first mention, each once, qualified. */
function distinctTables(tables: readonly TableRef[], database: string): { schema: string; name: string }[] {
  const seen = new Set<string>();
  const out: { schema: string; name: string }[] = [];
  for (const table of tables) {
    const schema = table.schema ?? database;
    const key = `${schema}\u0000${table.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ schema, name: table.name });
  }
  return out;
}

function tablesDigest(entries: readonly { schema: string; name: string; ddl: string }[]): string {
  const hash = crypto.createHash("sha256").update("tables\n");
  for (const { schema, name, ddl } of entries) hash.update(`${schema}\t${name}\t${ddl}\n`);
  return hash.digest("hex");
}
