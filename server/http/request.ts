import crypto from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";

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

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Takes a sane `X-Request-Id` from the client or makes one, and echoes it on the response. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get("x-request-id");
  req.id = given && CLIENT_REQUEST_ID.test(given) ? given : crypto.randomUUID();
  res.setHeader("X-Request-Id", req.id);
  next();
};

/**
 * One log line per request. Bodies and query strings are never logged: bodies carry
 * passwords and keys, and only the path is needed to find a request again.
 */
export function accessLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      log.info(
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
