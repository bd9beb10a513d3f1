// The store's JSON-in-text columns, read back as the shape their writer stored. A value of another
// shape means a damaged store: it fails here, loudly, instead of flowing on under the wrong type.

/** Whether a value is a T: the check each column's reader makes, once per shape. */
export type Guard<T> = (value: unknown) => value is T;

/** A column's JSON, parsed and checked with `is`; `column` (`Change.approvals`) names it when it is not. */
export function readJson<T>(text: string, is: Guard<T>, column: string): T {
  const value: unknown = JSON.parse(text);
  if (!is(value)) throw new Error(`the store's ${column} does not hold what Tidemark writes there`);
  return value;
}

/** A plain column holding one of a union's members (`Instance.state`) as Tidemark wrote it; anything else is a damaged store. */
export function storedValue<T>(value: unknown, is: Guard<T>, column: string): T {
  if (!is(value)) throw new Error(`the store's ${column} does not hold what Tidemark writes there`);
  return value;
}

export const isString: Guard<string> = (value): value is string => typeof value === "string";
export const isNumber: Guard<number> = (value): value is number => typeof value === "number";
export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === "boolean";
/** Any JSON value: for a field whose value is the caller's own (an audit record's before and after). */
export const isAnything: Guard<unknown> = (_value): _value is unknown => true;

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One of a list of strings: a column holding a union's member. */
export function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => values.some((v) => v === value);
}

export function isArrayOf<T>(is: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(is);
}

/** An object whose every member is a T: `{ "CREATE_TABLE": 2 }`. */
export function isRecordOf<T>(is: Guard<T>): Guard<Record<string, T>> {
  return (value): value is Record<string, T> => isRecord(value) && Object.values(value).every(is);
}

export function isNullable<T>(is: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || is(value);
}

/** A field a writer may leave out. */
export function isOptional<T>(is: Guard<T>): Guard<T | undefined> {
  return (value): value is T | undefined => value === undefined || is(value);
}

/** An object with these fields, each checked by its guard (an optional field's guard takes undefined). */
export function isShaped<T extends object>(fields: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  const checks: [string, Guard<unknown>][] = Object.entries(fields);
  return (value): value is T => isRecord(value) && checks.every(([name, is]) => is(value[name]));
}
