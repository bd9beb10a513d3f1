// Terraform's type system (cty) as the provider sees it: types in their JSON notation, values
// as plain JavaScript, and numbers that keep every digit Terraform sends.

/** A cty type in the JSON notation Terraform uses in schemas and dynamic values. */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list", CtyType]
  | readonly ["set", CtyType]
  | readonly ["map", CtyType]
  | readonly ["object", Readonly<Record<string, CtyType>>]
  // The third element names optional attributes; it only matters in type constraints.
  | readonly ["object", Readonly<Record<string, CtyType>>, readonly string[]]
  | readonly ["tuple", readonly CtyType[]];

/**
 * A value not known until apply. Refinements Terraform attached (a string prefix, a number
 * range, not-null) are kept as their raw msgpack payload so an unknown passed through comes
 * back as Terraform sent it; the provider itself never reads them.
 */
export class Unknown {
  constructor(readonly refinements?: Uint8Array) {}
}

/** The plain unknown value: what a provider plans for a computed attribute. */
export const unknown = new Unknown();

/**
 * A number that is neither an integer nor exactly a float64, e.g. the `0.1` a user wrote:
 * Terraform holds it in arbitrary precision and would reject the float64 nearest to it as a
 * different value. `text` is canonical: plain notation, no exponent, no redundant zeros.
 */
export class Decimal {
  private constructor(readonly text: string) {}

  /** Only `parseNumber` makes these, so every Decimal is canonical. */
  static fromCanonical(text: string): Decimal {
    return new Decimal(text);
  }

  toString(): string {
    return this.text;
  }

  toNumber(): number {
    return Number(this.text);
  }
}

/**
 * A cty number in one canonical form: `number` for safe integers and every non-integer that is
 * exactly a float64 (and ±Infinity), `bigint` for integers beyond ±(2^53 − 1), `Decimal` for the
 * rest. One value has one form, so `===` (or `.text` for decimals) compares numbers.
 */
export type CtyNumber = number | bigint | Decimal;

/** A value of a `dynamic` attribute: the value together with the concrete type it arrived with. */
export class Typed {
  constructor(
    readonly type: CtyType,
    readonly value: Value,
  ) {}
}

/**
 * A cty value. Objects and maps are records (objects carry every attribute, `null` where
 * null); lists, sets and tuples are arrays.
 */
export type Value = null | Unknown | string | boolean | CtyNumber | Typed | Value[] | ValueRecord;

export interface ValueRecord {
  [key: string]: Value;
}

/** A record without a prototype, so any key a user writes in a map (even `__proto__`) is data. */
export function record(): ValueRecord {
  return { __proto__: null };
}

export function isUnknown(value: Value): value is Unknown {
  return value instanceof Unknown;
}

/** True when the value and everything inside it is known. */
export function isWhollyKnown(value: Value): boolean {
  if (value instanceof Unknown) return false;
  if (value instanceof Typed) return isWhollyKnown(value.value);
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isRecord(value)) return Object.values(value).every(isWhollyKnown);
  return true;
}

export function isRecord(value: Value): value is ValueRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof Decimal) &&
    !(value instanceof Typed)
  );
}

export function isNumber(value: Value): value is CtyNumber {
  return typeof value === "number" || typeof value === "bigint" || value instanceof Decimal;
}

/**
 * A path to a value inside a resource: a string names an attribute, a number indexes a list or
 * tuple, `{ key }` selects a map element. `["data_sources", 0, "host"]`.
 */
export type AttributePath = readonly PathStep[];
export type PathStep = string | number | { readonly key: string };

/** The path as a user reads it in HCL: `data_sources[0].host`, `labels["env"]`. */
export function formatPath(path: AttributePath): string {
  let text = "";
  for (const step of path) {
    if (typeof step === "string") text += text === "" ? step : `.${step}`;
    else if (typeof step === "number") text += `[${step}]`;
    else text += `[${JSON.stringify(step.key)}]`;
  }
  return text;
}

// ---- types ----

export class CtyTypeError extends Error {}

/** A value that does not fit its type; `path` says where. */
export class CtyValueError extends Error {
  constructor(
    readonly path: AttributePath,
    readonly problem: string,
  ) {
    super(path.length > 0 ? `${formatPath(path)}: ${problem}` : problem);
  }
}

