import mysql, { type Connection, type ConnectionOptions, type Pool } from "mysql2/promise";
import { errorCode } from "../error-code";

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
    /** The driver's error code (`ER_ACCESS_DENIED_ERROR`, `ECONNREFUSED`), for operators' logs. */
    readonly driverCode?: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

export const CONNECT_TIMEOUT_MS = 5000;
/** A bound on any one query, so a stuck target fails a sync instead of hanging it. */
export const QUERY_TIMEOUT_MS = 60_000;

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
    // Tidemark sends text queries, never prepared statements; mysql2's default of 16,000 makes
    // every connection allocate its statement cache's arrays at that size (about 0.5 MB), which
    // a rollout opening one connection per target paid in allocation and garbage collection.
    maxPreparedStatements: 8,
    ...tls,
  };
}

/** A MySQL identifier in backticks, embedded backticks doubled. */
export const quoteIdentifier = (name: string): string => "`" + name.replace(/`/g, "``") + "`";

/** Node's and OpenSSL's codes for a TLS handshake or certificate check that failed. */
const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|EPROTO$|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(GET|VERIFY)_)/;

/** Maps a driver failure to words a user can act on, naming the server and user but nothing secret. */
export function engineError(err: unknown, target: ConnectionTarget): EngineError {
  if (err instanceof EngineError) return err;
  const code = errorCode(err);
  const where = `${target.host}:${target.port}`;
  const user = `'${target.username}'`;
  const failure = (reason: EngineFailure, message: string): EngineError => new EngineError(reason, message, code);
  switch (code) {
    case "ECONNREFUSED":
      return failure("UNREACHABLE", `cannot reach ${where}: connection refused`);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return failure("UNREACHABLE", `cannot reach ${where}: unknown host`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return failure("UNREACHABLE", `cannot reach ${where}: no route to the host`);
    case "ECONNRESET":
    case "EPIPE":
    case "PROTOCOL_CONNECTION_LOST":
      return failure("UNREACHABLE", `cannot reach ${where}: the connection was lost`);
    case "ER_CON_COUNT_ERROR":
      return failure("UNREACHABLE", `${where} accepts no more connections (too many connections)`);
    case "ETIMEDOUT":
      return failure("TIMEOUT", `cannot reach ${where}: no answer within ${CONNECT_TIMEOUT_MS / 1000} s`);
    case "PROTOCOL_SEQUENCE_TIMEOUT":
      return failure("TIMEOUT", `${where} did not answer a query within ${QUERY_TIMEOUT_MS / 1000} s`);
    case "ER_ACCESS_DENIED_ERROR":
    case "ER_ACCESS_DENIED_NO_PASSWORD_ERROR":
    case "ER_NOT_SUPPORTED_AUTH_MODE":
    case "AUTH_SWITCH_PLUGIN_ERROR":
      return failure("AUTH_FAILED", `access denied for user ${user} on ${where}`);
    case "ER_HOST_NOT_PRIVILEGED":
      return failure("AUTH_FAILED", `${where} does not let this host connect (user ${user})`);
    case "ER_ACCOUNT_HAS_BEEN_LOCKED":
      return failure("AUTH_FAILED", `user ${user} is locked on ${where}`);
    case "ER_MUST_CHANGE_PASSWORD_LOGIN":
    case "ER_MUST_CHANGE_PASSWORD":
      return failure("AUTH_FAILED", `user ${user} must change its password on ${where} before it can be used`);
    case "ER_DBACCESS_DENIED_ERROR":
      return failure("AUTH_FAILED", `user ${user} may not use database '${target.database ?? ""}' on ${where}`);
    case "ER_BAD_DB_ERROR":
      return failure("QUERY_FAILED", `database '${target.database ?? ""}' does not exist on ${where}`);
    case "ER_TABLEACCESS_DENIED_ERROR":
    case "ER_COLUMNACCESS_DENIED_ERROR":
    case "ER_SPECIFIC_ACCESS_DENIED_ERROR":
      return failure("QUERY_FAILED", `user ${user} lacks a privilege this needs on ${where}`);
    case "HANDSHAKE_NO_SSL_SUPPORT":
      return failure("TLS", `${where} does not offer TLS`);
    case "ER_SECURE_TRANSPORT_REQUIRED":
      return failure("TLS", `${where} requires TLS: enable it for this data source`);
  }
  if (code && TLS_CODES.test(code)) {
    return failure("TLS", `TLS with ${where} failed (${code}): check the CA and the server's certificate`);
  }
  // The same refusal can arrive under a generic error code; its words are recognisable.
  const message = typeof err === "object" && err !== null && "message" in err ? err.message : undefined;
  if (/insecure transport/i.test(String(message ?? ""))) {
    return failure("TLS", `${where} requires TLS: enable it for this data source`);
  }
  return failure("QUERY_FAILED", `${where} refused a query${code ? ` (${code})` : ""}`);
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
