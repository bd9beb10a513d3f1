import { errorCode } from "../error-code";
import { StartupError } from "../startup-error";
import path from "node:path";
import {
  createClient as createLibsqlClient,
  type Client as LibsqlClient,
  type Config as LibsqlConfig,
} from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import Database from "libsql";
import {
  PrismaClient as SqliteClient,
  type Changelog,
  type Environment,
  type Instance,
  type Project,
  type ReviewConfig,
  type ServiceAccount,
} from "./generated/sqlite/client";
import { PrismaClient as MysqlClient } from "./generated/mysql/client";
import {
  type MysqlSettings,
  type SqliteSettings,
  checkMysqlStore,
  createSqliteFile,
  mysqlSettings,
  sqliteFiles,
  sqliteProblem,
} from "./settings";

export type Dialect = "sqlite" | "mysql";

// Both clients are generated from the same models.prisma, so their model APIs are the same
// shape; the SQLite client's type stands for both.
export type StoreClient = SqliteClient;

/** The tables keyed by one `id` column that `Store.findById` reads, with the row each holds. */
export interface RowsById {
  Environment: Environment;
  Instance: Instance;
  Project: Project;
  ReviewConfig: ReviewConfig;
  ServiceAccount: ServiceAccount;
}

/** What a sync read of one database, as it is recorded. */
export interface SyncedDatabase {
  name: string;
  charset: string;
  collation: string;
  tableCount: number;
  /** JSON of its tables. */
  metadata: string;
  drifted: boolean;
  /** The etag it takes if it is new or anything a client sees of it changed. */
  etag: string;
}

/** A task's state as a rollout records it; a start or end time left out keeps the one recorded. */
export interface TaskWrite {
  projectId: string;
  changeId: string;
  position: number;
  status: string;
  appliedStatements: number;
  failedStatement: number | null;
  error: string;
  /** JSON of its log entries. */
  log: string;
  startTime?: Date;
  endTime?: Date;
}

export interface Store {
  readonly dialect: Dialect;
  readonly client: StoreClient;
  /**
   * One row by its id, as Prisma's findUnique returns it: the GET path's read. On SQLite it skips
   * Prisma (a tenth of the cost), reading through a prepared statement on a connection of its own.
   */
  findById<T extends keyof RowsById>(table: T, id: string): Promise<RowsById[T] | null>;
  /**
   * Records one batch of a sync in one transaction: a new database is created, one whose metadata,
   * drift or state (a DELETED one is back) changed is updated with its new etag, the rest only
   * get `syncTime`. On SQLite it skips Prisma, whose per-statement cost in native memory (about
   * 40 kB a row, kept by the allocator) made a sync of 10,000 databases take 300 MB.
   */
  recordSync(instanceId: string, databases: readonly SyncedDatabase[], syncTime: Date): Promise<void>;
  /**
   * Records rollout progress in one transaction: tasks' states (in order, so a later write of a
   * task wins) and new changelog entries. A rollout gathers what its targets report while the
   * previous write commits, so fifty targets cost a handful of transactions, not a hundred; on
   * SQLite it skips Prisma, as recordSync does.
   */
  recordRollout(tasks: readonly TaskWrite[], changelogs: readonly Changelog[]): Promise<void>;
  /** Where the store lives, with any password removed: safe to log. */
  readonly description: string;
  /** SQLite: the database file and its companions, kept private (0600); none for MySQL. */
  readonly files: readonly string[];
  close(): Promise<void>;
}

/**
 * Opens the control plane's store: `mysql://…` (MySQL, TiDB or MariaDB) when a URL is given,
 * otherwise SQLite in the data directory.
 */
