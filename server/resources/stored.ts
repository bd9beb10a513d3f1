import type { Guard } from "../store/json";

/** A plain column holding one of a union's members (`Instance.state`) as Tidemark wrote it; anything else is a damaged store. */
export function storedValue<T>(value: unknown, is: Guard<T>, column: string): T {
  if (!is(value)) throw new Error(`the store's ${column} does not hold what Tidemark writes there`);
  return value;
}
