import fs from "node:fs";
import path from "node:path";
import { MAX_FILTER_LENGTH } from "./filter";
import { MAX_PAGE_SIZE } from "./resource";
import { openApiPath, type QueryParameter, type RouteSpec } from "./routes";
import { type JsonSchema, parseJsonSchema, schemaRoot } from "./schemas";

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "status", "message"],
      properties: {
        code: { type: "integer", description: "HTTP status code." },
        status: { type: "string", description: "Canonical status name, such as INVALID_ARGUMENT." },
        message: { type: "string", description: "What went wrong, for a human." },
        details: {
          type: "array",
          items: {
            type: "object",
            required: ["field", "description"],
            properties: {
              field: { type: "string", description: "Path of the offending field, such as dataSources[0].port." },
              description: { type: "string" },
            },
          },
        },
      },
    },
  },
};

const CUSTOM_RESPONSES: Record<string, JsonSchema> = {
  SessionToken: {
    type: "object",
    required: ["token", "expireTime"],
    properties: { token: { type: "string" }, expireTime: { type: "string", format: "date-time" } },
  },
  DatabaseMetadata: {
    type: "object",
    description: "Tables with their columns, indexes and verbatim create statements.",
    properties: {
      name: { type: "string" },
      syncTime: { type: "string", format: "date-time" },
      tables: { type: "array" },
    },
  },
  ChangeCheck: {
    type: "object",
    description:
      "What creating the change would decide: its status, whether it needs approval, and per target the review advice.",
    properties: {
      status: { type: "string" },
      approvalRequired: { type: "boolean" },
      checksum: { type: "string" },
      checks: { type: "array", items: { type: "object" } },
    },
  },
  Changelog: {
    type: "object",
    description: "One application of a change to a database.",
    properties: {
      name: { type: "string" },
      change: { type: "string" },
      version: { type: "string" },
      statements: { type: "array", items: { type: "string" } },
      checksum: { type: "string" },
      status: { type: "string", enum: ["DONE", "FAILED"] },
      appliedStatements: { type: "integer" },
      error: { type: "string" },
      actor: { type: "string" },
      createTime: { type: "string", format: "date-time" },
      durationMs: { type: "integer" },
      schemaBefore: { type: "string" },
      schemaAfter: { type: "string" },
    },
  },
  ChangelogList: {
    type: "object",
    properties: {
      changelogs: { type: "array", items: { $ref: "#/components/schemas/Changelog" } },
      nextPageToken: { type: "string" },
    },
  },
  DatabaseDiff: {
    type: "object",
    properties: {
      name: { type: "string" },
      drifted: { type: "boolean" },
      hasBaseline: { type: "boolean" },
      syncTime: { type: "string", format: "date-time" },
      diff: {
        type: "string",
        description: "Unified diff from the applied schema to the live one; empty when they agree.",
      },
    },
  },
  IamPolicy: {
    type: "object",
    description: "Which members hold which project roles.",
    properties: {
      bindings: {
        type: "array",
        items: {
          type: "object",
          properties: { role: { type: "string" }, members: { type: "array", items: { type: "string" } } },
        },
      },
      etag: { type: "string" },
    },
  },
  AuditLogList: {
    type: "object",
    properties: {
      auditLogs: {
        type: "array",
        items: {
          type: "object",
          properties: {
            name: { type: "string" },
            time: { type: "string", format: "date-time" },
            actor: { type: "string" },
            action: { type: "string" },
            resource: { type: "string" },
            status: { type: "integer" },
            result: { type: "string" },
            requestId: { type: "string" },
            detail: {
              type: "object",
              description:
                "On records of a decision (action protection.lower or projects.setCrossDatabaseAccess): what it changed. Never holds a secret.",
              required: ["field", "before", "after"],
              properties: {
                field: { type: "string", description: "The field changed, as the request named it: requireApproval." },
                before: { description: "Its JSON value before; null for a list entry that was added." },
                after: { description: "Its JSON value after; null for a list entry that was removed." },
                summary: { type: "string", description: "The decision in words." },
                protectedDatabases: {
                  type: "object",
                  description: "The protected databases the decision concerned.",
                  properties: {
                    count: { type: "integer" },
                    names: { type: "array", items: { type: "string" }, description: "The first 100, sorted." },
                    environments: { type: "array", items: { type: "string" } },
                  },
                },
              },
            },
          },
        },
      },
      nextPageToken: { type: "string" },
    },
  },
  DatabaseSchema: {
    type: "object",
    properties: { name: { type: "string" }, schema: { type: "string", description: "SHOW CREATE text, verbatim." } },
  },
};