export function openStore(options: { databaseUrl?: string; dataDir: string }): Store {
  const url = options.databaseUrl?.trim();
  if (url && /^(mysql|mariadb):\/\//i.test(url)) {
    const { settings, parsed } = mysqlSettings(url);
    const adapter = new PrismaMariaDb({
      ...settings,
      // mariadb's default is to refuse caching_sha2 without TLS; MySQL 8 and TiDB need it.
      allowPublicKeyRetrieval: true,
    });
    // cast: the MySQL client is generated from the same models as the SQLite one, so its model API is the same shape.
    const client = new MysqlClient({ adapter }) as unknown as StoreClient;
    checks.set(client, { mysql: settings });
    parsed.password = "";
    return {
      dialect: "mysql",
      client,
      description: parsed.toString(),
      files: [],
      findById: (table, id) => prismaFindById(client, table, id),
      recordSync: (instanceId, databases, syncTime) => prismaRecordSync(client, instanceId, databases, syncTime),
      recordRollout: (tasks, changelogs) => prismaRecordRollout(client, tasks, changelogs),
      close: () => client.$disconnect(),
    };
  }
  if (url && !/^file:/i.test(url)) {
    throw new StartupError("DATABASE_URL must be a mysql:// URL (MySQL, TiDB, MariaDB) or a file: URL for SQLite");
  }
  let file: string;
  if (url) {
    file = url.replace(/^file:/i, "");
  } else {
    // The data directory exists, private: startServer prepared it.
    file = path.join(options.dataDir, "tidemark.db");
  }
  const sqlite = { file, fromUrl: Boolean(url) };
  createSqliteFile(sqlite);
  const adapter = new PooledLibSql({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const client = new SqliteClient({ adapter });
  checks.set(client, { sqlite });
  const rows = new SqliteRows(file);
  const writes = new SqliteWrites(file);
  return {
    dialect: "sqlite",
    client,
    description: `sqlite:${file}`,
    files: sqliteFiles(file),
    findById: async (table, id) => rows.find(table, id),
    recordSync: (instanceId, databases, syncTime) => writes.recordSync(instanceId, databases, syncTime),
    recordRollout: (tasks, changelogs) => writes.recordRollout(tasks, changelogs),
    close: async () => {
      rows.close();
      writes.close();
      await client.$disconnect();
    },
  };
}

function prismaFindById<T extends keyof RowsById>(
  client: StoreClient,
  table: T,
  id: string,
): Promise<RowsById[T] | null> {
  const where = { where: { id } };
  const read: { [K in keyof RowsById]: () => Promise<RowsById[K] | null> } = {
    Environment: () => client.environment.findUnique(where),
    Instance: () => client.instance.findUnique(where),
    Project: () => client.project.findUnique(where),
    ReviewConfig: () => client.reviewConfig.findUnique(where),
    ServiceAccount: () => client.serviceAccount.findUnique(where),
  };
  return read[table]();
}

/** How a sync treats a database it read, given what the store holds of it. */
function syncChange(
  before: { metadata: string; state: string; drifted: boolean } | undefined,
  read: SyncedDatabase,
): "create" | "update" | "touch" {
  if (!before) return "create";
  // The etag moves only when something a client can see changed.
  return before.metadata !== read.metadata || before.state !== "ACTIVE" || before.drifted !== read.drifted
    ? "update"
    : "touch";
}

async function prismaRecordSync(
  client: StoreClient,
  instanceId: string,
  databases: readonly SyncedDatabase[],
  syncTime: Date,
): Promise<void> {
  await client.$transaction(
    async (tx) => {
      const known = new Map(
        (
          await tx.database.findMany({
            where: { instanceId, name: { in: databases.map((d) => d.name) } },
            select: { name: true, metadata: true, state: true, drifted: true },
          })
        ).map((d) => [d.name, d]),
      );
      const touched: string[] = [];
      for (const { etag, ...d } of databases) {
        const change = syncChange(known.get(d.name), { etag, ...d });
        if (change === "create") {
          await tx.database.create({ data: { instanceId, ...d, syncTime, labels: "{}", etag } });
        } else if (change === "update") {
          await tx.database.updateMany({
            where: { instanceId, name: d.name },
            data: { ...d, syncTime, state: "ACTIVE", etag },
          });
        } else {
          touched.push(d.name);
        }
      }
      if (touched.length > 0) {
        await tx.database.updateMany({ where: { instanceId, name: { in: touched } }, data: { syncTime } });
      }
    },
    { timeout: 60_000 },
  );
}

async function prismaRecordRollout(
  client: StoreClient,
  tasks: readonly TaskWrite[],
  changelogs: readonly Changelog[],
): Promise<void> {
  await client.$transaction([
    ...(changelogs.length > 0 ? [client.changelog.createMany({ data: [...changelogs] })] : []),
    ...tasks.map(({ projectId, changeId, position, ...data }) =>
      client.task.update({ where: { projectId_changeId_position: { projectId, changeId, position } }, data }),
    ),
  ]);
}

/** What recordSync reads of a database row on SQLite (`drifted` is 0 or 1 there); undefined for none. */
function storedDatabase(row: unknown): { metadata: string; state: string; drifted: boolean } | undefined {
  if (row === undefined) return undefined;
  if (
    typeof row !== "object" ||
    row === null ||
    !("metadata" in row && "state" in row && "drifted" in row) ||
    typeof row.metadata !== "string" ||
    typeof row.state !== "string"
  ) {
    throw new Error("a Database row read on SQLite lacks its metadata, state or drifted column");
  }
  return { metadata: row.metadata, state: row.state, drifted: row.drifted === 1 };
}

/** How Prisma keeps a DateTime in SQLite: ISO 8601 text with the offset written out. */
const sqliteTime = (time: Date): string => time.toISOString().replace(/Z$/, "+00:00");

/**
 * The store's hot writes on SQLite — a sync's and a rollout's — on a connection of their own
 * through statements prepared once. The transaction is taken without waiting (a wait would hold
 * the event loop) and tried again shortly while another connection writes, for as long as
 * Prisma's transactions may last. The connection has prepareStore's `synchronous = NORMAL`.
 */
class SqliteWrites {
  private db: Database.Database | undefined;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly file: string) {}

  private connection(): Database.Database {
    if (!this.db) {
      this.db = new Database(this.file, { timeout: 0 });
      this.db.exec("PRAGMA synchronous = NORMAL");
    }
    return this.db;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection().prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `work` in one write transaction, committed when it returns, rolled back when it throws. */
  private async transaction(work: () => void): Promise<void> {
    const begin = this.statement("BEGIN IMMEDIATE");
    const db = this.connection();
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        begin.run();
        break;
      } catch (err) {
        if (errorCode(err) !== "SQLITE_BUSY" || Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    try {
      work();
      db.exec("COMMIT");
    } catch (err) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw err;
    }
  }

  async recordSync(instanceId: string, databases: readonly SyncedDatabase[], syncTime: Date): Promise<void> {
    const read = this.statement(
      `SELECT "metadata", "state", "drifted" FROM "Database" WHERE "instanceId" = ? AND "name" = ?`,
    );
    const create = this.statement(
      `INSERT INTO "Database" ("instanceId", "name", "charset", "collation", "tableCount", "metadata", "drifted", "syncTime", "labels", "etag")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
    );
    const update = this.statement(
      `UPDATE "Database" SET "charset" = ?, "collation" = ?, "tableCount" = ?, "metadata" = ?, "drifted" = ?,
              "syncTime" = ?, "state" = 'ACTIVE', "etag" = ? WHERE "instanceId" = ? AND "name" = ?`,
    );
    const touch = this.statement(`UPDATE "Database" SET "syncTime" = ? WHERE "instanceId" = ? AND "name" = ?`);
    const time = sqliteTime(syncTime);
    await this.transaction(() => {
      for (const d of databases) {
        const change = syncChange(storedDatabase(read.get(instanceId, d.name)), d);
        const drifted = d.drifted ? 1 : 0;
        if (change === "create") {
          create.run(instanceId, d.name, d.charset, d.collation, d.tableCount, d.metadata, drifted, time, d.etag);
        } else if (change === "update") {
          update.run(d.charset, d.collation, d.tableCount, d.metadata, drifted, time, d.etag, instanceId, d.name);
        } else {
          touch.run(time, instanceId, d.name);
        }
      }
    });
  }

  async recordRollout(tasks: readonly TaskWrite[], changelogs: readonly Changelog[]): Promise<void> {
    const insert = this.statement(
      `INSERT INTO "Changelog" ("instanceId", "databaseName", "id", "change", "version", "statements", "checksum", "status",
         "appliedStatements", "error", "actor", "createTime", "durationMs", "schemaBefore", "schemaAfter")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = this.statement(
      `UPDATE "Task" SET "status" = ?, "appliedStatements" = ?, "failedStatement" = ?, "error" = ?, "log" = ?,
              "startTime" = COALESCE(?, "startTime"), "endTime" = COALESCE(?, "endTime")
        WHERE "projectId" = ? AND "changeId" = ? AND "position" = ?`,
    );
    const time = (t: Date | undefined): string | null => (t ? sqliteTime(t) : null);
    await this.transaction(() => {
      for (const c of changelogs) {
        insert.run(
          c.instanceId,
          c.databaseName,
          c.id,
          c.change,
          c.version,
          c.statements,
          c.checksum,
          c.status,
          c.appliedStatements,
          c.error,
          c.actor,
          sqliteTime(c.createTime),
          c.durationMs,
          c.schemaBefore,
          c.schemaAfter,
        );
      }
      for (const t of tasks) {
        const found = update.run(
          t.status,
          t.appliedStatements,
          t.failedStatement,
          t.error,
          t.log,
          time(t.startTime),
          time(t.endTime),
          t.projectId,
          t.changeId,
          t.position,
        );
        // As Prisma's update would: a task that is not there is an error, not a silent no-op.
        if (found.changes !== 1) throw new Error(`no task ${t.projectId}/${t.changeId}/${t.position} to record`);
      }
    });
  }

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = undefined;
  }
}

/** How long a SQLite connection waits for another's write lock before answering SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Prisma's libsql adapter, on a libsql client that keeps its connections. The client the adapter
 * bundles (0.17) gives each transaction the connection it had and opens a fresh one for what
 * follows, so every store transaction paid for opening the file and left the client on a
 * connection without prepareStore's per-connection settings: `synchronous` back to FULL (a disk
 * sync on every commit) and no busy timeout. From 0.18 the client pools its connections and
 * returns a transaction's connection when it settles; as the adapter runs one operation at a time,
 * the pool holds one connection, the one prepareStore set up. The busy timeout is also given to
 * the client, so any connection it opens has it.
 */
class PooledLibSql extends PrismaLibSql {
  override createClient(config: LibsqlConfig): LibsqlClient {
    return createLibsqlClient(config);
  }
}

/** A value as SQLite keeps it, turned into what Prisma gives for the column's declared type. */
type Decode = (value: unknown) => unknown;

const asIs: Decode = (value) => value;
const DECODERS: Record<string, Decode> = {
  BOOLEAN: (value) => (value === null ? null : value === 1 || value === 1n || value === true),
  // Prisma writes ISO 8601 text; SQLite's CURRENT_TIMESTAMP writes UTC as "YYYY-MM-DD HH:MM:SS".
  DATETIME: (value) =>
    value === null
      ? null
      : typeof value === "string"
        ? new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) ? `${value.replace(" ", "T")}Z` : value)
        : new Date(Number(value)),
};

