// Values on the wire as Terraform writes them (cty's msgpack encoding), driven by the type:
// msgpack alone cannot tell a map from an object or a number string from a string.

import { Decoder, Encoder, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import {
  AttributePath,
  CtyNumber,
  CtyType,
  CtyValueError,
  Decimal,
  Typed,
  Unknown,
  Value,
  float,
  impliedTypeOf,
  integer,
  isNumber,
  isRecord,
  parseNumber,
  parseType,
  record,
  typeJson,
} from "./cty";

// cty writes a wholly unknown value as fixext1 of type 0 with one zero byte; refined unknowns
// (type 12) carry a msgpack map of refinements.
const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));
const REFINED_UNKNOWN = 12;

const extensions = new ExtensionCodec();
// The built-in timestamp extension (-1) would turn into a Date, or throw on a payload that is
// not a timestamp; to cty every extension is an unknown.
extensions.register({ type: -1, encode: () => null, decode: (data, type) => new ExtData(type, data) });

// useBigInt64: 64-bit integers decode to bigint (no precision lost) and bigints encode as them.
const encoder = new Encoder({ extensionCodec: extensions, useBigInt64: true, sortKeys: true });
const decoder = new Decoder({ extensionCodec: extensions, useBigInt64: true });

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

/** Encodes a value of the given type as cty msgpack (what DynamicValue.msgpack carries). */
export function encodeMsgpack(value: Value, type: CtyType): Uint8Array {
  return encoder.encode(toWire(value, type, []));
}

/** Decodes cty msgpack of the given type. Throws CtyValueError naming the path that failed. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  let wire: unknown;
  try {
    wire = decoder.decode(bytes);
  } catch (err) {
    throw new CtyValueError([], `malformed msgpack: ${err instanceof Error ? err.message : String(err)}`);
  }
  return fromWire(wire, type, []);
}

// ---- encoding: a value becomes the plain tree @msgpack/msgpack writes ----

/** A map or object as written: like `record()`, without a prototype, so every key is data. */
function wireRecord(): Record<string, unknown> {
  return { __proto__: null };
}

function toWire(value: Value, type: CtyType, path: AttributePath): unknown {
  if (type === "dynamic") return dynamicToWire(value, path);
  if (value instanceof Typed) return toWire(value.value, type, path);
  if (value === null || value === undefined) return null;
  if (value instanceof Unknown) return unknownToWire(value);
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof value !== "string") throw new CtyValueError(path, `expected a string, got ${describe(value)}`);
        return value;
      case "bool":
        if (typeof value !== "boolean") throw new CtyValueError(path, `expected a bool, got ${describe(value)}`);
        return value;
      case "number":
        if (!isNumber(value)) {
          throw new CtyValueError(path, `expected a number, got ${describe(value)}`);
        }
        return numberToWire(value, path);
    }
  }
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(value)) throw new CtyValueError(path, `expected a ${type[0]}, got ${describe(value)}`);
      const element = type[1];
      return value.map((v, i) => toWire(v, element, [...path, i]));
    }
    case "tuple": {
      const elements = type[1];
      if (!Array.isArray(value) || value.length !== elements.length) {
        throw new CtyValueError(path, `expected a tuple of ${elements.length} elements, got ${describe(value)}`);
      }
      return value.map((v, i) => toWire(v, elements[i], [...path, i]));
    }
    case "map": {
      if (!isRecord(value)) throw new CtyValueError(path, `expected a map, got ${describe(value)}`);
      const out = wireRecord();
      for (const [key, v] of Object.entries(value)) out[key] = toWire(v, type[1], [...path, { key }]);
      return out;
    }
    case "object": {
      if (!isRecord(value)) throw new CtyValueError(path, `expected an object, got ${describe(value)}`);
      const attributes = type[1];
      for (const name of Object.keys(value)) {
        if (!(name in attributes)) throw new CtyValueError([...path, name], "no such attribute in the schema");
      }
      // Terraform requires every attribute, null where null.
      const out = wireRecord();
      for (const [name, t] of Object.entries(attributes)) out[name] = toWire(value[name] ?? null, t, [...path, name]);
      return out;
    }
  }
}

function dynamicToWire(value: Value, path: AttributePath): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Unknown) return UNKNOWN_EXT; // an unknown of unknown type has no refinements
  const type = value instanceof Typed ? value.type : impliedTypeOf(value);
  const inner = value instanceof Typed ? value.value : value;
  if (type === "dynamic") return dynamicToWire(inner, path);
  return [utf8Encoder.encode(typeJson(type)), toWire(inner, type, path)];
}

function unknownToWire(value: Unknown): ExtData {
  return value.refinements ? new ExtData(REFINED_UNKNOWN, value.refinements) : UNKNOWN_EXT;
}

