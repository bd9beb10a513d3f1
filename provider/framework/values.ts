// Conversion between API JSON (camelCase, absent where unset) and Terraform values (snake_case
// objects carrying every attribute, null where unset). Written once, driven by the schema.
import { type Value, type ValueRecord, isRecord, isUnknown, record, toFloat, isNumber } from "../protocol/cty";
import type { AttributeSchema, BlockSchema, NestedBlockSchema } from "./schema";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An object in an API answer (arrays included, as `typeof` says): its fields are read by name. */
function isFields(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null;
}

/** A scalar, list or map attribute value as JSON. */
function scalarToJson(value: Value): Json | undefined {
  if (value === null || isUnknown(value)) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isNumber(value)) return toFloat(value);
  if (Array.isArray(value)) return value.map((v) => scalarToJson(v) ?? null);
  if (isRecord(value)) {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = scalarToJson(v) ?? null;
    return out;
  }
  throw new Error("dynamic values are not used by Tidemark resources");
}

/**
 * The API body of a block's value: every settable attribute that has a value, nested blocks
 * included; computed-only attributes are the server's to set and are left out.
 */
export function toApi(block: BlockSchema, value: ValueRecord): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const a of block.attributes) {
    if (!a.apiName || (!a.optional && !a.required)) continue;
    const json = scalarToJson(value[a.name] ?? null);
    if (json !== undefined) out[a.apiName] = json;
  }
  for (const b of block.blocks) {
    const v = value[b.name] ?? null;
    if (v === null || isUnknown(v)) continue;
    // A block's elements are objects; one not yet known (never so when applying) has no fields to send.
    if (b.nesting !== "single" && Array.isArray(v))
      out[b.apiName] = v.map((e) => toApi(b.block, isRecord(e) ? e : record()));
    else if (isRecord(v)) out[b.apiName] = toApi(b.block, v);
  }
  return out;
}

function scalarFromJson(a: AttributeSchema, json: unknown): Value {
  if (json === undefined || json === null) return null;
  const type = a.type;
  if (type === "string") return String(json);
  if (type === "number") return typeof json === "number" ? json : Number(json);
  if (type === "bool") return Boolean(json);
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set") && Array.isArray(json))
    return json.map((j) => (j === null ? null : String(j)));
  if (Array.isArray(type) && type[0] === "map" && isFields(json)) {
    const out = record();
    for (const [k, v] of Object.entries(json)) out[k] = v === null ? null : String(v);
    return out;
  }
  throw new Error(`cannot read ${a.name} from the API's answer`);
}

/**
 * The Terraform value of an API representation. `secrets` is the value Terraform already
 * holds (planned or prior state): write-only fields the API never returns are taken from it,
 * element by element, so a password stays what the configuration said.
 */
export function fromApi(block: BlockSchema, json: Record<string, unknown>, secrets: Value = null): ValueRecord {
  const out = record();
  const known = isRecord(secrets) ? secrets : undefined;
  for (const a of block.attributes) {
    if (a.writeOnly) {
      out[a.name] = null;
    } else if (a.secret) {
      const kept = known?.[a.name] ?? null;
      out[a.name] = isUnknown(kept) ? null : kept;
    } else if (a.kept && a.apiName && json[a.apiName] === undefined) {
      const kept = known?.[a.name] ?? null;
      out[a.name] = isUnknown(kept) ? null : kept;
    } else {
      out[a.name] = a.apiName ? scalarFromJson(a, json[a.apiName]) : (known?.[a.name] ?? null);
    }
  }
  for (const b of block.blocks) {
    const v = json[b.apiName];
    const prior = known?.[b.name] ?? null;
    if (b.nesting !== "single") {
      const items = Array.isArray(v) ? v.filter(isFields) : [];
      out[b.name] = items.map((item, i) =>
        fromApi(b.block, item, Array.isArray(prior) ? matchElement(b, prior, item, i) : null),
      );
    } else {
      out[b.name] = isFields(v) ? fromApi(b.block, v, prior) : null;
    }
  }
  return out;
}

/**
 * The element of a prior list that an API item corresponds to: the one with the same key
 * (data sources are keyed by type, and the server may reorder them), else the same position.
 */
function matchElement(b: NestedBlockSchema, prior: Value[], item: Record<string, unknown>, index: number): Value {
  const key = b.key ? b.block.attributes.find((a) => a.name === b.key) : undefined;
  const apiName = key?.apiName;
  if (key && apiName && item[apiName] !== undefined) {
    const match = prior.find((p) => isRecord(p) && p[key.name] === item[apiName]);
    if (match !== undefined) return match;
  }
  return prior[index] ?? null;
}

/**
 * Puts the configured values of write-only attributes into an API body, as the fields they
 * stand for (`password_wo` → `password`), element by element through nested blocks.
 */
export function withWriteOnly(
  block: BlockSchema,
  body: { [key: string]: Json },
  config: Value,
): { [key: string]: Json } {
  if (!isRecord(config)) return body;
  for (const a of block.attributes) {
    const value = config[a.name] ?? null;
    if (a.writeOnly && a.sendsAs && typeof value === "string") body[a.sendsAs] = value;
  }
  for (const b of block.blocks) {
    const nested = body[b.apiName];
    const configured = config[b.name] ?? null;
    if (b.nesting !== "single" && Array.isArray(nested) && Array.isArray(configured)) {
      nested.forEach((element, i) => {
        if (element && typeof element === "object" && !Array.isArray(element))
          withWriteOnly(b.block, element, configured[i] ?? null);
      });
    } else if (nested && typeof nested === "object" && !Array.isArray(nested)) {
      withWriteOnly(b.block, nested, configured);
    }
  }
  return body;
}
