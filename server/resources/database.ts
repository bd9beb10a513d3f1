import type { Request, Router } from "express";
import type { ServerContext } from "../context";
import { createTwoFilesPatch } from "diff";
import { normaliseSchema, schemaText } from "../engine/schema-text";
import { readTables } from "../engine/introspect";
import { driftBaselines } from "../sync";
import { type FieldDecision, recordDecision } from "../audit";
import { requirePermission, requireWorkspaceDecision } from "../auth/access";
import { ApiError } from "../http/errors";
import { matchesFilter, parseFilter } from "../http/filter";
import {
  bodyObject,
  checkEtag,
  labelsOf,
  mergeUpdate,
  newEtag,
  pageOf,
  parsePage,
  parseUpdateMask,
  pathId,
  pathParam,
  storeLabels,
} from "../http/resource";
import type { RouteTable } from "../http/routes";
import { requestSchema, resourceSchema } from "../http/schemas";
import type { Database as DatabaseRow, Prisma } from "../store/generated/sqlite/client";
import { isOneOf, storedValue } from "../store/json";
import { DATABASE_NAME, DATABASE_STATE_VALUES, type DatabaseState } from "../../schema/generated/types";
import { environmentName } from "./environment";
import { findInstance, instanceName } from "./instance";
import { loweredSettings, projectName } from "./project";

export const databaseSchema = resourceSchema("database");
const batchSchema = requestSchema("batchUpdateDatabases");

export interface Database {
  name: string;
  project: string;
  environment: string;
  effectiveEnvironment: string;
  labels: Record<string, string>;
  state: DatabaseState;
  drifted: boolean;
  charset: string;
  collation: string;
  tableCount: number;
  syncTime: string;
  etag: string;
}

export const databaseName = (instanceId: string, database: string): string =>
  `${instanceName(instanceId)}/databases/${database}`;

type DatabaseWithInstance = DatabaseRow & { instance: { environmentId: string } };
const withInstance = { instance: { select: { environmentId: true } } } as const;

function toDatabase(row: DatabaseWithInstance): Database {
  return {
    name: databaseName(row.instanceId, row.name),
    project: projectName(row.projectId),
    environment: row.environmentId ? environmentName(row.environmentId) : "",
    effectiveEnvironment: environmentName(row.environmentId ?? row.instance.environmentId),
    labels: labelsOf(row.labels),
    state: storedValue(row.state, isState, "Database.state"),
    drifted: row.drifted,
    charset: row.charset,
    collation: row.collation,
    tableCount: row.tableCount,
    syncTime: row.syncTime.toISOString(),
    etag: row.etag,
  };
}

const isState = isOneOf(DATABASE_STATE_VALUES);

const FILTER_FIELDS = new Set(["project", "environment", "effectiveEnvironment", "instance", "state", "databaseName"]);
const filterable = (field: string): boolean =>
  FILTER_FIELDS.has(field) || /^labels\.[a-z][a-z0-9_.-]{0,62}$/.test(field);

function readField(d: Database, field: string): string | undefined {
  if (field.startsWith("labels.")) return d.labels[field.slice("labels.".length)];
  if (field === "instance") return d.name.slice(0, d.name.indexOf("/databases/"));
  if (field === "databaseName") return d.name.slice(d.name.indexOf("/databases/") + "/databases/".length);
  switch (field) {
    case "project":
      return d.project;
    case "environment":
      return d.environment;
    case "effectiveEnvironment":
      return d.effectiveEnvironment;
    case "state":
      return d.state;
    default:
      return undefined;
  }
}

/** `instances/{i}/databases/{db}` → its key; a name of anything else is a 400 on `field`. */
function parseDatabaseName(name: unknown, field: string): { instanceId: string; name: string } {
  const m = typeof name === "string" ? DATABASE_NAME.exec(name) : null;
  const instanceId = m?.[1];
  const database = m?.[2];
  if (instanceId === undefined || database === undefined) {
    throw ApiError.invalid(field, "must be a database name, instances/{instance}/databases/{database}");
  }
  return { instanceId, name: database };
}

const ofDatabase = { database: { instance: "instance", database: "database" } } as const;

