import pino, { type Logger } from "pino";

/** The pino levels LOG_LEVEL may name. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

// Service-account keys as generateKey makes them: recognisable wherever they were typed.
const KEY_PATTERN = /tmk_[A-Za-z0-9_-]*/g;

/** The text with every service-account key in it replaced, for anything logged or audited. */
export function maskKeys(text: string): string {
  return text.replace(KEY_PATTERN, "[redacted key]");
}

// The secret-bearing field names (login and data-source passwords, TLS keys, tokens) at the depths
// a logged object or request body holds them: top level, nested, and in lists (dataSources[].tls.key).
export const SECRET_FIELDS = ["password", "key", "token", "authorization", "cookie"] as const;
export const REDACTED = "[redacted]";
const SECRET_DEPTHS = ["", "*.", "*.*.", "*.*.*.", "*[*].", "*[*].*.", "*.*[*].", "*.*[*].*."];
const REDACTED_PATHS = SECRET_FIELDS.flatMap((f) => SECRET_DEPTHS.map((depth) => `${depth}${f}`));

/**
 * Structured JSON logs. Nothing logs request bodies; the redaction list is a second line of
 * defence for any object that carries a secret by one of these names, and every line leaves with
 * any service-account key in it masked, whichever field carried it.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: { service: "tidemark" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      hooks: { streamWrite: maskKeys },
    },
    options.destination,
  );
}
