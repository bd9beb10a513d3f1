// Data sources: read-only views of API resources. Their schemas come from the same resource
// blocks: every attribute computed, nested blocks as computed object attributes, write-only
// fields left out (the API never returns them).
import type { TidemarkClient } from "../client/api";
import { type CtyType, type ValueRecord, isRecord, record } from "../protocol/cty";
import type { Schema } from "../protocol/schema";
import { protocolSchema } from "./resource";
import { type AttributeSchema, type BlockSchema, attribute } from "./schema";
import { fromApi } from "./values";

export interface DataSourceType {
  typeName: string;
  block: BlockSchema;
  read(client: TidemarkClient, config: ValueRecord): Promise<ValueRecord>;
}

const computed = (a: Pick<AttributeSchema, "name" | "type" | "description"> & { apiName?: string }): AttributeSchema =>
  attribute({ ...a, computed: true });

/** A string the user gives the data source: a name, a parent, a filter. */
export const input = (name: string, description: string, required = true): AttributeSchema =>
  attribute({ name, type: "string", description, required, optional: !required });

export { computed };

/** The object type of one resource's values, as a data source shows them. */
export function objectType(block: BlockSchema): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const a of block.attributes) if (!a.secret && !a.writeOnly && a.apiName) attributes[a.name] = a.type;
  for (const b of block.blocks)
    attributes[b.name] = b.nesting === "single" ? objectType(b.block) : ["list", objectType(b.block)];
  return ["object", attributes];
}

/** A resource's attributes as computed ones: what a data source about one object returns. */
export function computedAttributes(block: BlockSchema, except: string[] = []): AttributeSchema[] {
  const out: AttributeSchema[] = [];
  for (const a of block.attributes) {
    if (a.secret || a.writeOnly || !a.apiName || except.includes(a.name)) continue;
    out.push(computed({ name: a.name, apiName: a.apiName, type: a.type, description: a.description }));
  }
  for (const b of block.blocks) {
    out.push(
      computed({
        name: b.name,
        apiName: b.apiName,
        type: b.nesting === "single" ? objectType(b.block) : ["list", objectType(b.block)],
        description: b.description,
      }),
    );
  }
  return out;
}

/** One API object as the value of `objectType(block)`. */
export function objectValue(block: BlockSchema, json: Record<string, unknown>): ValueRecord {
  const full = fromApi(block, json);
  const strip = (b: BlockSchema, value: ValueRecord): ValueRecord => {
    const out = record();
    for (const a of b.attributes) if (!a.secret && !a.writeOnly && a.apiName) out[a.name] = value[a.name] ?? null;
    for (const n of b.blocks) {
      const v = value[n.name] ?? null;
      out[n.name] = Array.isArray(v)
        ? v.map((e) => (isRecord(e) ? strip(n.block, e) : e))
        : isRecord(v)
          ? strip(n.block, v)
          : n.nesting === "single"
            ? null
            : [];
    }
    return out;
  };
  return strip(block, full);
}

export function dataSourceSchema(d: DataSourceType): Schema {
  return protocolSchema(0, d.block);
}

/** `data "tidemark_<noun>"`: one object by its name. */
export function singular(typeName: string, resource: BlockSchema, description: string): DataSourceType {
  const block: BlockSchema = {
    description,
    blocks: [],
    attributes: [input("name", "The resource name to read."), ...computedAttributes(resource, ["name"])],
  };
  return {
    typeName,
    block,
    async read(client, config) {
      const json = await client.get<Record<string, unknown>>(String(config.name));
      const value = objectValue(resource, json);
      value.name = config.name ?? null;
      return value;
    },
  };
}

/** `data "tidemark_<nouns>"`: every object of a collection (or of `parent`'s), optionally filtered. */
export function plural(
  typeName: string,
  resource: BlockSchema,
  options: { collection: string; field: string; description: string; parent?: string; filter?: boolean },
): DataSourceType {
  const attributes: AttributeSchema[] = [];
  if (options.parent) attributes.push(input("parent", options.parent));
  if (options.filter)
    attributes.push(input("filter", 'A list filter such as `labels.tier = "gold" AND state = ACTIVE`.', false));
  attributes.push(
    computed({
      name: options.field,
      type: ["list", objectType(resource)],
      description: "What was found, in name order.",
    }),
  );
  return {
    typeName,
    block: { description: options.description, blocks: [], attributes },
    async read(client, config) {
      const collection = options.parent ? `${String(config.parent)}/${options.collection}` : options.collection;
      const filter = typeof config.filter === "string" && config.filter !== "" ? { filter: config.filter } : {};
      const items = await client.list<Record<string, unknown>>(collection, options.field, filter);
      const value = record();
      if (options.parent) value.parent = config.parent ?? null;
      if (options.filter) value.filter = config.filter ?? null;
      value[options.field] = items.map((item) => objectValue(resource, item));
      return value;
    },
  };
}
