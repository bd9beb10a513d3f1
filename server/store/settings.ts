// Where the store is, from DATABASE_URL or the data directory, and the checks at start that say
// in one line which setting or file is wrong: never a driver's message, never the password.
import fs from "node:fs";
import mysql from "mysql2/promise";
import { errorCode } from "../error-code";
import { StartupError } from "../startup-error";

/** How long the start-up check waits for the store's server to answer. */
export const CONNECT_TIMEOUT_MS = 5000;

export interface MysqlSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  connectionLimit: number;
}

const URL_HELP = "write it as mysql://user:password@host:port/database (percent-encode special characters)";

/** The connection settings in a `mysql://` or `mariadb://` DATABASE_URL. */
export function mysqlSettings(url: string): { settings: MysqlSettings; parsed: URL } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError(`DATABASE_URL is not a valid URL: ${URL_HELP}`);
  }
  let user: string, password: string, database: string;
  try {
    user = decodeURIComponent(parsed.username);
    password = decodeURIComponent(parsed.password);
    database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  } catch {
    throw new StartupError(`DATABASE_URL has a malformed %-escape in its user, password or database: ${URL_HELP}`);
  }
  if (!parsed.hostname) throw new StartupError(`DATABASE_URL names no host: ${URL_HELP}`);
  if (!database || database.includes("/")) {
    throw new StartupError(`DATABASE_URL must name one database after the host (…:port/tidemark): ${URL_HELP}`);
  }
  const limit = parsed.searchParams.get("connection_limit") ?? "10";
  if (!/^[0-9]{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > 1000) {
    throw new StartupError("DATABASE_URL's connection_limit must be a whole number from 1 to 1000");
  }
  return {
    parsed,
    settings: {
      // URL keeps an IPv6 address in brackets; the drivers want it bare.
      host: parsed.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: parsed.port ? Number(parsed.port) : 3306,
      user,
      password,
      database,
      connectionLimit: Number(limit),
    },
  };
}

/**
 * Connects once, within a few seconds, so that a wrong host, port, password or database name is
 * told apart at start instead of surfacing as one pool timeout from the first query.
 */
export async function checkMysqlStore(settings: MysqlSettings): Promise<void> {
  const { host, port, user, password, database } = settings;
  const at = `${host}:${port}`;
  try {
    const connection = await mysql.createConnection({
      host,
      port,
      user,
      password,
      database,
      connectTimeout: CONNECT_TIMEOUT_MS,
    });
    await connection.end().catch(() => connection.destroy());
  } catch (err) {
    throw new StartupError(`DATABASE_URL: ${mysqlProblem(errorCode(err) ?? "", at, user, database)}`);
  }
}

function mysqlProblem(code: string, at: string, user: string, database: string): string {
  switch (code) {
    case "ECONNREFUSED":
      return `nothing accepts connections at ${at} (connection refused): check the host and port, and that the database server is running`;
    case "ETIMEDOUT":
      return `${at} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s: check the host and port, and that no firewall drops the connection`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host in ${at} cannot be resolved: check the host name`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${at} cannot be reached from here (no route): check the host and the network`;
    case "ER_ACCESS_DENIED_ERROR":
    case "ER_ACCESS_DENIED_NO_PASSWORD_ERROR":
    case "ER_NOT_SUPPORTED_AUTH_MODE":
      return `the server at ${at} refused user "${user}" (access denied): check the user name and password`;
    case "ER_BAD_DB_ERROR":
      return `the database "${database}" does not exist on ${at}: create it (CREATE DATABASE \`${database}\`) or fix its name`;
    case "ER_DBACCESS_DENIED_ERROR":
      return `user "${user}" may not use the database "${database}" on ${at}: grant it access or fix the name`;
    case "ER_CON_COUNT_ERROR":
    case "ER_TOO_MANY_USER_CONNECTIONS":
      return `the server at ${at} has no connection to spare: raise its max_connections or lower connection_limit`;
    case "ECONNRESET":
    case "PROTOCOL_CONNECTION_LOST":
    case "HANDSHAKE_NO_SSL_SUPPORT":
      return `the server at ${at} hung up before the handshake finished: check that the port is a MySQL, TiDB or MariaDB server's`;
    default:
      return `the server at ${at} could not be used${code ? ` (${code})` : ""}: check the URL and the database server's log`;
  }
}

/** Where the SQLite store's file came from, for messages that name the right thing to fix. */
export interface SqliteSettings {
  file: string;
  fromUrl: boolean;
}

/** The database file and the companions SQLite creates beside it (with the database's mode). */
export function sqliteFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

const origin = (s: SqliteSettings): string =>
  s.fromUrl ? `the SQLite file ${s.file} (DATABASE_URL)` : `the SQLite store ${s.file}`;

/**
 * Creates the database file, if there is none, readable by this user alone: SQLite gives its
 * -wal, -shm and -journal files the mode of the database, so they are private too.
 */
export function createSqliteFile(settings: SqliteSettings): void {
  try {
    fs.closeSync(fs.openSync(settings.file, fs.constants.O_CREAT | fs.constants.O_RDWR, 0o600));
  } catch (err) {
    const code = errorCode(err) ?? "";
    const why =
      code === "ENOENT"
        ? "its directory does not exist"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : code === "EROFS"
              ? "the file system is read-only"
              : `the file system refused (${code || "unknown error"})`;
    throw new StartupError(
      `${origin(settings)} cannot be opened (${why}): ${settings.fromUrl ? "fix the path in DATABASE_URL" : "check TIDEMARK_DATA_DIR"}`,
    );
  }
}

/** A failure of the first queries on a SQLite store, in words that name the file. */
export function sqliteProblem(settings: SqliteSettings, err: unknown): StartupError {
  const text = driverCodes(err);
  if (/SQLITE_NOTADB|SQLITE_CORRUPT/.test(text)) {
    return new StartupError(
      `${origin(settings)} is not a readable SQLite database (damaged, or another kind of file): restore it from a backup, or move it away to start with an empty store`,
    );
  }
  if (/SQLITE_READONLY|SQLITE_PERM|SQLITE_AUTH/.test(text)) {
    return new StartupError(`${origin(settings)} cannot be written: make it and its directory writable by this user`);
  }
  if (/SQLITE_BUSY|SQLITE_LOCKED/.test(text)) {
    return new StartupError(
      `${origin(settings)} is locked by another process: stop it, or give this server its own file`,
    );
  }
  if (/SQLITE_FULL/.test(text)) return new StartupError(`${origin(settings)} cannot grow: the disk is full`);
  return new StartupError(`${origin(settings)} could not be opened: check the file and the disk it is on`);
}

/** The SQLite result codes in an error and its causes: the driver's codes, never its message. */
function driverCodes(err: unknown): string {
  const codes: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const code = errorCode(current);
    if (code !== undefined) codes.push(code);
    // Prisma's adapter errors keep the driver's code only inside the message or meta.
    const message = "message" in current ? current.message : undefined;
    if (typeof message === "string") codes.push(...(message.match(/SQLITE_[A-Z_]+/g) ?? []));
    const meta = "meta" in current ? current.meta : undefined;
    if (meta) codes.push(...(JSON.stringify(meta).match(/SQLITE_[A-Z_]+/g) ?? []));
    current = "cause" in current ? current.cause : undefined;
  }
  return codes.join(" ");
}
