// Provider schemas in the JSON document `terraform providers schema -json` prints, both ways:
// CDKTF generates bindings from that document, and a provider can be served from one. Terraform
// sorts every map by key and leaves out false flags and empty strings; so does this.

import { type CtyType, parseType, typeJson } from "./cty";
import type { ProviderSchema } from "./provider";
import type { Attribute, Block, DescriptionKind, NestedBlock, Schema } from "./schema";

export interface SchemaDocument {
  format_version: string;
  /** By provider address, `registry.terraform.io/{namespace}/{type}`. */
  provider_schemas: Record<string, ProviderSchemaJson>;
  /** By provider address: the version the schema is of (not printed by Terraform; CDKTF reads it). */
  provider_versions?: Record<string, string>;
}

export interface ProviderSchemaJson {
  provider: SchemaJson;
  resource_schemas?: Record<string, SchemaJson>;
  data_source_schemas?: Record<string, SchemaJson>;
}

export interface SchemaJson {
  version: number;
  block: BlockJson;
}

export interface BlockJson {
  attributes?: Record<string, AttributeJson>;
  block_types?: Record<string, BlockTypeJson>;
  description?: string;
  description_kind?: DescriptionKind;
  deprecated?: boolean;
}

export interface AttributeJson {
  /** A cty type expression: `"string"`, `["list","string"]`, `["object",{...}]`. */
  type?: unknown;
  nested_type?: { attributes: Record<string, AttributeJson>; nesting_mode: "single" | "list" | "set" | "map" };
  description?: string;
  description_kind?: DescriptionKind;
  deprecated?: boolean;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  write_only?: boolean;
}

export interface BlockTypeJson {
  nesting_mode: NestedBlock["nesting"];
  block: BlockJson;
  min_items?: number;
  max_items?: number;
}

/** A schema document from its JSON text, checked for every field this module reads. */
export function readSchemaDocument(text: string): SchemaDocument {
  const json: unknown = JSON.parse(text);
  if (!isSchemaDocument(json))
    throw new Error("not a provider schema document as `terraform providers schema -json` prints");
  return json;
}

type Is = (json: unknown) => boolean;

const isFields = (json: unknown): json is Record<string, unknown> =>
  typeof json === "object" && json !== null && !Array.isArray(json);
const isString: Is = (json) => typeof json === "string";
const isBoolean: Is = (json) => typeof json === "boolean";
const isNumber: Is = (json) => typeof json === "number";
const optional = (json: unknown, is: Is): boolean => json === undefined || is(json);
const mapOf =
  (is: Is): Is =>
  (json) =>
    isFields(json) && Object.values(json).every(is);
const oneOf =
  (...values: string[]): Is =>
  (json) =>
    typeof json === "string" && values.includes(json);
const isDescriptionKind = oneOf("plain", "markdown");

function isSchemaDocument(json: unknown): json is SchemaDocument {
  return (
    isFields(json) &&
    isString(json.format_version) &&
    mapOf(isProviderSchemaJson)(json.provider_schemas) &&
    optional(json.provider_versions, mapOf(isString))
  );
}

function isProviderSchemaJson(json: unknown): json is ProviderSchemaJson {
  return (
    isFields(json) &&
    isSchemaJson(json.provider) &&
    optional(json.resource_schemas, mapOf(isSchemaJson)) &&
    optional(json.data_source_schemas, mapOf(isSchemaJson))
  );
}

function isSchemaJson(json: unknown): json is SchemaJson {
  return isFields(json) && isNumber(json.version) && isBlockJson(json.block);
}

function isBlockJson(json: unknown): json is BlockJson {
  return (
    isFields(json) &&
    optional(json.attributes, mapOf(isAttributeJson)) &&
    optional(json.block_types, mapOf(isBlockTypeJson)) &&
    optional(json.description, isString) &&
    optional(json.description_kind, isDescriptionKind) &&
    optional(json.deprecated, isBoolean)
  );
}

function isAttributeJson(json: unknown): json is AttributeJson {
  if (!isFields(json)) return false;
  const nested = json.nested_type;
  return (
    optional(
      nested,
      (n) =>
        isFields(n) && mapOf(isAttributeJson)(n.attributes) && oneOf("single", "list", "set", "map")(n.nesting_mode),
    ) &&
    optional(json.description, isString) &&
    optional(json.description_kind, isDescriptionKind) &&
    ["deprecated", "required", "optional", "computed", "sensitive", "write_only"].every((flag) =>
      optional(json[flag], isBoolean),
    )
  );
}

function isBlockTypeJson(json: unknown): json is BlockTypeJson {
  return (
    isFields(json) &&
    oneOf("single", "list", "set", "map", "group")(json.nesting_mode) &&
    isBlockJson(json.block) &&
    optional(json.min_items, isNumber) &&
    optional(json.max_items, isNumber)
  );
}

