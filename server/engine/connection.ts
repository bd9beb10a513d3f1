import mysql, { type Connection, type ConnectionOptions, type Pool } from "mysql2/promise";

/** Where and how to reach a target database server. Holds secrets: never log it. */
export interface ConnectionTarget {
  host: string;
  port: number;
  username: string;
  password?: string;
  database?: string;
  tls?: { enabled?: boolean; verifyServerCertificate?: boolean; ca?: string; cert?: string; key?: string };
}

export type EngineFailure = "UNREACHABLE" | "AUTH_FAILED" | "TLS" | "TIMEOUT" | "QUERY_FAILED";

/**
 * A target database could not be used. The message is ours, safe to show a client and to
 * log: it never carries the driver's text, which can echo credentials or SQL.
 */
export class EngineError extends Error {
  constructor(
    readonly reason: EngineFailure,
    message: string,
  ) {
    super(message);
  }
}

const CONNECT_TIMEOUT_MS = 5000;

function options(target: ConnectionTarget): ConnectionOptions {
  const tls = target.tls?.enabled
    ? {
        ssl: {
          rejectUnauthorized: target.tls.verifyServerCertificate ?? true,
          ...(target.tls.ca ? { ca: target.tls.ca } : {}),
          ...(target.tls.cert ? { cert: target.tls.cert } : {}),
          ...(target.tls.key ? { key: target.tls.key } : {}),
        },
      }
    : {};
  return {
    host: target.host,
    port: target.port,
    user: target.username,
    ...(target.password !== undefined ? { password: target.password } : {}),
    ...(target.database ? { database: target.database } : {}),
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Schema text and names arrive as the server stores them.
    charset: "utf8mb4",
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
    multipleStatements: false,
    ...tls,
  };
}

/** Maps a driver failure to words a user can act on, naming the server but nothing secret. */
export function engineError(err: unknown, target: ConnectionTarget): EngineError {
  if (err instanceof EngineError) return err;
  const e = err as { code?: string; errno?: number; message?: string };
  const where = `${target.host}:${target.port}`;
  switch (e.code) {
    case "ECONNREFUSED":
      return new EngineError("UNREACHABLE", `cannot reach ${where}: connection refused`);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new EngineError("UNREACHABLE", `cannot reach ${where}: unknown host`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ECONNRESET":
    case "PROTOCOL_CONNECTION_LOST":
      return new EngineError("UNREACHABLE", `cannot reach ${where}: the connection was lost`);
    case "ETIMEDOUT":
      return new EngineError("TIMEOUT", `cannot reach ${where}: timed out after ${CONNECT_TIMEOUT_MS / 1000} s`);
    case "ER_ACCESS_DENIED_ERROR":
    case "ER_DBACCESS_DENIED_ERROR":
    case "ER_ACCESS_DENIED_NO_PASSWORD_ERROR":
      return new EngineError("AUTH_FAILED", `access denied for user '${target.username}' on ${where}`);
    case "ER_BAD_DB_ERROR":
      return new EngineError("QUERY_FAILED", `database '${target.database ?? ""}' does not exist on ${where}`);
    case "HANDSHAKE_NO_SSL_SUPPORT":
      return new EngineError("TLS", `${where} does not offer TLS`);
  }
  if (/certificate|SSL|TLS|self.signed/i.test(e.message ?? "")) {
    return new EngineError("TLS", `TLS with ${where} failed: check the CA and the server's certificate`);
  }
  return new EngineError("QUERY_FAILED", `${where} refused a query${e.code ? ` (${e.code})` : ""}`);
}

/** One connection, for a quick check or a short task. */
export async function openConnection(target: ConnectionTarget): Promise<Connection> {
  try {
    return await mysql.createConnection(options(target));
  } catch (err) {
    throw engineError(err, target);
  }
}

/** A small pool, for work that runs several queries at once. */
export function openPool(target: ConnectionTarget, size: number): Pool {
  return mysql.createPool({ ...options(target), connectionLimit: size, maxIdle: size, idleTimeout: 10_000 });
}
