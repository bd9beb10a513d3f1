// How a resource type talks to the API. Most follow the standard methods and take
// `standardOperations`; a resource that is not created by a plain POST (a database enrolment,
// an IAM policy) supplies its own, and the provider treats both alike.
import { type ValueRecord, isUnknown, record } from "../protocol/cty";
import { valuesEqual } from "./plan";
import type { Operations, ResourceType } from "./types";
import type { BlockSchema } from "./schema";
import { fromApi, toApi, withWriteOnly } from "./values";
import { RESOURCE_ID } from "../../schema/generated/types";

/** An import id that cannot name an object of this type: the message says what would. */
export class ImportIdError extends Error {}

/** The name the operation acts on, for messages: the state's `name`, or what create will make. */
export function objectName(type: ResourceType, value: ValueRecord | null): string {
  if (value && typeof value.name === "string") return value.name;
  if (value && typeof value.resource_id === "string") return `${type.collection}/${value.resource_id}`;
  if (value && type.label) return type.label(value);
  return type.collection;
}

/** State from an API answer; `known` gives what the API never returns (resource_id, passwords). */
export function stateOf(type: ResourceType, json: Record<string, unknown>, known: ValueRecord): ValueRecord {
  const state = fromApi(type.block, json, known);
  if (type.block.attributes.some((a) => a.name === "resource_id")) {
    const name = typeof json.name === "string" ? json.name : "";
    state.resource_id = name.slice(name.lastIndexOf("/") + 1) || (known.resource_id ?? null);
  }
  return state;
}

/** Top-level API fields whose settable Terraform value changed: the update mask. */
export function changedFields(block: BlockSchema, prior: ValueRecord, planned: ValueRecord): string[] {
  const out: string[] = [];
  for (const a of block.attributes) {
    if (a.apiName && (a.optional || a.required) && !valuesEqual(prior[a.name] ?? null, planned[a.name] ?? null)) {
      out.push(a.apiName);
    }
  }
  for (const b of block.blocks) {
    const p = prior[b.name] ?? null;
    const n = planned[b.name] ?? null;
    if (isUnknown(n) || !valuesEqual(p, n)) out.push(b.apiName);
  }
  return out;
}

/** The standard methods: POST to create, GET, PATCH with a mask, DELETE; imported by name. */
export const standardOperations: Operations = {
  async create({ type, client }, { planned, config }) {
    const body = withWriteOnly(type.block, toApi(type.block, planned), config);
    const json = await client.create<Record<string, unknown>>(
      type.collection,
      type.idParameter,
      String(planned.resource_id),
      body,
    );
    return stateOf(type, json, planned);
  },
  async read({ type, client }, { state }) {
    const json = await client.get<Record<string, unknown>>(String(state.name));
    return stateOf(type, json, state);
  },
  async update({ type, client }, { prior, planned, config }) {
    const name = String(prior.name);
    const mask = changedFields(type.block, prior, planned);
    const body = withWriteOnly(type.block, toApi(type.block, planned), config);
    const json =
      mask.length === 0
        ? await client.get<Record<string, unknown>>(name)
        : await client.update<Record<string, unknown>>(name, { ...body, etag: prior.etag }, mask);
    return stateOf(type, json, planned);
  },
  async delete({ type, client }, { prior }) {
    await client.delete(String(prior.name), type.deleteQuery);
  },
  async import({ type, client }, { id }) {
    const prefix = `${type.collection}/`;
    const resourceId = id.startsWith(prefix) ? id.slice(prefix.length) : "";
    if (!RESOURCE_ID.test(resourceId)) {
      throw new ImportIdError(`Import a ${type.noun} by its resource name, such as "${prefix}prod".`);
    }
    const json = await client.get<Record<string, unknown>>(id);
    const known = record();
    known.resource_id = resourceId;
    return stateOf(type, json, known);
  },
};

export type { OperationContext, Operations } from "./types";
