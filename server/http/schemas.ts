import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type {
  BatchUpdateDatabasesRequest,
  Change,
  ChangeDecisionRequest,
  ChangeResolutionRequest,
  ChangeWaitRequest,
  Database,
  Environment,
  Instance,
  LoginRequest,
  Project,
  ReviewConfig,
  RotateKeyRequest,
  ServiceAccount,
  SetIamPolicyRequest,
} from "../../schema/generated/types";
import { isAnything, isArrayOf, isBoolean, isOptional, isRecord, isRecordOf, isShaped, isString } from "../store/json";
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

const isMeta = isShaped<NonNullable<JsonSchema["x-tidemark"]>>({
  collection: isString,
  idParameter: isOptional(isString),
  parent: isOptional(isString),
  terraformType: isOptional(isString),
});

const isOptionalString = isOptional(isString);
const isOptionalBoolean = isOptional(isBoolean);

/** Whether a JSON value is a schema in the shape JsonSchema types, its subschemas too. */
export function isJsonSchema(value: unknown): value is JsonSchema {
  if (!isRecord(value)) return false;
  const { type, properties, required, items, additionalProperties, $defs } = value;
  return (
    [value.$id, value.title, value.description, value.$ref].every(isOptionalString) &&
    [value.readOnly, value.writeOnly, value["x-immutable"]].every(isOptionalBoolean) &&
    (type === undefined || isString(type) || isArrayOf(isString)(type)) &&
    (required === undefined || isArrayOf(isString)(required)) &&
    (value.enum === undefined || Array.isArray(value.enum)) &&
    (items === undefined || isJsonSchema(items)) &&
    (additionalProperties === undefined || isBoolean(additionalProperties) || isJsonSchema(additionalProperties)) &&
    [properties, $defs].every((schemas) => schemas === undefined || isRecordOf(isJsonSchema)(schemas)) &&
    (value["x-tidemark"] === undefined || isMeta(value["x-tidemark"]))
  );
}

/** A schema file's text, parsed; `file` names it when it is not a schema JsonSchema can type. */
export function parseJsonSchema(text: string, file: string): JsonSchema {
  const schema: unknown = JSON.parse(text);
  if (!isJsonSchema(schema)) throw new Error(`${file} is not a JSON Schema of the shape server/http/schemas.ts reads`);
  return schema;
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
  return parseJsonSchema(fs.readFileSync(path.join(schemaRoot, relative), "utf8"), `schema/${relative}`);
}

/** Each resource schema's body, by its file name in schema/resources: the types generated from the same files. */
export interface ResourceBodies {
  change: Change;
  database: Database;
  environment: Environment;
  instance: Instance;
  project: Project;
  reviewConfig: ReviewConfig;
  serviceAccount: ServiceAccount;
}

/** Each request schema's body, by its file name in schema/requests. */
export interface RequestBodies {
  batchUpdateDatabases: BatchUpdateDatabasesRequest;
  changeDecision: ChangeDecisionRequest;
  changeResolution: ChangeResolutionRequest;
  changeWait: ChangeWaitRequest;
  login: LoginRequest;
  rotateKey: RotateKeyRequest;
  setIamPolicy: SetIamPolicyRequest;
}

/** A JSON body validator of bodies of type T, that answers with field paths a client can act on. */
export class BodySchema<T = unknown> {
  private readonly validateFn: ValidateFunction<T>;

  constructor(
    readonly schema: JsonSchema,
    fillDefaults = false,
  ) {
    this.validateFn = (fillDefaults ? filling : exact).compile<T>(schema);
  }

  /** Throws a 400 listing every problem when `body` does not match. */
  validate(body: unknown): void {
    this.checked(body);
  }

  /** `body`, known to be a T, or a 400 listing every problem when it does not match. */
  checked<B>(body: B): B & T {
    if (this.validateFn(body)) return body;
    const details = violations(this.validateFn.errors ?? []);
    const first = details[0];
    throw new ApiError(400, first ? `invalid ${first.field || "body"}: ${first.description}` : "invalid body", details);
  }
}

/** A resource's schema, with what the HTTP layer needs to know about each top-level field. */
export class ResourceSchema<T extends object = object> {
  readonly collection: string;
  /** The create call's id query parameter; absent for resources the API never creates. */
  readonly idParameter: string | undefined;
  readonly full: BodySchema<T>;
  /** Same fields, nothing required: checks an update's body before it is merged. */
  readonly partial: BodySchema<Partial<T>>;
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
    const labelNames = schema.properties?.labels?.propertyNames;
    const labelKey = isJsonSchema(labelNames) ? labelNames.pattern : undefined;
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

  /**
   * Drops output-only fields a client echoed back (AIP-203: they are ignored on input). No schema
   * requires an output-only field, so a validated body without them is still valid.
   */
  writableOnly<B extends object>(body: B): B {
    const writable = { ...body };
    for (const field of Object.keys(writable)) {
      if (!this.writableFields.has(field)) Reflect.deleteProperty(writable, field);
    }
    return writable;
  }
}

// Built on first use, once: ajv refuses a second schema with the same $id.
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const resourceOnce = <K extends keyof ResourceBodies>(file: K): (() => ResourceSchema<ResourceBodies[K]>) =>
  once(() => new ResourceSchema<ResourceBodies[K]>(file, readSchema(`resources/${file}.json`)));

const resourceSchemas: { [K in keyof ResourceBodies]: () => ResourceSchema<ResourceBodies[K]> } = {
  change: resourceOnce("change"),
  database: resourceOnce("database"),
  environment: resourceOnce("environment"),
  instance: resourceOnce("instance"),
  project: resourceOnce("project"),
  reviewConfig: resourceOnce("reviewConfig"),
  serviceAccount: resourceOnce("serviceAccount"),
};

/** The schema of one resource, by its file name in schema/resources (`instance`). */
export function resourceSchema<K extends keyof ResourceBodies>(resource: K): ResourceSchema<ResourceBodies[K]> {
  return resourceSchemas[resource]();
}

const requestOnce = <K extends keyof RequestBodies>(file: K): (() => BodySchema<RequestBodies[K]>) =>
  once(() => new BodySchema<RequestBodies[K]>(readSchema(`requests/${file}.json`)));

const requestSchemas: { [K in keyof RequestBodies]: () => BodySchema<RequestBodies[K]> } = {
  batchUpdateDatabases: requestOnce("batchUpdateDatabases"),
  changeDecision: requestOnce("changeDecision"),
  changeResolution: requestOnce("changeResolution"),
  changeWait: requestOnce("changeWait"),
  login: requestOnce("login"),
  rotateKey: requestOnce("rotateKey"),
  setIamPolicy: requestOnce("setIamPolicy"),
};

/** The schema of a request that is not a resource, by its file name in schema/requests. */
export function requestSchema<K extends keyof RequestBodies>(request: K): BodySchema<RequestBodies[K]> {
  return requestSchemas[request]();
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
  const p: Record<string, unknown> = e.params;
  switch (e.keyword) {
    case "required":
      return { field: fieldPath(e.instancePath, String(p.missingProperty)), description: "is required" };
    case "additionalProperties":
      return { field: fieldPath(e.instancePath, String(p.additionalProperty)), description: "is not a known field" };
    case "enum":
      return {
        field: fieldPath(e.instancePath),
        description: `must be one of ${isArrayOf(isAnything)(p.allowedValues) ? p.allowedValues.map(String).join(", ") : ""}`,
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
