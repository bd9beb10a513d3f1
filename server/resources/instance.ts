import type { Request, Router } from "express";
import type { ServerContext } from "../context";
import { type ConcernedDatabases, type FieldDecision, recordDecision } from "../audit";
import { requireWorkspaceDecision } from "../auth/access";
import { ApiError } from "../http/errors";
import { labelsOf, newEtag, pathId, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import type { Instance as InstanceRow, Prisma } from "../store/generated/sqlite/client";
import { isOneOf, storedValue } from "../store/json";
import {
  INSTANCE_ENGINE_VALUES,
  INSTANCE_STATE_VALUES,
  type InstanceEngine,
  type InstanceState,
} from "../../schema/generated/types";
import { checkDataSource, syncInstance } from "../sync";
import {
  checkDataSourceTypes,
  connectionTarget,
  type DataSource,
  publicDataSource,
  sealDataSources,
  type StoredDataSource,
  storedDataSources,
} from "./data-source";
import { concernedDatabases, environmentName } from "./environment";
import { loweredProjects } from "./project";

export const instanceSchema = resourceSchema("instance");

export type Engine = InstanceEngine;

const isEngine = isOneOf(INSTANCE_ENGINE_VALUES);
const isState = isOneOf(INSTANCE_STATE_VALUES);

export interface Instance {
  name: string;
  title: string;
  engine: Engine;
  environment: string;
  labels: Record<string, string>;
  dataSources: DataSource[];
  engineVersion: string;
  databases: string[];
  syncInterval: string;
  lastSyncTime?: string;
  syncError: string;
  state: InstanceState;
  deleteTime?: string;
  etag: string;
  createTime: string;
  updateTime: string;
}

export const instanceName = (id: string): string => `instances/${id}`;

type InstanceWithDatabases = InstanceRow & { databases: { name: string }[] };

function toInstance(row: InstanceWithDatabases): Instance {
  return {
    name: instanceName(row.id),
    title: row.title,
    engine: storedValue(row.engine, isEngine, "Instance.engine"),
    environment: environmentName(row.environmentId),
    labels: labelsOf(row.labels),
    dataSources: storedDataSources(row).map(publicDataSource),
    engineVersion: row.engineVersion,
    databases: row.databases.map((d) => d.name).sort(),
    syncInterval: `${row.syncInterval}s`,
    ...(row.lastSyncTime ? { lastSyncTime: row.lastSyncTime.toISOString() } : {}),
    syncError: row.syncError,
    state: storedValue(row.state, isState, "Instance.state"),
    ...(row.deleteTime ? { deleteTime: row.deleteTime.toISOString() } : {}),
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

async function requireEnvironment(ctx: ServerContext, environment: string): Promise<string> {
  const id = environment.replace(/^environments\//, "");
  if (!(await ctx.store.client.environment.findUnique({ where: { id } }))) {
    throw ApiError.invalid("environment", `${environment} does not exist`);
  }
  return id;
}

/** Connects with every data source before anything is stored: a bad one names itself. */
async function checkReachable(ctx: ServerContext, stored: StoredDataSource[]): Promise<void> {
  for (const [i, ds] of stored.entries()) {
    const problem = await checkDataSource(connectionTarget(ctx, ds));
    if (problem) {
      throw ApiError.failedPrecondition(`cannot connect with the ${ds.type} data source: ${problem}`, [
        { field: `dataSources[${i}]`, description: problem },
      ]);
    }
  }
}

/** A deleted instance is kept for its history, but nothing runs against it. */
function requireActive(row: InstanceRow): void {
  if (row.state === "DELETED") {
    throw ApiError.failedPrecondition(`${instanceName(row.id)} is deleted: undelete it first`);
  }
}

/** `"3600s"` → the stored interval and when the first scheduled sync is due. */
function scheduleOf(interval: unknown): { syncInterval: number; nextSyncTime: Date | null } {
  const seconds = typeof interval === "string" ? Number(interval.replace(/s$/, "")) : 0;
  return { syncInterval: seconds, nextSyncTime: seconds > 0 ? new Date(Date.now() + seconds * 1000) : null };
}

const withDatabases = { databases: { where: { state: "ACTIVE" }, select: { name: true } } } as const;

export async function findInstance(ctx: ServerContext, id: string): Promise<InstanceWithDatabases> {
  const row = await ctx.store.client.instance.findUnique({ where: { id }, include: withDatabases });
  if (!row) throw ApiError.notFound(instanceName(id));
  return row;
}

/**
 * An instance's databases without an environment override take its environment, so moving it is
 * moving them, and a workspace decision when it lowers their protection as it would be for one
 * database (server/resources/database.ts): out of a protected environment into an unprotected
 * one, or into a protected one in a project that does not hold every protective setting.
 */
async function protectionDecisions(
  ctx: ServerContext,
  req: Request,
  current: InstanceRow,
  environmentId: string,
): Promise<FieldDecision[]> {
  if (environmentId === current.environmentId) return [];
  const db = ctx.store.client;
  const name = instanceName(current.id);
  const before = environmentName(current.environmentId);
  const after = environmentName(environmentId);
  const protectedIds = new Set(
    (await db.environment.findMany({ where: { protected: true }, select: { id: true } })).map((e) => e.id),
  );
  const wasProtected = protectedIds.has(current.environmentId);
  const isProtected = protectedIds.has(environmentId);
  const inheriting = { instanceId: current.id, environmentId: null };
  let summary: string;
  let concerned: ConcernedDatabases;
  if (wasProtected && !isProtected) {
    concerned = await concernedDatabases(db, inheriting);
    summary = `moving ${name} out of protected ${before} into unprotected ${after}, which takes its ${concerned.count} database(s) without an environment override out of protection`;
  } else if (isProtected && !wasProtected) {
    const moved = await concernedDatabases(db, { ...inheriting, project: loweredProjects() });
    // Once moved they are in the protected environment: that is the one the decision concerns.
    concerned = { ...moved, environments: [after] };
    summary = `moving ${name} into protected ${after}, which puts ${concerned.count} database(s) without an environment override into it in projects that have approval or review enforcement off or self-approval on`;
  } else {
    return [];
  }
  if (concerned.count === 0) return [];
  requireWorkspaceDecision(req, "protection.lower", "environment", summary);
  const decision: FieldDecision = {
    permission: "protection.lower",
    resource: name,
    field: "environment",
    before,
    after,
  };
  return [{ ...decision, summary, protectedDatabases: concerned }];
}

export function instanceRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  standardRoutes(api, {
    schema: instanceSchema,
    noun: "instance",
    toResource: toInstance,
    find: (id) => db.instance.findUnique({ where: { id }, include: withDatabases }),
    page: (after, take, req) =>
      db.instance.findMany({
        where: {
          ...(after === undefined ? {} : { id: { gt: after } }),
          ...(req.query.showDeleted === "true" ? {} : { state: "ACTIVE" }),
        },
        orderBy: { id: "asc" },
        take,
        include: withDatabases,
      }),
    create: async (id, input) => {
      const dataSources = input.dataSources;
      checkDataSourceTypes(dataSources);
      const environmentId = await requireEnvironment(ctx, input.environment);
      const stored = sealDataSources(ctx, dataSources, []);
      // Nothing is stored until every data source connects: no half-created instances.
      await checkReachable(ctx, stored);
      await db.instance.create({
        data: {
          id,
          title: input.title,
          engine: input.engine,
          environmentId,
          labels: storeLabels(input.labels),
          dataSources: JSON.stringify(stored),
          ...scheduleOf(input.syncInterval),
          etag: newEtag(),
        },
      });
      await syncInstance(ctx, id);
    },
    update: async (current, merged, mask, req) => {
      requireActive(current);
      const environmentId = await requireEnvironment(ctx, merged.environment);
      const decisions = await protectionDecisions(ctx, req, current, environmentId);
      const data: Prisma.InstanceUpdateManyMutationInput & { environmentId: string } = {
        title: merged.title,
        labels: storeLabels(merged.labels),
        environmentId,
        ...(mask.includes("syncInterval") ? scheduleOf(merged.syncInterval) : {}),
        etag: newEtag(),
      };
      if (mask.includes("dataSources")) {
        const dataSources = merged.dataSources;
        checkDataSourceTypes(dataSources);
        const stored = sealDataSources(ctx, dataSources, storedDataSources(current));
        await checkReachable(ctx, stored);
        data.dataSources = JSON.stringify(stored);
      }
      const updated = await db.instance.updateMany({ where: { id: current.id, etag: current.etag }, data });
      if (updated.count === 0) return false;
      for (const decision of decisions) await recordDecision(ctx, req, decision);
      await syncInstance(ctx, current.id);
      return true;
    },
    remove: async (current, req) => {
      const where = { id: current.id, etag: current.etag };
      if (req.query.purge === "true") return (await db.instance.deleteMany({ where })).count > 0;
      // Soft delete: the instance and what it knew stay until purged, and :undelete restores them.
      const data = { state: "DELETED", deleteTime: new Date(), nextSyncTime: null, etag: newEtag() };
      return (await db.instance.updateMany({ where, data })).count > 0;
    },
  });

  api.add(
    {
      method: "post",
      path: "/v1/instances/:id\\:undelete",
      summary: "Restore a deleted instance",
      response: { resource: "instance" },
      permission: "instances.undelete",
    },
    async (req, res) => {
      const id = pathId(req, "id", "instances");
      const current = await findInstance(ctx, id);
      if (current.state !== "DELETED") throw ApiError.failedPrecondition(`${instanceName(id)} is not deleted`);
      await db.instance.update({
        where: { id },
        data: { state: "ACTIVE", deleteTime: null, ...scheduleOf(`${current.syncInterval}s`), etag: newEtag() },
      });
      res.json(toInstance(await findInstance(ctx, id)));
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/instances/:id\\:sync",
      summary: "Sync the instance's schema now",
      response: { resource: "instance" },
      permission: "instances.sync",
    },
    async (req, res) => {
      const id = pathId(req, "id", "instances");
      requireActive(await findInstance(ctx, id));
      await syncInstance(ctx, id);
      res.json(toInstance(await findInstance(ctx, id)));
    },
  );

  return api.express;
}
