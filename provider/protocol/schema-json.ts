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
    ...(attribute.type !== undefined ? { type: JSON.parse(typeJson(attribute.type)) as unknown } : {}),
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
      .map((key) => [key, f(record[key] as T)]),
  );
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
