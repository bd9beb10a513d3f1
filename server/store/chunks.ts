/**
 * SQLite refuses statements with more bound variables than its limit (999 in some builds), and
 * MySQL packets have a size limit: lists of keys in a query go in slices of this many.
 */
export const QUERY_CHUNK = 400;

export function chunks<T>(items: readonly T[], size = QUERY_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
