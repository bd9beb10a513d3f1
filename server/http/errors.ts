import http from "node:http";
import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import type { Socket } from "node:net";
import type { Logger } from "pino";
import { isRecord } from "../store/json";

/** One field-level problem: `field` is a path such as `dataSources[0].port`. */
export interface FieldViolation {
  field: string;
  description: string;
}

const STATUS_NAMES = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  408: "DEADLINE_EXCEEDED",
  409: "ALREADY_EXISTS",
  412: "FAILED_PRECONDITION",
  413: "INVALID_ARGUMENT",
  415: "INVALID_ARGUMENT",
  431: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
} as const;

export type HttpCode = keyof typeof STATUS_NAMES;

const isHttpCode = (code: number): code is HttpCode => Object.hasOwn(STATUS_NAMES, code);

/** The canonical name of an HTTP status, as errors and audit records carry it. */
export function statusName(code: number): string {
  if (code < 400) return "OK";
  return isHttpCode(code) ? STATUS_NAMES[code] : `HTTP_${code}`;
}

/** An error meant for the client: its message and details are safe to show. */
export class ApiError extends Error {
  constructor(
    readonly code: HttpCode,
    message: string,
    readonly details: FieldViolation[] = [],
    readonly status: string = STATUS_NAMES[code],
  ) {
    super(message);
  }

  static invalid(field: string, description: string, message = `invalid ${field}: ${description}`): ApiError {
    return new ApiError(400, message, [{ field, description }]);
  }

  static notFound(name: string): ApiError {
    return new ApiError(404, `${name} not found`);
  }

  static alreadyExists(name: string): ApiError {
    return new ApiError(409, `${name} already exists`);
  }

  /** The caller's etag is stale: someone changed the resource since they read it. */
  static aborted(name: string): ApiError {
    return new ApiError(
      409,
      `${name} was changed by someone else: read it again and retry with the new etag`,
      [{ field: "etag", description: "does not match the current etag" }],
      "ABORTED",
    );
  }

  static failedPrecondition(message: string, details: FieldViolation[] = []): ApiError {
    return new ApiError(400, message, details, "FAILED_PRECONDITION");
  }

  static unauthenticated(message: string): ApiError {
    return new ApiError(401, message);
  }

  toJSON(): object {
    return {
      error: {
        code: this.code,
        status: this.status,
        message: this.message,
        ...(this.details.length > 0 ? { details: this.details } : {}),
      },
    };
  }
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, `no route for ${req.method} ${req.path}`));
};

/**
 * The one place errors become responses. Client mistakes the router and the body parser find
 * become 4xx; anything unexpected is logged once (without its message, which may hold a
 * driver's text) and answered with a bare 500.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const apiError = toApiError(err, req);
    if (apiError.code >= 500) {
      log.error({ requestId: req.id, errorType: errorType(err), stack: safeStack(err) }, "request failed");
    }
    res.status(apiError.code).json(apiError.toJSON());
  };
}

function toApiError(err: unknown, req: Request): ApiError {
  if (err instanceof ApiError) return err;
  // What Express's layers (router, body-parser, http-errors) put on their errors; any may be absent.
  const e = isRecord(err) ? err : {};
  // The router decodes path parameters as it matches them, and marks what fails with a 400.
  if (err instanceof URIError && e.status === 400) return malformedPath(req);
  // body-parser marks its errors with `type`; its messages can echo the body, so we write our own.
  switch (e.type) {
    case "entity.parse.failed":
      return new ApiError(400, "request body is not valid JSON", [{ field: "", description: "malformed JSON" }]);
    case "entity.too.large":
      return bodyTooLarge(typeof e.limit === "number" ? e.limit : undefined);
    case "request.size.invalid":
    case "request.aborted":
      return new ApiError(400, "request body ended before its Content-Length");
    case "encoding.unsupported":
      return new ApiError(415, "Content-Encoding must be identity, gzip, deflate or br");
    case "charset.unsupported":
      return new ApiError(415, "request body must be UTF-8 JSON");
  }
  if (typeof e.code === "string" && e.code.startsWith("Z_") && e.status === 400) {
    return new ApiError(400, "request body could not be decompressed as its Content-Encoding says");
  }
  if (typeof e.status === "number" && e.status >= 400 && e.status < 500 && e.expose) {
    return new ApiError(isHttpCode(e.status) ? e.status : 400, "malformed request");
  }
  return new ApiError(500, "internal error");
}

/** Which segment of the path does not decode: the first that is not percent-encoded UTF-8. */
function malformedPath(req: Request): ApiError {
  const segments = req.path.split("/");
  const index = segments.findIndex((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
  const segment = segments[index];
  return ApiError.invalid(
    "path",
    segment === undefined
      ? "is not valid percent-encoded UTF-8"
      : `segment ${index} ("${segment.slice(0, 80)}") is not valid percent-encoded UTF-8`,
    "the request path is not valid percent-encoded UTF-8",
  );
}

/** A 413 that says what the limit is. */
export function bodyTooLarge(limit: number | undefined): ApiError {
  return new ApiError(413, `request body is too large: the limit is ${sizeOf(limit)}`);
}

function sizeOf(bytes: number | undefined): string {
  if (bytes === undefined) return "unknown";
  return bytes % 1048576 === 0
    ? `${bytes / 1048576} MiB`
    : bytes % 1024 === 0
      ? `${bytes / 1024} KiB`
      : `${bytes} bytes`;
}

/**
 * What the HTTP parser refuses before Express sees a request (a header too large, a bad
 * Content-Length, a malformed request line) is answered in the same error shape, then closed.
 */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const [code, message]: [HttpCode, string] =
    err.code === "HPE_HEADER_OVERFLOW"
      ? [431, `request headers are too large: the limit is ${sizeOf(http.maxHeaderSize)} in all`]
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "the request took too long to arrive"]
        : [400, "malformed HTTP request"];
  const body = JSON.stringify(new ApiError(code, message).toJSON());
  socket.end(
    `HTTP/1.1 ${code} ${http.STATUS_CODES[code] ?? ""}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function errorType(err: unknown): string {
  return err instanceof Error ? err.constructor.name : typeof err;
}

// Frames only: the message line of a driver error can carry connection details.
function safeStack(err: unknown): string | undefined {
  if (!(err instanceof Error) || !err.stack) return undefined;
  return err.stack.split("\n").slice(1).join("\n");
}
