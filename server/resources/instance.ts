import type { Router } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { labelsOf, newEtag, pathId, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import type { Instance as InstanceRow, Prisma } from "../store/generated/sqlite/client";
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

const withDatabases = { databases: { where: { state: "ACTIVE" }, select: { name: true } } } as const;

export async function findInstance(ctx: ServerContext, id: string): Promise<InstanceWithDatabases> {
  const row = await ctx.store.client.instance.findUnique({ where: { id }, include: withDatabases });
  if (!row) throw ApiError.notFound(instanceName(id));
  return row;
}

export function instanceRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  standardRoutes(api, {
    schema: instanceSchema,
    noun: "instance",
    toResource: toInstance,
    find: (id) => db.instance.findUnique({ where: { id }, include: withDatabases }),
    page: (after, take) =>
      db.instance.findMany({
        where: after === undefined ? {} : { id: { gt: after } },
        orderBy: { id: "asc" },
        take,
        include: withDatabases,
      }),
    create: async (id, input) => {
      const dataSources = input.dataSources as DataSourceInput[];
      checkDataSourceTypes(dataSources);
      const environmentId = await requireEnvironment(ctx, input.environment as string);
      const stored = sealDataSources(ctx, dataSources, []);
      // Nothing is stored until every data source connects: no half-created instances.
      await checkReachable(ctx, stored);
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
      await syncInstance(ctx, id);
    },
    update: async (current, merged, mask) => {
      const data: Prisma.InstanceUpdateManyMutationInput & { environmentId: string } = {
        title: merged.title as string,
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
      const updated = await db.instance.updateMany({ where: { id: current.id, etag: current.etag }, data });
      if (updated.count === 0) return false;
      await syncInstance(ctx, current.id);
      return true;
    },
    remove: async (current) =>
      (await db.instance.deleteMany({ where: { id: current.id, etag: current.etag } })).count > 0,
  });

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
      await findInstance(ctx, id);
      await syncInstance(ctx, id);
      res.json(toInstance(await findInstance(ctx, id)));
    },
  );

  return api.express;
}