// cty writes an int when the number is an int64, else a float64 when that is exact, else
// decimal text; @msgpack/msgpack picks the smallest int format for JS numbers up to 32 bits
// and the 9-byte formats for bigints, which is what cty's compact ints produce.
function numberToWire(value: CtyNumber, path: AttributePath): unknown {
  if (value instanceof Decimal) return value.text;
  if (typeof value === "bigint") {
    if (value >= INT64_MIN && value <= INT64_MAX) return value;
    const nearest = Number(value);
    return Number.isFinite(nearest) && BigInt(nearest) === value ? nearest : value.toString();
  }
  if (Number.isNaN(value)) throw new CtyValueError(path, "NaN is not a number Terraform can hold");
  if (!Number.isInteger(value)) return value;
  if (value >= -(2 ** 31) && value < 2 ** 32) return value + 0;
  const big = BigInt(value);
  return big >= INT64_MIN && big <= INT64_MAX ? big : value;
}

// ---- decoding: the tree @msgpack/msgpack read becomes a value of the type ----

function fromWire(wire: unknown, type: CtyType, path: AttributePath): Value {
  if (wire instanceof ExtData) return unknownFromWire(wire, type);
  if (type === "dynamic") return dynamicFromWire(wire, path);
  if (wire === null) return null;
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof wire === "string") return wire;
        if (wire instanceof Uint8Array) return text(wire, path);
        throw new CtyValueError(path, `expected a string, got ${describeWire(wire)}`);
      case "bool":
        if (typeof wire === "boolean") return wire;
        throw new CtyValueError(path, `expected a bool, got ${describeWire(wire)}`);
      case "number":
        return numberFromWire(wire, path);
    }
  }
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(wire)) throw new CtyValueError(path, `expected a ${type[0]}, got ${describeWire(wire)}`);
      const element = type[1];
      return wire.map((w, i) => fromWire(w, element, [...path, i]));
    }
    case "tuple": {
      const elements = type[1];
      if (!Array.isArray(wire) || wire.length !== elements.length) {
        throw new CtyValueError(path, `expected a tuple of ${elements.length} elements, got ${describeWire(wire)}`);
      }
      return wire.map((w, i) => fromWire(w, elements[i], [...path, i]));
    }
    case "map": {
      const entries = wireEntries(wire, "map", path);
      const out = record();
      for (const [key, w] of entries) out[key] = fromWire(w, type[1], [...path, { key }]);
      return out;
    }
    case "object": {
      const entries = wireEntries(wire, "object", path);
      const attributes = type[1];
      const out = record();
      for (const [name, w] of entries) {
        if (!(name in attributes)) throw new CtyValueError([...path, name], "no such attribute in the schema");
        out[name] = fromWire(w, attributes[name], [...path, name]);
      }
      for (const name of Object.keys(attributes)) if (!(name in out)) out[name] = null;
      return out;
    }
  }
}

function unknownFromWire(ext: ExtData, type: CtyType): Unknown {
  if (ext.type !== REFINED_UNKNOWN || type === "dynamic" || typeof ext.data === "function" || ext.data.length <= 1) {
    return new Unknown();
  }
  return new Unknown(ext.data.slice());
}

function dynamicFromWire(wire: unknown, path: AttributePath): Value {
  if (wire === null) return null;
  if (!Array.isArray(wire) || wire.length !== 2) {
    throw new CtyValueError(path, "a dynamic value must be a [type, value] pair");
  }
  const [typeBytes, inner]: unknown[] = wire;
  const json = typeBytes instanceof Uint8Array ? text(typeBytes, path) : typeBytes;
  if (typeof json !== "string") throw new CtyValueError(path, "a dynamic value's type must be JSON text");
  let type: CtyType;
  try {
    type = parseType(JSON.parse(json));
  } catch {
    throw new CtyValueError(path, `a dynamic value's type is not a cty type: ${json.slice(0, 80)}`);
  }
  return new Typed(type, fromWire(inner, type, path));
}

function numberFromWire(wire: unknown, path: AttributePath): CtyNumber {
  try {
    if (typeof wire === "number") return float(wire);
    if (typeof wire === "bigint") return integer(wire);
    if (typeof wire === "string") return parseNumber(wire);
    if (wire instanceof Uint8Array) return parseNumber(text(wire, path));
  } catch (err) {
    if (err instanceof CtyValueError) throw new CtyValueError(path, err.problem);
    throw err;
  }
  throw new CtyValueError(path, `expected a number, got ${describeWire(wire)}`);
}

function wireEntries(wire: unknown, kind: string, path: AttributePath): [string, unknown][] {
  if (typeof wire !== "object" || wire === null || Array.isArray(wire) || wire instanceof Uint8Array) {
    throw new CtyValueError(path, `expected ${kind === "map" ? "a map" : "an object"}, got ${describeWire(wire)}`);
  }
  return Object.entries(wire);
}

function text(bytes: Uint8Array, path: AttributePath): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CtyValueError(path, "a string that is not UTF-8");
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Decimal) return "a number";
  if (typeof value === "object" && value !== null) return "an object";
  return typeof value === "bigint" ? "a number" : `a ${typeof value}`;
}

function describeWire(wire: unknown): string {
  if (wire === null) return "null";
  if (Array.isArray(wire)) return "an array";
  if (wire instanceof Uint8Array) return "bytes";
  return typeof wire === "object" ? "a map" : `a ${typeof wire}`;
}