/** Component name of a schema file: `instance` → `Instance`, `$defs/dataSource` → `InstanceDataSource`. */
function componentName(file: string, def?: string): string {
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return cap(file) + (def ? cap(def) : "");
}

/** A schema file as OpenAPI components: `$defs` lifted out, local `$ref`s pointed at them. */
function components(kind: "resources" | "requests"): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  const dir = path.join(schemaRoot, kind);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const base = file.replace(/\.json$/, "");
    const raw = fs
      .readFileSync(path.join(dir, file), "utf8")
      .replace(/"#\/\$defs\/(\w+)"/g, (_m, def: string) =>
        JSON.stringify(`#/components/schemas/${componentName(base, def)}`),
      );
    const { $defs, $id: _id, $schema: _s, ...schema } = parseJsonSchema(raw, `schema/${kind}/${file}`);
    out[componentName(base)] = schema;
    for (const [def, defSchema] of Object.entries($defs ?? {})) out[componentName(base, def)] = defSchema;
  }
  return out;
}

function responseSchema(spec: RouteSpec): JsonSchema {
  const r = spec.response;
  if (!r) return { type: "object", description: "Empty on success." };
  if ("custom" in r) return { $ref: `#/components/schemas/${r.custom}` };
  const ref = { $ref: `#/components/schemas/${componentName(r.resource)}` };
  if (!r.list) return ref;
  return {
    type: "object",
    properties: { [r.list]: { type: "array", items: ref }, nextPageToken: { type: "string" } },
  };
}

const pagedCustom = (name: string): boolean => CUSTOM_RESPONSES[name]?.properties?.nextPageToken !== undefined;

/** The query parameters of a route: those of its kind (AIP-132, 134, 135, 158, 160), then its own. */
function queryParameters(spec: RouteSpec): QueryParameter[] {
  const r = spec.response;
  const pages =
    spec.method === "get" &&
    r !== undefined &&
    ("list" in r ? r.list !== undefined : "custom" in r && pagedCustom(r.custom));
  const list: QueryParameter[] = pages
    ? [
        { name: "pageSize", description: `Items per page, 0 to ${MAX_PAGE_SIZE}; 0 or absent means 50.` },
        { name: "pageToken", description: "The nextPageToken of the previous page, under the same filter." },
        {
          name: "filter",
          description: `Comparisons joined by AND, such as \`labels.tier = "gold" AND title != "old"\`; at most ${MAX_FILTER_LENGTH} characters. A field the list cannot filter on is a 400.`,
        },
      ]
    : [];
  const update: QueryParameter[] =
    spec.method === "patch" && spec.requestBody
      ? [
          {
            name: "updateMask",
            description: "Comma-separated fields to update; every writable field in the body when absent.",
          },
        ]
      : [];
  const remove: QueryParameter[] =
    spec.method === "delete"
      ? [{ name: "etag", description: "Fail with 409 unless the resource still has this etag." }]
      : [];
  return [...list, ...update, ...remove, ...(spec.query ?? [])];
}

/** The OpenAPI 3.1 document of every route in the table, assembled from schema/. */
export function openApiDocument(routes: RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const p = openApiPath(spec.path);
    const params = [
      ...[...p.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...queryParameters(spec).map((q) => ({
        name: q.name,
        in: "query",
        required: q.required ?? false,
        description: q.description,
        schema: { type: q.name === "pageSize" ? "integer" : "string" },
      })),
    ];
    const body = spec.requestBody;
    const bodyRef = body
      ? "resource" in body
        ? componentName(body.resource)
        : `${componentName(body.request)}Request`
      : undefined;
    (paths[p] ??= {})[spec.method] = {
      summary: spec.summary,
      operationId: `${spec.method}${p.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(spec.public ? { security: [] } : {}),
      ...(bodyRef
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: { $ref: `#/components/schemas/${bodyRef}` } } },
            },
          }
        : {}),
      responses: {
        "200": { description: "Success", content: { "application/json": { schema: responseSchema(spec) } } },
        default: {
          description: "Error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    };
  }
  const requests = Object.fromEntries(Object.entries(components("requests")).map(([k, v]) => [`${k}Request`, v]));
  return {
    openapi: "3.1.0",
    info: { title: "Tidemark API", version, description: "Database change management for TiDB and MySQL." },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: { ...components("resources"), ...requests, ...CUSTOM_RESPONSES, Error: ERROR_SCHEMA },
    },
  };
}
