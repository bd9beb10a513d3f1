import pino, { type Logger } from "pino";

/**
 * Structured JSON logs. Nothing logs request bodies; the redaction list is a second line of
 * defence for any object that carries a secret by one of these names.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: { service: "tidemark" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ["password", "*.password", "key", "*.key", "token", "*.token", "authorization", "*.authorization"],
        censor: "[redacted]",
      },
    },
    options.destination,
  );
}