/**
 * Single-row reads of a SQLite store on a connection of their own, through statements prepared
 * once. Opened at the first read, once the store has been migrated (so it creates no file); each
 * read is its own snapshot, so it sees every write committed before it.
 */
class SqliteRows {
  private db: Database.Database | undefined;
  private readonly statements = new Map<string, { statement: Database.Statement; columns: [string, Decode][] }>();

  constructor(private readonly file: string) {}

  find<T extends keyof RowsById>(table: T, id: string): RowsById[T] | null {
    let prepared = this.statements.get(table);
    if (!prepared) {
      this.db ??= new Database(this.file, { timeout: 5000 });
      const statement = this.db.prepare(`SELECT * FROM "${table}" WHERE "id" = ?`).raw(true);
      const columns = statement
        .columns()
        .map((c): [string, Decode] => [c.name, DECODERS[(c.type ?? "").toUpperCase()] ?? asIs]);
      prepared = { statement, columns };
      this.statements.set(table, prepared);
    }
    // Raw mode: the row is its values in column order.
    const values = prepared.statement.get(id);
    if (!Array.isArray(values)) return null;
    const row: Record<string, unknown> = {};
    prepared.columns.forEach(([name, decode], i) => (row[name] = decode(values[i])));
    // cast: the columns are the table's, as the store migrations (checked against the models) declare them.
    return row as unknown as RowsById[T];
  }

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = undefined;
  }
}

/**
 * Per-store settings before first use. SQLite: write-ahead logging, so readers never wait for
 * a writer, and `synchronous=NORMAL`, which with WAL stays safe against corruption while not
 * syncing the disk on every commit (a crash may lose the last instants, never the file).
 */
export async function prepareStore(store: Store): Promise<void> {
  const check = checks.get(store.client);
  if (check?.mysql) await checkMysqlStore(check.mysql);
  if (store.dialect !== "sqlite") return;
  try {
    await store.client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await store.client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    await store.client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  } catch (err) {
    throw check?.sqlite ? sqliteProblem(check.sqlite, err) : err;
  }
}

/** What prepareStore checks of each store it opened, so a failure names the setting or file at fault. */
const checks = new WeakMap<StoreClient, { mysql?: MysqlSettings; sqlite?: SqliteSettings }>();