export function databaseRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;

  async function findDatabase(key: { instanceId: string; name: string }): Promise<DatabaseWithInstance> {
    const row = await db.database.findUnique({ where: { instanceId_name: key }, include: withInstance });
    if (!row) throw ApiError.notFound(databaseName(key.instanceId, key.name));
    return row;
  }

  const fromPath = (req: Request): Promise<DatabaseWithInstance> =>
    findDatabase({ instanceId: pathId(req, "instance", "instances"), name: pathParam(req, "database") });

  /** Lists are small enough (thousands) to filter in memory after one indexed read. */
  async function listDatabases(req: Request, where: Prisma.DatabaseWhereInput): Promise<object> {
    const page = parsePage(req);
    const filter = parseFilter(req.query.filter, filterable);
    const showDeleted = req.query.showDeleted === "true";
    const visible = req.visibleProjects ?? "all";
    const rows = await db.database.findMany({
      where: {
        ...where,
        ...(showDeleted ? {} : { state: "ACTIVE" }),
        ...(visible === "all" ? {} : { projectId: { in: [...visible] } }),
      },
      orderBy: [{ instanceId: "asc" }, { name: "asc" }],
      include: withInstance,
    });
    const matching = rows.map(toDatabase).filter((d) => matchesFilter(filter, (f) => readField(d, f)));
    const after = page.after;
    const start = after === undefined ? matching : matching.filter((d) => d.name > after);
    const { items, nextPageToken } = pageOf(start.slice(0, page.pageSize + 1), page, (d) => d.name);
    return { databases: items, ...(nextPageToken ? { nextPageToken } : {}) };
  }

  /** What an update leaves: the merged representation's project and environment override, as ids. */
  function updated(current: DatabaseWithInstance, body: Record<string, unknown>, mask: string[]) {
    const merged = mergeUpdate(databaseSchema, toDatabase(current), body, mask);
    return {
      projectId: String(merged.project ?? projectName("default")).replace(/^projects\//, ""),
      environmentId: String(merged.environment ?? "").replace(/^environments\//, ""),
      labels: merged.labels,
    };
  }

  /**
   * A transfer takes the database out of one project and into another: both must allow it.
   * Checked before any transaction opens, so no store read waits on a held write lock.
   * Returns the workspace decisions the update makes, for the audit record once it is applied.
   */
  async function authorizeUpdate(
    req: Request,
    current: DatabaseWithInstance,
    body: Record<string, unknown>,
    mask: string[],
    fieldPrefix = "",
  ): Promise<FieldDecision[]> {
    await requirePermission(ctx, req, "databases.update", current.projectId);
    const target = mask.includes("project") && typeof body.project === "string" ? body.project : undefined;
    const targetId = target?.replace(/^projects\//, "");
    if (targetId && targetId !== current.projectId) await requirePermission(ctx, req, "databases.update", targetId);
    return protectionDecisions(req, current, updated(current, body, mask), fieldPrefix);
  }

  /**
   * Lowering a database's protection is a workspace decision, never a project owner's: leaving
   * a protected environment (an override to an unprotected one, or clearing the override onto
   * an unprotected instance), leaving its project while protected (the next project's owners and
   * settings would decide its changes), or coming into a protected environment in a project that
   * does not require approval, enforce review or forbid self-approval. So a protected database
   * sits in a project with those settings unless a workspace admin or DBA decided otherwise, and
   * the project side (server/resources/project.ts) keeps them while it holds one.
   */
  async function protectionDecisions(
    req: Request,
    current: DatabaseWithInstance,
    after: { projectId: string; environmentId: string },
    fieldPrefix: string,
  ): Promise<FieldDecision[]> {
    const name = databaseName(current.instanceId, current.name);
    const beforeEnvironment = current.environmentId ?? current.instance.environmentId;
    const afterEnvironment = after.environmentId || current.instance.environmentId;
    const transferred = after.projectId !== current.projectId;
    const environmentChanged = after.environmentId !== (current.environmentId ?? "");
    if (!transferred && !environmentChanged) return [];
    const environments = new Map(
      (await db.environment.findMany({ select: { id: true, protected: true } })).map((e) => [e.id, e.protected]),
    );
    // An environment that does not exist is the update's 400, not a protection question.
    if (!environments.has(afterEnvironment)) return [];
    const wasProtected = environments.get(beforeEnvironment) === true;
    const isProtected = environments.get(afterEnvironment) === true;
    const environment: FieldDecision = {
      permission: "protection.lower",
      resource: name,
      field: "environment",
      before: current.environmentId ? environmentName(current.environmentId) : "",
      after: after.environmentId ? environmentName(after.environmentId) : "",
    };
    const project: FieldDecision = {
      ...environment,
      field: "project",
      before: projectName(current.projectId),
      after: projectName(after.projectId),
    };
    const decisions: { decision: FieldDecision; what: string }[] = [];
    if (wasProtected && !isProtected) {
      decisions.push({
        decision: environment,
        what: `moving ${name} out of protected ${environmentName(beforeEnvironment)} into unprotected ${environmentName(afterEnvironment)}`,
      });
    }
    if (wasProtected && transferred) {
      decisions.push({
        decision: project,
        what: `transferring ${name}, in protected ${environmentName(beforeEnvironment)}, from ${projectName(current.projectId)} to ${projectName(after.projectId)}`,
      });
    }
    if (isProtected && !wasProtected) {
      const destination = await db.project.findUnique({ where: { id: after.projectId } });
      const lowered = destination ? loweredSettings(destination) : [];
      if (lowered.length > 0) {
        decisions.push({
          decision: environment,
          what: `putting ${name} into protected ${environmentName(afterEnvironment)} in ${projectName(after.projectId)}, which has ${lowered.join(" and ")},`,
        });
      }
    }
    for (const { decision, what } of decisions) {
      requireWorkspaceDecision(req, "protection.lower", `${fieldPrefix}${decision.field}`, what);
    }
    const protectedIn = [beforeEnvironment, afterEnvironment].filter((e) => environments.get(e) === true);
    const concerned = { count: 1, names: [name], environments: [...new Set(protectedIn.map(environmentName))] };
    return decisions.map(({ decision, what }) => ({
      ...decision,
      // The refusal's words run on into "is a workspace decision"; the record's stand alone.
      summary: what.replace(/,$/, ""),
      protectedDatabases: concerned,
    }));
  }

  /** Applies one validated update inside `tx`; returns false when the etag no longer matched. */
  async function applyUpdate(
    tx: Prisma.TransactionClient,
    current: DatabaseWithInstance,
    body: Record<string, unknown>,
    mask: string[],
  ): Promise<boolean> {
    const { projectId: project, environmentId: environment, labels } = updated(current, body, mask);
    if (!(await tx.project.findUnique({ where: { id: project } }))) {
      throw ApiError.invalid("project", `projects/${project} does not exist`);
    }
    if (environment && !(await tx.environment.findUnique({ where: { id: environment } }))) {
      throw ApiError.invalid("environment", `environments/${environment} does not exist`);
    }
    const result = await tx.database.updateMany({
      where: { instanceId: current.instanceId, name: current.name, etag: current.etag },
      data: {
        projectId: project,
        environmentId: environment || null,
        labels: storeLabels(labels),
        etag: newEtag(),
      },
    });
    return result.count > 0;
  }

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases",
      summary: "List the databases a sync found on an instance (filter, showDeleted)",
      response: { resource: "database", list: "databases" },
      permission: "databases.list",
      project: { visibleWith: "databases.list" },
    },
    async (req, res) => {
      const instanceId = pathId(req, "instance", "instances");
      await findInstance(ctx, instanceId);
      res.json(await listDatabases(req, { instanceId }));
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/projects/:project/databases",
      summary: "List the databases enrolled in a project (filter)",
      response: { resource: "database", list: "databases" },
      permission: "databases.list",
      project: { param: "project" },
    },
    async (req, res) => {
      const projectId = pathId(req, "project", "projects");
      if (!(await db.project.findUnique({ where: { id: projectId } }))) throw ApiError.notFound(projectName(projectId));
      res.json(await listDatabases(req, { projectId }));
    },
  );

  // Before `GET …/:database`, which would otherwise take `shop:diff` as a database name.
  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database\\:diff",
      summary: "Drift: the schema the last applied change left behind against the schema the last sync found",
      response: { custom: "DatabaseDiff" },
      permission: "databases.getSchema",
      project: ofDatabase,
    },
    async (req, res) => {
      const row = await fromPath(req);
      const baseline = (await driftBaselines(ctx, row.instanceId)).get(row.name);
      const actual = schemaText(readTables(row.metadata) ?? []);
      const expected = baseline === undefined ? actual : normaliseSchema(baseline);
      res.json({
        name: `${databaseName(row.instanceId, row.name)}:diff`,
        drifted: row.drifted,
        hasBaseline: baseline !== undefined,
        syncTime: row.syncTime.toISOString(),
        diff:
          expected === actual
            ? ""
            : createTwoFilesPatch("applied by Tidemark", "live", expected, actual, "", "", { context: 3 }),
      });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database",
      summary: "Get a database",
      response: { resource: "database" },
      permission: "databases.get",
      project: ofDatabase,
    },
    async (req, res) => {
      res.json(toDatabase(await fromPath(req)));
    },
  );

  api.add(
    {
      method: "patch",
      path: "/v1/instances/:instance/databases/:database",
      summary: "Enrol a database: transfer it into a project, label it, override its environment",
      requestBody: { resource: "database" },
      response: { resource: "database" },
      permission: "databases.update",
      project: ofDatabase,
    },
    async (req, res) => {
      const body = bodyObject(req);
      databaseSchema.partial.validate(body);
      const mask = parseUpdateMask(req, databaseSchema, body);
      const current = await fromPath(req);
      const name = databaseName(current.instanceId, current.name);
      checkEtag(body.etag, current.etag, name);
      const decisions = await authorizeUpdate(req, current, body, mask);
      if (!(await db.$transaction((tx) => applyUpdate(tx, current, body, mask)))) throw ApiError.aborted(name);
      for (const decision of decisions) await recordDecision(ctx, req, decision);
      res.json(toDatabase(await findDatabase({ instanceId: current.instanceId, name: current.name })));
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/instances/:instance/databases\\:batchUpdate",
      summary: "Update many databases at once, all or none (`instances/-` for any instance)",
      requestBody: { request: "batchUpdateDatabases" },
      response: { resource: "database", list: "databases" },
      permission: "databases.update",
      project: { visibleWith: "databases.update" },
    },
    async (req, res) => {
      const parent = pathParam(req, "instance");
      if (parent !== "-") pathId(req, "instance", "instances");
      const { requests } = batchSchema.checked(bodyObject(req));
      // Everything is checked first; then one transaction applies all or none.
      const planned: {
        current: DatabaseWithInstance;
        fields: Record<string, unknown>;
        mask: string[];
        decisions: FieldDecision[];
      }[] = [];
      for (const [i, r] of requests.entries()) {
        const field = `requests[${i}]`;
        const key = parseDatabaseName(r.database.name, `${field}.database.name`);
        if (parent !== "-" && key.instanceId !== parent) {
          throw ApiError.invalid(`${field}.database.name`, `is not a database of instances/${parent}`);
        }
        const { name: _name, ...fields } = r.database;
        try {
          databaseSchema.partial.validate(fields);
        } catch (err) {
          throw prefixed(err, `${field}.database`);
        }
        const mask =
          r.updateMask
            ?.split(",")
            .map((s) => s.trim())
            .filter(Boolean) ?? Object.keys(fields).filter((k) => databaseSchema.writableFields.has(k));
        for (const m of mask) {
          if (!databaseSchema.writableFields.has(m)) {
            throw ApiError.invalid(`${field}.updateMask`, `${m} cannot be updated`);
          }
        }
        const current = await findDatabase(key);
        checkEtag(fields.etag, current.etag, databaseName(key.instanceId, key.name));
        const decisions = await authorizeUpdate(req, current, fields, mask, `${field}.database.`);
        planned.push({ current, fields, mask, decisions });
      }
      await db.$transaction(async (tx) => {
        for (const { current, fields, mask } of planned) {
          if (!(await applyUpdate(tx, current, fields, mask))) {
            throw ApiError.aborted(databaseName(current.instanceId, current.name));
          }
        }
      });
      for (const decision of planned.flatMap((p) => p.decisions)) await recordDecision(ctx, req, decision);
      const keys = planned.map(({ current }) => ({ instanceId: current.instanceId, name: current.name }));
      const databases: Database[] = [];
      for (const key of keys) databases.push(toDatabase(await findDatabase(key)));
      res.json({ databases });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database/metadata",
      summary: "Tables, columns and indexes as structured JSON",
      response: { custom: "DatabaseMetadata" },
      permission: "databases.getSchema",
      project: ofDatabase,
    },
    async (req, res) => {
      const row = await fromPath(req);
      const tables = readTables(row.metadata);
      res.json({
        name: `${databaseName(row.instanceId, row.name)}/metadata`,
        syncTime: row.syncTime.toISOString(),
        ...(tables === undefined ? {} : { tables }),
      });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database/schema",
      summary: "The schema as verbatim SHOW CREATE text",
      response: { custom: "DatabaseSchema" },
      permission: "databases.getSchema",
      project: ofDatabase,
    },
    async (req, res) => {
      const row = await fromPath(req);
      const tables = readTables(row.metadata) ?? [];
      res.json({ name: `${databaseName(row.instanceId, row.name)}/schema`, schema: schemaText(tables) });
    },
  );

  return api.express;
}

/** A batch item's validation error, with its fields placed under the item's path. */
function prefixed(err: unknown, prefix: string): unknown {
  if (!(err instanceof ApiError)) return err;
  const details = err.details.map((d) => ({ ...d, field: d.field ? `${prefix}.${d.field}` : prefix }));
  return new ApiError(
    err.code,
    details[0] ? `invalid ${details[0].field}: ${details[0].description}` : err.message,
    details,
  );
}
