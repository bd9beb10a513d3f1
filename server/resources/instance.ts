import type { Router } from "express";
import type { RouteTable } from "../http/routes";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import {
  bodyObject,
  checkEtag,
  labelsOf,
  mergeUpdate,
  newEtag,
  pageOf,
  parsePage,
  parseResourceId,
  parseUpdateMask,
  pathId,
  requestEtag,
  storeLabels,
} from "../http/resource";
import { resourceSchema } from "../http/schemas";
import type { Instance as InstanceRow } from "../store/generated/sqlite/client";
import { checkDataSource, syncInstance } from "../sync";
import {
  checkDataSourceTypes,
  connectionTarget,
  type DataSource,
  type DataSourceInput,
  publicDataSource,
  sealDataSources,
  type StoredDataSource,
  storedDataSources,
} from "./data-source";
import { environmentName } from "./environment";

export const instanceSchema = resourceSchema("instance");

export type Engine = "TIDB" | "MYSQL" | "MARIADB";

export interface Instance {
  name: string;
  title: string;
  engine: Engine;
  environment: string;
  labels: Record<string, string>;
  dataSources: DataSource[];
  engineVersion: string;
  databases: string[];
  lastSyncTime?: string;
  syncError: string;
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
    engine: row.engine as Engine,
    environment: environmentName(row.environmentId),
    labels: labelsOf(row.labels),
    dataSources: storedDataSources(row).map(publicDataSource),
    engineVersion: row.engineVersion,
    databases: row.databases.map((d) => d.name).sort(),
    ...(row.lastSyncTime ? { lastSyncTime: row.lastSyncTime.toISOString() } : {}),
    syncError: row.syncError,
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

const withDatabases = { databases: { select: { name: true } } } as const;

export async function findInstance(ctx: ServerContext, id: string): Promise<InstanceWithDatabases> {
  const row = await ctx.store.client.instance.findUnique({ where: { id }, include: withDatabases });
  if (!row) throw ApiError.notFound(instanceName(id));
  return row;
}

export function instanceRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;

  api.add(
    {
      method: "post",
      path: "/v1/instances",
      summary: "Create an instance: connect, sync, and record it",
      requestBody: { resource: "instance" },
      response: { resource: "instance" },
    },
    async (req, res) => {
      const id = parseResourceId(req.query.instanceId, "instanceId");
      const body = bodyObject(req);
      instanceSchema.full.validate(body);
      const input = instanceSchema.writableOnly(body);
      const dataSources = input.dataSources as DataSourceInput[];
      checkDataSourceTypes(dataSources);
      const environmentId = await requireEnvironment(ctx, input.environment as string);
      if (await db.instance.findUnique({ where: { id } })) throw ApiError.alreadyExists(instanceName(id));
      const stored = sealDataSources(ctx, dataSources, []);
      await checkReachable(ctx, stored);
      try {
        await db.instance.create({
          data: {
            id,
            title: input.title as string,
            engine: input.engine as string,
            environmentId,
            labels: storeLabels(input.labels),
            dataSources: JSON.stringify(stored),
            etag: newEtag(),
          },
        });
      } catch (err) {
        if ((err as { code?: string }).code === "P2002") throw ApiError.alreadyExists(instanceName(id));
        throw err;
      }
      await syncInstance(ctx, id);
      res.json(toInstance(await findInstance(ctx, id)));
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/instances",
      summary: "List instances",
      response: { resource: "instance", list: "instances" },
    },
    async (req, res) => {
      const page = parsePage(req);
      const rows = await db.instance.findMany({
        where: page.after === undefined ? {} : { id: { gt: page.after } },
        orderBy: { id: "asc" },
        take: page.pageSize + 1,
        include: withDatabases,
      });
      const { items, nextPageToken } = pageOf(rows, page, (r) => r.id);
      res.json({ instances: items.map(toInstance), ...(nextPageToken ? { nextPageToken } : {}) });
    },
  );

  api.add(
    { method: "get", path: "/v1/instances/:id", summary: "Get an instance", response: { resource: "instance" } },
    async (req, res) => {
      res.json(toInstance(await findInstance(ctx, pathId(req, "id", "instances"))));
    },
  );

  api.add(
    {
      method: "patch",
      path: "/v1/instances/:id",
      summary: "Update an instance's masked fields and sync it",
      requestBody: { resource: "instance" },
      response: { resource: "instance" },
    },
    async (req, res) => {
      const id = pathId(req, "id", "instances");
      const body = bodyObject(req);
      instanceSchema.partial.validate(body);
      const mask = parseUpdateMask(req, instanceSchema, body);
      const current = await findInstance(ctx, id);
      checkEtag(body.etag, current.etag, instanceName(id));
      const merged = mergeUpdate(instanceSchema, toInstance(current), body, mask);
      if (mask.includes("engine") && merged.engine !== current.engine) {
        throw ApiError.invalid("engine", "is immutable: create a new instance to change engines");
      }
      const data: Record<string, unknown> = {
        title: merged.title,
        labels: storeLabels(merged.labels),
        environmentId: await requireEnvironment(ctx, merged.environment as string),
        etag: newEtag(),
      };
      if (mask.includes("dataSources")) {
        const dataSources = merged.dataSources as DataSourceInput[];
        checkDataSourceTypes(dataSources);
        const stored = sealDataSources(ctx, dataSources, storedDataSources(current));
        await checkReachable(ctx, stored);
        data.dataSources = JSON.stringify(stored);
      }
      const updated = await db.instance.updateMany({ where: { id, etag: current.etag }, data });
      if (updated.count === 0) throw ApiError.aborted(instanceName(id));
      await syncInstance(ctx, id);
      res.json(toInstance(await findInstance(ctx, id)));
    },
  );

  api.add(
    {
      method: "delete",
      path: "/v1/instances/:id",
      summary: "Delete an instance and what Tidemark knows of its databases",
    },
    async (req, res) => {
      const id = pathId(req, "id", "instances");
      const current = await findInstance(ctx, id);
      checkEtag(requestEtag(req), current.etag, instanceName(id));
      const deleted = await db.instance.deleteMany({ where: { id, etag: current.etag } });
      if (deleted.count === 0) throw ApiError.aborted(instanceName(id));
      res.json({});
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/instances/:id\\:sync",
      summary: "Sync the instance's schema now",
      response: { resource: "instance" },
    },
    async (req, res) => {
      const id = pathId(req, "id", "instances");
      await findInstance(ctx, id);
      await syncInstance(ctx, id);
      res.json(toInstance(await findInstance(ctx, id)));
    },
  );

  return api.express;
}
