// Values in cty's JSON encoding: how Terraform stores resource state, and so what
// UpgradeResourceState receives. JSON.parse would round numbers beyond 2^53, so a small parser
// here keeps each number's text until the type says what it is.

import { AttributePath, CtyNumber, CtyType, CtyValueError, Typed, Value, parseNumber, parseType, record } from "./cty";

export interface JsonDecodeOptions {
  /**
   * Drop object attributes the type does not have instead of failing: state written by an
   * older provider may hold attributes a newer schema removed.
   */
  ignoreUndefinedAttributes?: boolean;
}

/** Decodes cty JSON of the given type. Throws CtyValueError naming the path that failed. */
export function decodeJson(json: string | Uint8Array, type: CtyType, options: JsonDecodeOptions = {}): Value {
  const text = typeof json === "string" ? json : new TextDecoder().decode(json);
  return fromJson(new JsonParser(text).document(), type, [], options);
}

class JsonNumber {
  constructor(readonly text: string) {}
}

type Json = null | boolean | string | JsonNumber | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

function fromJson(node: Json, type: CtyType, path: AttributePath, options: JsonDecodeOptions): Value {
  if (node === null) return null;
  if (type === "dynamic") return dynamicFromJson(node, path, options);
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof node === "string") return node;
        if (node instanceof JsonNumber) return node.text;
        if (typeof node === "boolean") return String(node);
        throw new CtyValueError(path, `expected a string, got ${describe(node)}`);
      case "bool":
        if (typeof node === "boolean") return node;
        if (node === "true" || node === "false") return node === "true";
        throw new CtyValueError(path, `expected a bool, got ${describe(node)}`);
      case "number":
        if (node instanceof JsonNumber || typeof node === "string") return number(node, path);
        throw new CtyValueError(path, `expected a number, got ${describe(node)}`);
    }
  }
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(node)) throw new CtyValueError(path, `expected a ${type[0]}, got ${describe(node)}`);
      const element = type[1];
      return node.map((n, i) => fromJson(n, element, [...path, i], options));
    }
    case "tuple": {
      const elements = type[1];
      if (!Array.isArray(node) || node.length !== elements.length) {
        throw new CtyValueError(path, `expected a tuple of ${elements.length} elements, got ${describe(node)}`);
      }
      return node.map((n, i) => fromJson(n, elements[i], [...path, i], options));
    }
    case "map": {
      if (!isObject(node)) throw new CtyValueError(path, `expected a map, got ${describe(node)}`);
      const out = record();
      for (const [key, n] of Object.entries(node)) out[key] = fromJson(n, type[1], [...path, { key }], options);
      return out;
    }
    case "object": {
      if (!isObject(node)) throw new CtyValueError(path, `expected an object, got ${describe(node)}`);
      const attributes = type[1];
      const out = record();
      for (const [name, n] of Object.entries(node)) {
        if (!(name in attributes)) {
          if (options.ignoreUndefinedAttributes) continue;
          throw new CtyValueError([...path, name], "no such attribute in the schema");
        }
        out[name] = fromJson(n, attributes[name], [...path, name], options);
      }
      for (const name of Object.keys(attributes)) if (!(name in out)) out[name] = null;
      return out;
    }
  }
}

// A dynamic value in JSON is {"value": ..., "type": <type JSON>}.
function dynamicFromJson(node: Json, path: AttributePath, options: JsonDecodeOptions): Value {
  if (!isObject(node) || !("type" in node) || !("value" in node) || Object.keys(node).length !== 2) {
    throw new CtyValueError(path, 'a dynamic value must be {"value": ..., "type": ...}');
  }
  let type: CtyType;
  try {
    type = parseType(plain(node.type));
  } catch {
    throw new CtyValueError(path, "a dynamic value's type is not a cty type");
  }
  return new Typed(type, fromJson(node.value, type, path, options));
}

function number(node: JsonNumber | string, path: AttributePath): CtyNumber {
  try {
    return parseNumber(typeof node === "string" ? node : node.text);
  } catch (err) {
    if (err instanceof CtyValueError) throw new CtyValueError(path, err.problem);
    throw err;
  }
}

/** A type expression holds no numbers, so it converts back to ordinary JSON as is. */
function plain(node: Json): unknown {
  if (node instanceof JsonNumber) return Number(node.text);
  if (Array.isArray(node)) return node.map(plain);
  if (isObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, plain(v)]));
  return node;
}

function isObject(node: Json): node is JsonObject {
  return typeof node === "object" && node !== null && !Array.isArray(node) && !(node instanceof JsonNumber);
}

function describe(node: Json): string {
  if (node === null) return "null";
  if (node instanceof JsonNumber) return "a number";
  if (Array.isArray(node)) return "an array";
  return typeof node === "object" ? "an object" : `a ${typeof node}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** RFC 8259 JSON, with numbers kept as text. */
class JsonParser {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): Json {
    const value = this.value();
    this.space();
    if (this.at !== this.text.length) this.fail("unexpected text after the JSON value");
    return value;
  }

  private value(): Json {
    this.space();
    const c = this.text[this.at];
    switch (c) {
      case "{":
        return this.object();
      case "[":
        return this.array();
      case '"':
        return this.string();
      case "t":
        return this.literal("true", true);
      case "f":
        return this.literal("false", false);
      case "n":
        return this.literal("null", null);
    }
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail("expected a JSON value");
    this.at += match[0].length;
    return new JsonNumber(match[0]);
  }

  private object(): JsonObject {
    // No prototype, as record(): a key such as `__proto__` is data.
    const out: JsonObject = { __proto__: null };
    this.at++;
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail("expected an object key");
      const key = this.string();
      this.space();
      this.expect(":");
      out[key] = this.value();
      this.space();
      if (this.text[this.at] === ",") {
        this.at++;
        continue;
      }
      this.expect("}");
      return out;
    }
  }

  private array(): Json[] {
    const out: Json[] = [];
    this.at++;
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.space();
      if (this.text[this.at] === ",") {
        this.at++;
        continue;
      }
      this.expect("]");
      return out;
    }
  }

  private string(): string {
    const start = this.at;
    let i = start + 1;
    for (;;) {
      const c = this.text.charCodeAt(i);
      if (Number.isNaN(c)) this.fail("unterminated string");
      if (c === 0x5c) i += 2;
      else if (c === 0x22) break;
      else i += 1;
    }
    this.at = i + 1;
    let parsed: unknown;
    try {
      // The built-in parser handles escapes and rejects raw control characters.
      parsed = JSON.parse(this.text.slice(start, i + 1));
    } catch {
      return this.fail("invalid string");
    }
    return typeof parsed === "string" ? parsed : this.fail("invalid string");
  }

  private literal<T extends Json>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.at)) this.fail("expected a JSON value");
    this.at += word.length;
    return value;
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) this.fail(`expected "${c}"`);
    this.at++;
  }

  private space(): void {
    WHITESPACE.lastIndex = this.at;
    WHITESPACE.exec(this.text);
    this.at = WHITESPACE.lastIndex;
  }

  private fail(problem: string): never {
    throw new CtyValueError([], `malformed JSON at offset ${this.at}: ${problem}`);
  }
}
