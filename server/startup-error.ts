/** A failure to start whose message is ours and safe to print: bad configuration, a busy port. */
export class StartupError extends Error {}

/** What to print when the server cannot start: our own words, never a driver's. */
export function startupMessage(err: unknown): string {
  if (err instanceof StartupError) return err.message;
  const code = (err as { code?: unknown }).code;
  if (code === "EADDRINUSE") return "the port is already in use: set PORT to a free one";
  if (code === "EACCES") return "permission denied: check PORT and TIDEMARK_DATA_DIR";
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return `system error ${code}`;
  return `${err instanceof Error ? err.constructor.name : "error"}: the store could not be opened or migrated (check DATABASE_URL)`;
}
