import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";

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
  409: "ALREADY_EXISTS",
  412: "FAILED_PRECONDITION",
  413: "INVALID_ARGUMENT",
  415: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
} as const;

export type HttpCode = keyof typeof STATUS_NAMES;

/** The canonical name of an HTTP status, as errors and audit records carry it. */
export function statusName(code: number): string {
  if (code < 400) return "OK";
  return (STATUS_NAMES as Record<number, string>)[code] ?? `HTTP_${code}`;
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
 * The one place errors become responses. Client mistakes the body parser finds become 400s;
 * anything unexpected is logged (without its message, which may hold a driver's text) and
 * answered with a bare 500.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const apiError = toApiError(err);
    if (apiError.code >= 500) {
      log.error({ requestId: req.id, errorType: errorType(err), stack: safeStack(err) }, "request failed");
    }
    res.status(apiError.code).json(apiError.toJSON());
  };
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { type?: string; status?: number; expose?: boolean };
  // body-parser marks its errors with `type`; its messages can echo the body, so we write our own.
  switch (e?.type) {
    case "entity.parse.failed":
      return new ApiError(400, "request body is not valid JSON", [{ field: "", description: "malformed JSON" }]);
    case "entity.too.large":
      return new ApiError(413, "request body is too large");
    case "encoding.unsupported":
    case "charset.unsupported":
      return new ApiError(415, "request body must be UTF-8 JSON");
  }
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500 && e.expose) {
    return new ApiError(400, "malformed request");
  }
  return new ApiError(500, "internal error");
}

function errorType(err: unknown): string {
  return err instanceof Error ? err.constructor.name : typeof err;
}

// Frames only: the message line of a driver error can carry connection details.
function safeStack(err: unknown): string | undefined {
  if (!(err instanceof Error) || !err.stack) return undefined;
  return err.stack.split("\n").slice(1).join("\n");
}
