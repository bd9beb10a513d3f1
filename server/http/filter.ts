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

/** Longer than any filter a person or a tool writes; bounds the work one request can ask for. */
export const MAX_FILTER_LENGTH = 2048;

const FIELD = /[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_.-]+)?/y;
const OPERATOR = /!=|==|=/y;
const BARE_VALUE = /[^\s"\\()]+/y;
const SPACE = /[ \t\r\n]*/y;
const AND = /AND(?=[ \t\r\n])/y;
// Tab, CR and LF may separate terms; no other control character has a meaning here.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const invalid = (description: string): ApiError => ApiError.invalid("filter", description);

export function parseFilter(raw: unknown, allowed: (field: string) => boolean): Comparison[] {
  if (raw === undefined || raw === "") return [];
  if (Array.isArray(raw)) throw invalid("must be given once");
  if (typeof raw !== "string") throw invalid("must be a string");
  const text = raw;
  if (text.length > MAX_FILTER_LENGTH) throw invalid(`must be at most ${MAX_FILTER_LENGTH} characters`);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw invalid(`contains the control character U+${code} at position ${control.index}`);
  }
  let at = 0;
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) return undefined;
    at += m[0].length;
    return m[0];
  };
  const rest = (): string => (text.length - at > 40 ? `${text.slice(at, at + 40)}…` : text.slice(at));
  const out: Comparison[] = [];
  for (;;) {
    match(SPACE);
    const field = match(FIELD);
    if (field === undefined) throw invalid(`expected a field name at position ${at}, found "${rest()}"`);
    if (!allowed(field)) throw invalid(`cannot filter on ${field}`);
    match(SPACE);
    const op = match(OPERATOR);
    if (op === undefined) throw invalid(`expected = or != after ${field} at position ${at}`);
    match(SPACE);
    const value = text[at] === '"' ? quoted() : match(BARE_VALUE);
    if (value === undefined) throw invalid(`expected a value for ${field} at position ${at}`);
    out.push({ field, op: op === "!=" ? "!=" : "=", value });
    match(SPACE);
    if (at === text.length) return out;
    if (match(AND) === undefined) throw invalid(`expected AND at position ${at}, found "${rest()}"`);
  }

  /** A double-quoted string; `\"` and `\\` are its only escapes. */
  function quoted(): string {
    const start = at;
    let value = "";
    for (at++; at < text.length; at++) {
      const c = text.charAt(at);
      if (c === '"') {
        at++;
        return value;
      }
      if (c === "\\") {
        const next = text[++at];
        if (next !== '"' && next !== "\\") {
          throw invalid(`unknown escape at position ${at - 1}: only \\" and \\\\ may follow a backslash`);
        }
        value += next;
      } else {
        value += c;
      }
    }
    throw invalid(`the string that starts at position ${start} has no closing quote`);
  }
}

/** Whether a value passes every comparison; `read` gives a field's value, or undefined. */
export function matchesFilter(filter: Comparison[], read: (field: string) => string | undefined): boolean {
  return filter.every((c) => (read(c.field) === c.value) === (c.op === "="));
}

/** A field of a resource as a filter compares it: `labels.<key>`, or a top-level scalar as text. */
export function readResourceField(resource: unknown, field: string): string | undefined {
  const labelled = field.startsWith("labels.");
  const value = ownField(labelled ? ownField(resource, "labels") : resource, labelled ? field.slice(7) : field);
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

function ownField(holder: unknown, key: string): unknown {
  return typeof holder === "object" && holder !== null && Object.hasOwn(holder, key)
    ? Reflect.get(holder, key)
    : undefined;
}
