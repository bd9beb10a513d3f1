// Writes schema/generated/types.ts: the TypeScript face of schema/ — one interface per resource
// and request, a constant and a union type per enum, each resource's collection and parent, and
// the resource-id pattern every name is built from. `npm run schema-types` writes it; the unit
// test test/unit/schema-types.test.ts fails when it is stale.
import fs from "node:fs";
import path from "node:path";

interface JsonSchema {
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: (string | number | boolean | null)[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  readOnly?: boolean;
  writeOnly?: boolean;
  pattern?: string;
  "x-tidemark"?: { collection: string; parent?: string; idParameter?: string; terraformType?: string };
}

const root = path.resolve(__dirname, "..");
export const TYPES_FILE = path.join(root, "schema", "generated", "types.ts");

/** The one resource-id pattern, as schema/'s patterns spell it: a lower-case letter, then up to 62 of [a-z0-9-], not ending in `-`. */
const SCHEMA_ID_SOURCE = "[a-z]([a-z0-9-]{0,61}[a-z0-9])?";
/** The same, without a capturing group, for code that captures the id itself. */
const RESOURCE_ID_SOURCE = "[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?";

function load(dir: string): { file: string; schema: JsonSchema }[] {
  return fs
    .readdirSync(path.join(root, "schema", dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      file: `schema/${dir}/${f}`,
      schema: readSchema(`schema/${dir}/${f}`, JSON.parse(fs.readFileSync(path.join(root, "schema", dir, f), "utf8"))),
    }));
}

/** A schema document, checked for the keywords this script reads (the server's ajv checks the rest). */
function readSchema(file: string, json: unknown): JsonSchema {
  if (!isJsonSchema(json)) throw new Error(`${file} is not a JSON Schema of the shape schema/ uses`);
  return json;
}

function isJsonSchema(json: unknown): json is JsonSchema {
  if (!isFields(json)) return false;
  const strings = ["$id", "title", "description", "$ref", "pattern"].every((k) => optional(json[k], isString));
  const flags = ["readOnly", "writeOnly"].every((k) => optional(json[k], (v) => typeof v === "boolean"));
  const x = json["x-tidemark"];
  return (
    strings &&
    flags &&
    optional(json.type, (v) => isString(v) || (Array.isArray(v) && v.every(isString))) &&
    optional(
      json.enum,
      (v) => Array.isArray(v) && v.every((e) => e === null || ["string", "number", "boolean"].includes(typeof e)),
    ) &&
    optional(json.properties, (v) => isFields(v) && Object.values(v).every(isJsonSchema)) &&
    optional(json.$defs, (v) => isFields(v) && Object.values(v).every(isJsonSchema)) &&
    optional(json.required, (v) => Array.isArray(v) && v.every(isString)) &&
    optional(json.items, isJsonSchema) &&
    optional(json.additionalProperties, (v) => typeof v === "boolean" || isJsonSchema(v)) &&
    optional(
      x,
      (v) =>
        isFields(v) &&
        isString(v.collection) &&
        ["parent", "idParameter", "terraformType"].every((k) => optional(v[k], isString)),
    )
  );
}

const isFields = (json: unknown): json is Record<string, unknown> =>
  typeof json === "object" && json !== null && !Array.isArray(json);
const isString = (json: unknown): json is string => typeof json === "string";
const optional = (json: unknown, is: (json: unknown) => boolean): boolean => json === undefined || is(json);

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const constant = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

function comment(text: string | undefined, indent: string, extra: string[] = []): string {
  const lines = [...(text ? text.split("\n") : []), ...extra];
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]?.replace(/\*\//g, "*\\/")} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l.replace(/\*\//g, "*\\/")}`).join("\n")}\n${indent} */\n`;
}

class Writer {
  readonly enums: string[] = [];

  constructor(
    private readonly owner: string,
    private readonly defs: Record<string, JsonSchema>,
  ) {}

