/**
 * The `code` a thrown value carries, as Node (`ENOENT`), the MySQL drivers (`ER_ACCESS_DENIED_ERROR`),
 * SQLite (`SQLITE_BUSY`) and Prisma (`P2002`) set it; undefined when it carries none, or not as text.
 */
export function errorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null || !("code" in err)) return undefined;
  return typeof err.code === "string" ? err.code : undefined;
}
