import { StartupError } from "../startup-error";
import fs from "node:fs";
import path from "node:path";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as MysqlClient } from "./generated/mysql/client";

export type Dialect = "sqlite" | "mysql";

// Both clients are generated from the same models.prisma, so their model APIs are the same
// shape; the SQLite client's type stands for both.
export type StoreClient = SqliteClient;

export interface Store {
  readonly dialect: Dialect;
  readonly client: StoreClient;
  /** Where the store lives, with any password removed: safe to log. */
  readonly description: string;
  close(): Promise<void>;
}

/**
 * Opens the control plane's store: `mysql://…` (MySQL, TiDB or MariaDB) when a URL is given,
 * otherwise SQLite in the data directory.
 */
export function openStore(options: { databaseUrl?: string; dataDir: string }): Store {
  const url = options.databaseUrl?.trim();
  if (url && /^(mysql|mariadb):\/\//i.test(url)) {
    const parsed = new URL(url);
    const adapter = new PrismaMariaDb({
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : 3306,
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
      connectionLimit: Number(parsed.searchParams.get("connection_limit") ?? 10),
      // mariadb's default is to refuse caching_sha2 without TLS; MySQL 8 and TiDB need it.
      allowPublicKeyRetrieval: true,
    });
    const client = new MysqlClient({ adapter }) as unknown as StoreClient;
    parsed.password = "";
    return storeOf("mysql", client, parsed.toString());
  }
  if (url && !/^file:/i.test(url)) {
    throw new StartupError("DATABASE_URL must be a mysql:// URL (MySQL, TiDB, MariaDB) or a file: URL for SQLite");
  }
  let file: string;
  if (url) {
    file = url.replace(/^file:/i, "");
  } else {
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    file = path.join(options.dataDir, "tidemark.db");
  }
  const adapter = new PrismaLibSql({ url: `file:${file}` });
  return storeOf("sqlite", new SqliteClient({ adapter }), `sqlite:${file}`);
}

function storeOf(dialect: Dialect, client: StoreClient, description: string): Store {
  return { dialect, client, description, close: () => client.$disconnect() };
}

/**
 * Per-store settings before first use. SQLite: write-ahead logging, so readers never wait for
 * a writer, and `synchronous=NORMAL`, which with WAL stays safe against corruption while not
 * syncing the disk on every commit (a crash may lose the last instants, never the file).
 */
export async function prepareStore(store: Store): Promise<void> {
  if (store.dialect !== "sqlite") return;
  await store.client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await store.client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await store.client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
}
