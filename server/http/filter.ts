import { ApiError } from "./errors";

/**
 * List filters, a small part of AIP-160: comparisons joined by AND, such as
 * `project = "projects/shop" AND labels.tier != "gold" AND state = ACTIVE`.
 * Each list names the fields it understands; anything else is a 400, never ignored.
 */
export interface Comparison {
  field: string;
  op: "=" | "!=";
  value: string;
}

const TERM = /^\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_.-]+)?)\s*(!=|==|=)\s*("(?:[^"\\]|\\.)*"|[^\s"]+)\s*/;

export function parseFilter(raw: unknown, allowed: (field: string) => boolean): Comparison[] {
  if (raw === undefined || raw === "") return [];
  if (typeof raw !== "string") throw ApiError.invalid("filter", "must be a string");
  const out: Comparison[] = [];
  let rest = raw;
  for (;;) {
    const m = TERM.exec(rest);
    if (!m) throw ApiError.invalid("filter", `cannot read "${rest.trim()}": expected field = "value", joined by AND`);
    const [whole, field, op, value] = m as unknown as [string, string, string, string];
    if (!allowed(field)) throw ApiError.invalid("filter", `cannot filter on ${field}`);
    out.push({
      field,
      op: op === "!=" ? "!=" : "=",
      value: value.startsWith('"') ? (JSON.parse(value) as string) : value,
    });
    rest = rest.slice(whole.length);
    if (rest === "") return out;
    const and = /^AND\s+/.exec(rest);
    if (!and) throw ApiError.invalid("filter", `expected AND before "${rest.trim()}"`);
    rest = rest.slice(and[0].length);
  }
}

/** Whether a value passes every comparison; `read` gives a field's value, or undefined. */
export function matchesFilter(filter: Comparison[], read: (field: string) => string | undefined): boolean {
  return filter.every((c) => (read(c.field) === c.value) === (c.op === "="));
}
