import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { ApiError, type FieldViolation } from "./errors";

/** schema/: the single source of truth for every request and resource body. */
export const schemaRoot = path.resolve(__dirname, "../../schema");

export interface JsonSchema {
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  readOnly?: boolean;
  writeOnly?: boolean;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  "x-immutable"?: boolean;
  "x-tidemark"?: { collection: string; idParameter?: string; parent?: string; terraformType?: string };
  [keyword: string]: unknown;
}

function validatorFactory(useDefaults: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-immutable", schemaType: "boolean" });
  ajv.addKeyword({ keyword: "x-tidemark", schemaType: "object" });
  return ajv;
}

// Whole resources get the schema's defaults filled in, so what is stored and returned is
// complete; partial update bodies must not, or every defaulted field would look "sent".
const filling = validatorFactory(true);
const exact = validatorFactory(false);

function readSchema(relative: string): JsonSchema {
  return JSON.parse(fs.readFileSync(path.join(schemaRoot, relative), "utf8")) as JsonSchema;
}

/** A JSON body validator that answers with field paths a client can act on. */
export class BodySchema {
  private readonly validateFn: ValidateFunction;

  constructor(
    readonly schema: JsonSchema,
    fillDefaults = false,
  ) {
    this.validateFn = (fillDefaults ? filling : exact).compile(schema);
  }

  /** Throws a 400 listing every problem when `body` does not match. */
  validate(body: unknown): void {
    if (!this.validateFn(body)) {
      const details = violations(this.validateFn.errors ?? []);
      const first = details[0];
      throw new ApiError(
        400,
        first ? `invalid ${first.field || "body"}: ${first.description}` : "invalid body",
        details,
      );
    }
  }
}

/** A resource's schema, with what the HTTP layer needs to know about each top-level field. */
export class ResourceSchema {
  readonly collection: string;
  /** The create call's id query parameter; absent for resources the API never creates. */
  readonly idParameter: string | undefined;
  readonly full: BodySchema;
  /** Same fields, nothing required: checks an update's body before it is merged. */
  readonly partial: BodySchema;
  readonly writableFields: ReadonlySet<string>;
  readonly immutableFields: ReadonlySet<string>;
  readonly readOnlyFields: ReadonlySet<string>;
  /** Top-level fields a list filter may compare: those with one string, number or boolean value. */
  readonly scalarFields: ReadonlySet<string>;
  /** The pattern of label keys, for resources that have labels. */
  private readonly labelKey: RegExp | undefined;

  /** The schema's file name in schema/resources, without `.json`. */
  readonly file: string;

  constructor(
    file: string,
    readonly schema: JsonSchema,
  ) {
    this.file = file;
    const meta = schema["x-tidemark"];
    if (!meta) throw new Error(`schema ${schema.$id} has no x-tidemark block`);
    this.collection = meta.collection;
    this.idParameter = meta.idParameter;
    const props = Object.entries(schema.properties ?? {});
    this.readOnlyFields = new Set(props.filter(([, p]) => p.readOnly).map(([k]) => k));
    this.writableFields = new Set(props.filter(([, p]) => !p.readOnly).map(([k]) => k));
    this.immutableFields = new Set(props.filter(([, p]) => p["x-immutable"]).map(([k]) => k));
    const scalar = (p: JsonSchema): boolean =>
      !p.writeOnly && typeof p.type === "string" && ["string", "integer", "number", "boolean"].includes(p.type);
    this.scalarFields = new Set(props.filter(([, p]) => scalar(p)).map(([k]) => k));
    // propertyNames holds a schema; JsonSchema types the keywords it does not list as unknown.
    const labelKey = (schema.properties?.labels?.propertyNames as JsonSchema | undefined)?.pattern;
    this.labelKey = typeof labelKey === "string" ? new RegExp(labelKey) : undefined;
    this.full = new BodySchema(schema, true);
    this.partial = new BodySchema({
      ...schema,
      $id: `${schema.$id ?? ""}`.replace(/\.json$/, ".partial.json"),
      required: [],
    });
  }

  /** Whether a list of this resource can filter on `field`: a scalar field, or `labels.<key>`. */
  filterable(field: string): boolean {
    if (this.scalarFields.has(field)) return true;
    return (
      field.startsWith("labels.") && this.labelKey !== undefined && this.labelKey.test(field.slice("labels.".length))
    );
  }

  /** Drops output-only fields a client echoed back (AIP-203: they are ignored on input). */
  writableOnly(body: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(body).filter(([k]) => this.writableFields.has(k)));
  }
}

const resourceCache = new Map<string, ResourceSchema>();

/** The schema of one resource, by its file name in schema/resources (`instance`). */
export function resourceSchema(resource: string): ResourceSchema {
  let cached = resourceCache.get(resource);
  if (!cached) {
    cached = new ResourceSchema(resource, readSchema(`resources/${resource}.json`));
    resourceCache.set(resource, cached);
  }
  return cached;
}

const requestCache = new Map<string, BodySchema>();

/** The schema of a request that is not a resource, by its file name in schema/requests. */
export function requestSchema(request: string): BodySchema {
  let cached = requestCache.get(request);
  if (!cached) {
    cached = new BodySchema(readSchema(`requests/${request}.json`));
    requestCache.set(request, cached);
  }
  return cached;
}

/** ajv's JSON pointers become the dotted paths the API promises: `dataSources[0].port`. */
export function fieldPath(pointer: string, child?: string): string {
  const parts = pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) parts.push(child);
  let out = "";
  for (const part of parts) {
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function violations(errors: ErrorObject[]): FieldViolation[] {
  const out: FieldViolation[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const v = describe(e);
    const key = `${v.field}\u0000${v.description}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

function describe(e: ErrorObject): FieldViolation {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { field: fieldPath(e.instancePath, String(p.missingProperty)), description: "is required" };
    case "additionalProperties":
      return { field: fieldPath(e.instancePath, String(p.additionalProperty)), description: "is not a known field" };
    case "enum":
      return {
        field: fieldPath(e.instancePath),
        description: `must be one of ${(p.allowedValues as unknown[]).map(String).join(", ")}`,
      };
    case "type":
      return { field: fieldPath(e.instancePath), description: `must be ${indefinite(String(p.type))}` };
    case "propertyNames":
      return { field: fieldPath(e.instancePath, String(p.propertyName)), description: "is not a valid key" };
    case "pattern":
      return { field: fieldPath(e.instancePath), description: `must match ${String(p.pattern)}` };
    default:
      return { field: fieldPath(e.instancePath), description: e.message ?? "is invalid" };
  }
}

function indefinite(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
