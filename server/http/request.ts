import crypto from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { REDACTED, SECRET_FIELDS } from "../log";
import { isRecord } from "../store/json";
import { ApiError, bodyTooLarge } from "./errors";

/** Who is calling: set by the auth middleware on every authenticated route. */
export interface Caller {
  /** `serviceAccounts/{id}` */
  name: string;
  email: string;
  role: string;
}

declare module "express-serve-static-core" {
  interface Request {
    /** Correlates a response, its log lines and (later) its audit record. */
    id: string;
    caller?: Caller;
  }
}

/**
 * The caller of a route behind the auth middleware, which sets it before any handler runs; a
 * route reached without it answers 401 rather than acting for nobody.
 */
export function callerOf(req: { caller?: Caller | undefined }): Caller {
  if (!req.caller) throw ApiError.unauthenticated("the request is not authenticated");
  return req.caller;
}

/** A JSON request body as an object of fields; anything else (none, an array, a string) as no fields. */
export function bodyFields(req: { body?: unknown }): Record<string, unknown> {
  return isRecord(req.body) ? req.body : {};
}

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Takes a sane `X-Request-Id` from the client or makes one, and echoes it on the response. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get("x-request-id");
  req.id = given && CLIENT_REQUEST_ID.test(given) ? given : crypto.randomUUID();
  res.setHeader("X-Request-Id", req.id);
  next();
};

/** RFC 9112: an HTTP/1.1 request without Host is a 400. */
export const requireHost: RequestHandler = (req, _res, next) => {
  if (req.headers.host !== undefined || req.httpVersion !== "1.1") return next();
  next(ApiError.invalid("Host", "is required in HTTP/1.1", "the request has no Host header"));
};

/**
 * A body declared larger than `limit` is refused before any of it is read, and the connection
 * closed: the body parser would read (and drop) all of it first, however large it claims to be.
 */
export function limitBody(limit: number): RequestHandler {
  return (req, res, next) => {
    const declared = req.headers["content-length"];
    if (declared === undefined || !(Number(declared) > limit)) return next();
    res.setHeader("Connection", "close");
    next(bodyTooLarge(limit));
  };
}

/**
 * One log line per request. Bodies and query strings are never logged: bodies carry
 * passwords and keys, and only the path is needed to find a request again.
 */
export function accessLog(log: Logger): RequestHandler {
  // The line's fields are flat strings and numbers, none named like a secret, so the nested
  // redaction paths (createLogger) can match nothing in it, yet pino runs each field through them:
  // a seventh of an authenticated GET. This child redacts top-level secret names only; every line
  // still has service-account keys masked by the parent's stream hook.
  const lines = log.child({}, { redact: { paths: [...SECRET_FIELDS], censor: REDACTED } });
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.once("finish", () => {
      lines.info(
        {
          requestId: req.id,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - start) / 1e6,
          caller: req.caller?.name,
        },
        "request",
      );
    });
    next();
  };
}
