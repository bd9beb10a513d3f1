// What a managed resource is to the framework: its Terraform type, its schema (derived from
// its JSON Schema) and where it lives in the API. Resources that follow the API's standard
// methods need nothing more; the framework does create, read, update, delete and import.
import type { Value } from "../protocol/cty";
import type { Diagnostic } from "../protocol/provider";
import type { Schema } from "../protocol/schema";
import { standardOperations } from "./operations";
import type { Operations, ResourceType } from "./types";
import { type BlockSchema, type DeriveOptions, type JsonSchemaNode, deriveBlock, resourceIdAttribute } from "./schema";

export interface ResourceOptions {
  typeName: string;
  noun: string;
  /** The resource's JSON Schema from schema/resources. */
  apiSchema: JsonSchemaNode & { "x-tidemark"?: { collection?: string; idParameter?: string } };
  derive?: DeriveOptions;
  deleteQuery?: Record<string, string>;
  validate?: (config: Value) => Diagnostic[];
  /** Operations other than the standard methods, for resources the API does not create by POST. */
  operations?: Partial<Operations>;
  /**
   * How the resource is identified in configuration: a `resource_id` the create call takes
   * (standard), or its API `name` given by the user (an enrolled database, which the API
   * discovers rather than creates).
   */
  identity?: "resource_id" | "name";
}

export function defineResource(options: ResourceOptions): ResourceType {
  const meta = options.apiSchema["x-tidemark"];
  if (!meta?.collection) throw new Error(`${options.typeName}: its schema names no collection`);
  const block = deriveBlock(options.apiSchema, options.apiSchema, options.derive);
  if (options.identity === "name") {
    const name = block.attributes.find((a) => a.name === "name");
    if (!name) throw new Error(`${options.typeName}: its schema has no name`);
    Object.assign(name, { required: true, optional: false, computed: false, requiresReplace: true, stable: false });
  } else {
    if (!meta.idParameter) throw new Error(`${options.typeName}: its schema names no id parameter to create with`);
    block.attributes.unshift(resourceIdAttribute(options.noun, `${meta.collection}/{resource_id}`));
  }
  return {
    typeName: options.typeName,
    noun: options.noun,
    collection: meta.collection,
    idParameter: meta.idParameter ?? "",
    block,
    ...(options.deleteQuery ? { deleteQuery: options.deleteQuery } : {}),
    ...(options.validate ? { validate: options.validate } : {}),
    operations: { ...standardOperations, ...options.operations },
    schemaVersion: 0,
  };
}

/** The block as the protocol layer declares it to Terraform. */
export function protocolSchema(version: number, block: BlockSchema): Schema {
  return { version, block: protocolBlock(block) };
}

function protocolBlock(block: BlockSchema): Schema["block"] {
  return {
    description: block.description,
    descriptionKind: "markdown",
    attributes: Object.fromEntries(
      block.attributes.map((a) => [
        a.name,
        {
          type: a.type,
          description: a.description,
          descriptionKind: "markdown" as const,
          required: a.required,
          optional: a.optional,
          computed: a.computed,
          sensitive: a.sensitive,
          ...(a.writeOnly ? { writeOnly: true } : {}),
        },
      ]),
    ),
    blocks: Object.fromEntries(
      block.blocks.map((b) => [
        b.name,
        {
          nesting: b.nesting,
          block: { ...protocolBlock(b.block), description: b.description },
          ...(b.minItems ? { minItems: b.minItems } : {}),
          ...(b.maxItems ? { maxItems: b.maxItems } : {}),
        },
      ]),
    ),
  };
}

export type { ResourceType } from "./types";