  type(schema: JsonSchema, indent: string, property: string, scope = this.owner): string {
    if (schema.$ref) {
      const def = schema.$ref.replace(/^#\/\$defs\//, "");
      return `${this.owner}${pascal(def)}`;
    }
    if (schema.enum) {
      const name = `${scope}${pascal(property)}`;
      this.enums.push(
        `/** The values of ${scope}.${property}. */\nexport const ${constant(name)}_VALUES = [${schema.enum.map((v) => JSON.stringify(v)).join(", ")}] as const;\nexport type ${name} = (typeof ${constant(name)}_VALUES)[number];\n`,
      );
      return name;
    }
    const type = Array.isArray(schema.type) ? schema.type : [schema.type];
    const parts = type.map((t) => {
      switch (t) {
        case "string":
          return "string";
        case "integer":
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "null":
          return "null";
        case "array":
          return `${this.wrap(schema.items ? this.type(schema.items, indent, `${property}Item`, scope) : "unknown")}[]`;
        case "object":
          return this.object(schema, indent, property, scope);
        default:
          return "unknown";
      }
    });
    return parts.join(" | ");
  }

  private wrap(type: string): string {
    return /[|&]/.test(type) && !type.startsWith("{") ? `(${type})` : type;
  }

  object(schema: JsonSchema, indent: string, property: string, scope = this.owner): string {
    if (!schema.properties) {
      const values = schema.additionalProperties;
      return `Record<string, ${typeof values === "object" ? this.type(values, indent, `${property}Value`, scope) : "unknown"}>`;
    }
    const required = new Set(schema.required ?? []);
    const inner = `${indent}  `;
    const fields = Object.entries(schema.properties).map(([key, value]) => {
      const notes = [
        ...(value.readOnly ? ["Output only."] : []),
        ...(value.writeOnly ? ["Input only: never returned."] : []),
      ];
      return `${comment(value.description, inner, notes)}${inner}${key}${required.has(key) ? "" : "?"}: ${this.type(value, inner, key, scope)};`;
    });
    return `{\n${fields.join("\n")}\n${indent}}`;
  }

  defsOut(): string {
    return Object.entries(this.defs)
      .map(
        ([name, def]) =>
          `${comment(def.description, "")}export type ${this.owner}${pascal(name)} = ${this.object(def, "", name, `${this.owner}${pascal(name)}`)};\n`,
      )
      .join("\n");
  }
}

/** The generated module's text. */
export function renderTypes(): string {
  const out: string[] = [
    "// Generated by scripts/schema-types.ts from schema/: do not edit. `npm run schema-types` rewrites it.\n",
    `/** A resource id: a lower-case letter, then up to 62 lower-case letters, digits and hyphens, not ending in a hyphen. */\nexport const RESOURCE_ID_SOURCE = ${JSON.stringify(RESOURCE_ID_SOURCE)};\nexport const RESOURCE_ID = new RegExp(\`^\${RESOURCE_ID_SOURCE}$\`);\n`,
    `/** A database's resource name, \`instances/{instance}/databases/{database}\`: the instance id and the database name. */\nexport const DATABASE_NAME = new RegExp(\`^instances/(\${RESOURCE_ID_SOURCE})/databases/(.+)$\`);\n`,
  ];
  const resources: string[] = [];
  for (const { file, schema } of [...load("resources"), ...load("requests")]) {
    const title = schema.title;
    if (!title) throw new Error(`${file} has no title`);
    const writer = new Writer(title, schema.$defs ?? {});
    const defs = writer.defsOut();
    const body = writer.object(schema, "", title);
    out.push(...writer.enums);
    if (defs) out.push(defs);
    out.push(`${comment(schema.description, "", [`From ${file}.`])}export interface ${title} ${body}\n`);
    const meta = schema["x-tidemark"];
    if (meta)
      resources.push(
        `  ${title}: ${JSON.stringify({ collection: meta.collection, ...(meta.parent ? { parent: meta.parent } : {}) })},`,
      );
  }
  out.push(
    `/** Each resource's collection (the name's segment) and, for a child resource, its parent's. */\nexport const RESOURCES = {\n${resources.join("\n")}\n} as const;\nexport type ResourceKind = keyof typeof RESOURCES;\n`,
  );
  return out.join("\n");
}

/** Every pattern in schema/ that names a resource (`projects/…`) spells its id with the one pattern. */
export function idPatternsAgree(): string[] {
  const documents = [...load("resources"), ...load("requests")];
  // A database is named as its engine names it, not by a resource id.
  const collections = documents.flatMap(({ schema }) => {
    const collection = schema["x-tidemark"]?.collection;
    return collection && collection !== "databases" ? [collection] : [];
  });
  const problems: string[] = [];
  for (const { file, schema } of documents) {
    for (const m of JSON.stringify(schema).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)) {
      const pattern: unknown = JSON.parse(`"${m[1]}"`);
      if (typeof pattern !== "string") continue; // a quoted JSON literal always reads as a string
      for (const collection of collections) {
        for (const at of pattern.split(`${collection}/`).slice(1)) {
          if (!at.startsWith(SCHEMA_ID_SOURCE)) problems.push(`${file}: ${pattern}`);
        }
      }
    }
  }
  return problems;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(TYPES_FILE), { recursive: true });
  fs.writeFileSync(TYPES_FILE, renderTypes());
  process.stdout.write(`${path.relative(root, TYPES_FILE)} written\n`);
}