/** Checks a JSON type expression (from a schema or a dynamic value) and returns it typed. */
export function parseType(json: unknown): CtyType {
  if (json === "string" || json === "number" || json === "bool" || json === "dynamic") return json;
  const [kind, arg]: unknown[] = Array.isArray(json) ? json : [];
  if (Array.isArray(json) && typeof kind === "string") {
    switch (kind) {
      case "list":
      case "set":
      case "map":
        if (json.length === 2) return [kind, parseType(arg)];
        break;
      case "tuple":
        if (json.length === 2 && Array.isArray(arg)) return ["tuple", arg.map(parseType)];
        break;
      case "object":
        if (
          (json.length === 2 || json.length === 3) &&
          typeof arg === "object" &&
          arg !== null &&
          !Array.isArray(arg)
        ) {
          const attributes: Record<string, CtyType> = {};
          for (const [name, t] of Object.entries(arg)) attributes[name] = parseType(t);
          return ["object", attributes];
        }
        break;
    }
  }
  throw new CtyTypeError(`not a cty type: ${JSON.stringify(json)}`);
}

/** The type's JSON text with object attributes sorted, as cty writes it. */
export function typeJson(type: CtyType): string {
  if (typeof type === "string") return JSON.stringify(type);
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return `["${type[0]}",${typeJson(type[1])}]`;
    case "tuple":
      return `["tuple",[${type[1].map(typeJson).join(",")}]]`;
    case "object": {
      const attributes = Object.keys(type[1])
        .sort()
        .map((name) => `${JSON.stringify(name)}:${typeJson(type[1][name])}`);
      return `["object",{${attributes.join(",")}}]`;
    }
  }
}

/** The type a dynamic attribute's plain value gets when the provider gives no `Typed`. */
export function impliedTypeOf(value: Value): CtyType {
  if (value === null || value instanceof Unknown) return "dynamic";
  if (value instanceof Typed) return value.type;
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (isNumber(value)) return "number";
  if (Array.isArray(value)) return ["tuple", value.map(impliedTypeOf)];
  const attributes: Record<string, CtyType> = {};
  for (const [name, v] of Object.entries(value)) attributes[name] = impliedTypeOf(v);
  return ["object", attributes];
}

// ---- numbers ----

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// Beyond this many decimal places or digits a number is not configuration but an attack.
const MAX_EXPONENT = 100_000;

/** The canonical form of an integer. */
export function integer(value: bigint): CtyNumber {
  return value <= MAX_SAFE && value >= -MAX_SAFE ? Number(value) : value;
}

/** The canonical form of a float64 value (NaN is not a cty number). */
export function float(value: number): CtyNumber {
  if (Number.isNaN(value)) throw new CtyValueError([], "NaN is not a number Terraform can hold");
  if (!Number.isFinite(value) || !Number.isInteger(value)) return value;
  return Number.isSafeInteger(value) ? value + 0 : BigInt(value); // `+ 0` turns -0 into 0
}

/** Parses a decimal number as Terraform writes one ("42", "-1.5e3", "0.1"), keeping every digit. */
export function parseNumber(text: string): CtyNumber {
  const match = /^(-|\+)?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) {
    if (/^[-+]?inf(inity)?$/i.test(text.trim())) return text.trim().startsWith("-") ? -Infinity : Infinity;
    throw new CtyValueError([], `not a number: ${JSON.stringify(text.slice(0, 40))}`);
  }
  const negative = match[1] === "-";
  const fraction = match[3] ?? "";
  let digits = (match[2] + fraction).replace(/^0+/, "");
  let exponent = Number(match[4] ?? "0") - fraction.length;
  if (digits === "") return 0;
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  if (Math.abs(exponent) > MAX_EXPONENT) throw new CtyValueError([], `number out of range: ${text.slice(0, 40)}`);
  if (exponent >= 0) {
    const value = BigInt(digits + "0".repeat(exponent));
    return integer(negative ? -value : value);
  }
  const canonical = (negative ? "-" : "") + plainDecimal(digits, exponent);
  const nearest = Number(canonical);
  return Number.isFinite(nearest) && exactDecimal(nearest) === canonical ? nearest : Decimal.fromCanonical(canonical);
}

/** Writes digits × 10^exponent (exponent < 0) in plain notation. */
function plainDecimal(digits: string, exponent: number): string {
  const point = digits.length + exponent;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
}

/** The exact decimal value of a finite non-integer float64, in canonical plain notation. */
function exactDecimal(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let mantissa = bits & ((1n << 52n) - 1n);
  if (biased !== 0) mantissa |= 1n << 52n;
  // value = mantissa × 2^power, and power < 0 because the value is not an integer
  let power = (biased === 0 ? 1 : biased) - 1075;
  while (mantissa % 2n === 0n && power < 0) {
    mantissa /= 2n;
    power += 1;
  }
  // m × 2^p = m × 5^-p × 10^p
  let digits = (mantissa * 5n ** BigInt(-power)).toString();
  let exponent = power;
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return (value < 0 ? "-" : "") + plainDecimal(digits, exponent);
}

/** The nearest float64: for arithmetic and for attributes that only hold small integers. */
export function toFloat(value: CtyNumber): number {
  return typeof value === "number" ? value : Number(value.toString());
}