/** The document Terraform prints for one provider, at `address`. */
export function schemaDocument(address: string, schema: ProviderSchema): SchemaDocument {
  return {
    format_version: "1.0",
    provider_schemas: {
      [address]: {
        provider: schemaJson(schema.provider),
        resource_schemas: sortedMap(schema.resources, schemaJson),
        data_source_schemas: sortedMap(schema.dataSources, schemaJson),
      },
    },
  };
}

/** The schema of the provider at `address` in a document, as a provider serves it. */
export function providerSchemaFrom(document: SchemaDocument, address: string): ProviderSchema {
  const provider = document.provider_schemas[address];
  if (!provider) throw new Error(`the schema document has no provider ${address}`);
  return {
    provider: schemaOf(provider.provider),
    resources: mapValues(provider.resource_schemas ?? {}, schemaOf),
    dataSources: mapValues(provider.data_source_schemas ?? {}, schemaOf),
  };
}

function schemaJson(schema: Schema): SchemaJson {
  return { version: schema.version ?? 0, block: blockJson(schema.block) };
}

function blockJson(block: Block): BlockJson {
  return {
    ...(nonEmpty(block.attributes) ? { attributes: sortedMap(block.attributes, attributeJson) } : {}),
    ...(nonEmpty(block.blocks) ? { block_types: sortedMap(block.blocks, blockTypeJson) } : {}),
    ...(block.description ? { description: block.description } : {}),
    description_kind: block.descriptionKind ?? "plain",
    ...(block.deprecated ? { deprecated: true } : {}),
  };
}

function blockTypeJson(nested: NestedBlock): BlockTypeJson {
  return {
    nesting_mode: nested.nesting,
    block: blockJson(nested.block),
    ...(nested.minItems ? { min_items: nested.minItems } : {}),
    ...(nested.maxItems ? { max_items: nested.maxItems } : {}),
  };
}

function attributeJson(attribute: Attribute): AttributeJson {
  return {
    ...(attribute.type !== undefined ? { type: typeExpression(attribute.type) } : {}),
    ...(attribute.nested
      ? {
          nested_type: {
            attributes: sortedMap(attribute.nested.attributes, attributeJson),
            nesting_mode: attribute.nested.nesting,
          },
        }
      : {}),
    ...(attribute.description ? { description: attribute.description } : {}),
    description_kind: attribute.descriptionKind ?? "plain",
    ...(attribute.deprecated ? { deprecated: true } : {}),
    ...(attribute.required ? { required: true } : {}),
    ...(attribute.optional ? { optional: true } : {}),
    ...(attribute.computed ? { computed: true } : {}),
    ...(attribute.sensitive ? { sensitive: true } : {}),
    ...(attribute.writeOnly ? { write_only: true } : {}),
  };
}

/** A type as the document writes it: the JSON value of its type expression. */
function typeExpression(type: CtyType): unknown {
  return JSON.parse(typeJson(type));
}

function schemaOf(json: SchemaJson): Schema {
  return { version: json.version, block: blockOf(json.block) };
}

function blockOf(json: BlockJson): Block {
  return {
    attributes: mapValues(json.attributes ?? {}, attributeOf),
    blocks: mapValues(json.block_types ?? {}, (nested) => ({
      nesting: nested.nesting_mode,
      block: blockOf(nested.block),
      ...(nested.min_items ? { minItems: nested.min_items } : {}),
      ...(nested.max_items ? { maxItems: nested.max_items } : {}),
    })),
    ...(json.description ? { description: json.description } : {}),
    ...(json.description_kind ? { descriptionKind: json.description_kind } : {}),
    ...(json.deprecated ? { deprecated: true } : {}),
  };
}

function attributeOf(json: AttributeJson): Attribute {
  const type: CtyType | undefined = json.type !== undefined ? parseType(json.type) : undefined;
  return {
    ...(type !== undefined ? { type } : {}),
    ...(json.nested_type
      ? {
          nested: {
            nesting: json.nested_type.nesting_mode,
            attributes: mapValues(json.nested_type.attributes, attributeOf),
          },
        }
      : {}),
    ...(json.description ? { description: json.description } : {}),
    ...(json.description_kind ? { descriptionKind: json.description_kind } : {}),
    required: json.required === true,
    optional: json.optional === true,
    computed: json.computed === true,
    sensitive: json.sensitive === true,
    ...(json.deprecated ? { deprecated: true } : {}),
    ...(json.write_only ? { writeOnly: true } : {}),
  };
}

function nonEmpty<T>(record: Record<string, T> | undefined): record is Record<string, T> {
  return record !== undefined && Object.keys(record).length > 0;
}

function sortedMap<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, f(record[key])]),
  );
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
