// A resource's Terraform schema, derived from its JSON Schema in schema/ so the API, the docs
// and Terraform describe one contract. Terraform-only facts (the id attribute, which computed
// values survive an update) are the framework's rules; a resource adds only what its JSON
// Schema cannot say.
import { type CtyType, type Value, record } from "../protocol/cty";

export interface AttributeSchema {
  /** Terraform's name: snake_case. */
  name: string;
  /** The API field it maps to: camelCase; undefined for Terraform-only attributes. */
  apiName?: string;
  type: CtyType;
  description: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  /** A change forces a new resource. */
  requiresReplace: boolean;
  /** Planned when the user leaves an optional+computed attribute unset: the server's default. */
  default?: Value;
  /** A computed value that an update never changes (the name): plans keep the prior value. */
  stable: boolean;
  /** Write-only in the API (a password): state keeps what the configuration said. */
  secret: boolean;
  /**
   * Write-only in Terraform (1.11+): never in plan or state; its configured value is sent to
   * the API as the field `sendsAs` of the same object when the resource is created or updated.
   */
  writeOnly?: boolean;
  sendsAs?: string;
  /** Returned by the API only once (a new key): later reads keep the value already held. */
  kept?: boolean;
}

export interface NestedBlockSchema {
  name: string;
  apiName: string;
  /** `set`: blocks whose order means nothing (the server may return them in its own). */
  nesting: "single" | "list" | "set";
  minItems: number;
  maxItems: number;
  block: BlockSchema;
  description: string;
  /** For list blocks: the attribute whose value identifies an element across reads. */
  key?: string;
}

export interface BlockSchema {
  attributes: AttributeSchema[];
  blocks: NestedBlockSchema[];
  description: string;
}

/** The parts of JSON Schema the derivation reads. */
export interface JsonSchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  additionalProperties?: boolean | JsonSchemaNode;
  minItems?: number;
  maxItems?: number;
  readOnly?: boolean;
  writeOnly?: boolean;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
  "x-immutable"?: boolean;
  [keyword: string]: unknown;
}

export interface DeriveOptions {
  /** API fields the resource leaves out of Terraform (etag is kept; create-only fields may not be). */
  omit?: string[];
  /** API fields that are sensitive although the API returns them. */
  sensitive?: string[];
  /** For list blocks, by API field: the API field that identifies an element (`type`). */
  keys?: Record<string, string>;
  /** API fields returned only once (a service account's key): kept from state afterwards. */
  kept?: string[];
}

export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Computed values an update never changes, whatever the resource. */
const STABLE = new Set(["name", "createTime"]);

function resolve(node: JsonSchemaNode, root: JsonSchemaNode): JsonSchemaNode {
  if (!node.$ref) return node;
  const m = /^#\/\$defs\/(.+)$/.exec(node.$ref);
  const target = m ? root.$defs?.[m[1]] : undefined;
  if (!target) throw new Error(`cannot resolve ${node.$ref}`);
  return target;
}

function isObjectWithProperties(node: JsonSchemaNode): boolean {
  return node.type === "object" && node.properties !== undefined;
}

function scalarType(node: JsonSchemaNode, path: string): CtyType {
  switch (node.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "bool";
    case "array":
      if (node.items) return ["list", scalarType(node.items, `${path}[]`)];
      break;
    case "object":
      if (typeof node.additionalProperties === "object")
        return ["map", scalarType(node.additionalProperties, `${path}{}`)];
      break;
  }
  throw new Error(`${path}: no Terraform type for this JSON Schema`);
}

/** Derives the Terraform block of an object schema: scalars become attributes, objects blocks. */
export function deriveBlock(
  node: JsonSchemaNode,
  root: JsonSchemaNode,
  options: DeriveOptions = {},
  path = "",
): BlockSchema {
  const attributes: AttributeSchema[] = [];
  const blocks: NestedBlockSchema[] = [];
  const required = new Set(node.required ?? []);
  for (const [apiName, raw] of Object.entries(node.properties ?? {})) {
    if (options.omit?.includes(apiName)) continue;
    const prop = resolve(raw, root);
    const name = snakeCase(apiName);
    const description = prop.description ?? "";
    const items = prop.items ? resolve(prop.items, root) : undefined;
    if (!prop.readOnly && prop.type === "array" && items && isObjectWithProperties(items)) {
      blocks.push({
        name,
        apiName,
        nesting: "list",
        minItems: prop.minItems ?? 0,
        maxItems: prop.maxItems ?? 0,
        block: deriveBlock(items, root, {}, `${path}${name}.`),
        description,
        ...(options.keys?.[apiName] ? { key: snakeCase(options.keys[apiName]) } : {}),
      });
      continue;
    }
    if (!prop.readOnly && isObjectWithProperties(prop)) {
      blocks.push({
        name,
        apiName,
        nesting: "single",
        minItems: 0,
        maxItems: 0,
        block: deriveBlock(prop, root, {}, `${path}${name}.`),
        description,
      });
      continue;
    }
    const readOnly = prop.readOnly === true;
    const hasDefault = prop.default !== undefined;
    attributes.push({
      name,
      apiName,
      type: scalarType(prop, `${path}${name}`),
      description,
      required: !readOnly && required.has(apiName),
      optional: !readOnly && !required.has(apiName),
      computed: readOnly || hasDefault,
      sensitive: prop.writeOnly === true || (options.sensitive?.includes(apiName) ?? false),
      requiresReplace: prop["x-immutable"] === true,
      ...(hasDefault ? { default: defaultValue(prop.default) } : {}),
      stable: readOnly && STABLE.has(apiName),
      secret: prop.writeOnly === true,
      ...(options.kept?.includes(apiName) ? { kept: true } : {}),
    });
  }
  return { attributes, blocks, description: node.description ?? "" };
}

function defaultValue(value: unknown): Value {
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number")
    return value;
  if (Array.isArray(value)) return value.map(defaultValue);
  if (typeof value === "object") {
    const out = record();
    for (const [k, v] of Object.entries(value)) out[k] = defaultValue(v);
    return out;
  }
  throw new Error(`unsupported default ${String(value)}`);
}

/** The `resource_id` attribute every top-level resource has: the last segment of its name. */
export function resourceIdAttribute(noun: string, pattern: string): AttributeSchema {
  return attribute({
    name: "resource_id",
    type: "string",
    description: `The ${noun}'s id, the last segment of its name (\`${pattern}\`): 1-63 lower-case letters, digits and hyphens, starting with a letter. Changing it replaces the ${noun}.`,
    required: true,
    requiresReplace: true,
  });
}

/** An attribute declared by hand (not derived): every flag off unless given. */
export function attribute(
  a: Partial<AttributeSchema> & Pick<AttributeSchema, "name" | "type" | "description">,
): AttributeSchema {
  return {
    required: false,
    optional: false,
    computed: false,
    sensitive: false,
    requiresReplace: false,
    stable: false,
    secret: false,
    ...a,
  };
}
