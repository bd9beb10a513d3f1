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
import type { Environment as EnvironmentRow } from "../store/generated/sqlite/client";

export const environmentSchema = resourceSchema("environment");

export interface Environment {
  name: string;
  title: string;
  order: number;
  protected: boolean;
  labels: Record<string, string>;
  etag: string;
  createTime: string;
  updateTime: string;
}

export const environmentName = (id: string): string => `environments/${id}`;

function toEnvironment(row: EnvironmentRow): Environment {
  return {
    name: environmentName(row.id),
    title: row.title,
    order: row.order,
    protected: row.protected,
    labels: labelsOf(row.labels),
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

async function findEnvironment(ctx: ServerContext, id: string): Promise<EnvironmentRow> {
  const row = await ctx.store.client.environment.findUnique({ where: { id } });
  if (!row) throw ApiError.notFound(environmentName(id));
  return row;
}

export function environmentRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;

  api.add(
    {
      method: "post",
      path: "/v1/environments",
      summary: "Create an environment",
      requestBody: { resource: "environment" },
      response: { resource: "environment" },
    },
    async (req, res) => {
      const id = parseResourceId(req.query.environmentId, "environmentId");
      const body = bodyObject(req);
      environmentSchema.full.validate(body);
      const input = environmentSchema.writableOnly(body);
      if (await db.environment.findUnique({ where: { id } })) throw ApiError.alreadyExists(environmentName(id));
      try {
        const row = await db.environment.create({
          data: {
            id,
            title: input.title as string,
            order: (input.order as number | undefined) ?? 0,
            protected: (input.protected as boolean | undefined) ?? false,
            labels: storeLabels(input.labels),
            etag: newEtag(),
          },
        });
        res.status(200).json(toEnvironment(row));
      } catch (err) {
        if ((err as { code?: string }).code === "P2002") throw ApiError.alreadyExists(environmentName(id));
        throw err;
      }
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/environments",
      summary: "List environments",
      response: { resource: "environment", list: "environments" },
    },
    async (req, res) => {
      const page = parsePage(req);
      const rows = await db.environment.findMany({
        where: page.after === undefined ? {} : { id: { gt: page.after } },
        orderBy: { id: "asc" },
        take: page.pageSize + 1,
      });
      const { items, nextPageToken } = pageOf(rows, page, (r) => r.id);
      res.json({ environments: items.map(toEnvironment), ...(nextPageToken ? { nextPageToken } : {}) });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/environments/:id",
      summary: "Get an environment",
      response: { resource: "environment" },
    },
    async (req, res) => {
      res.json(toEnvironment(await findEnvironment(ctx, pathId(req, "id", "environments"))));
    },
  );

  api.add(
    {
      method: "patch",
      path: "/v1/environments/:id",
      summary: "Update an environment's masked fields",
      requestBody: { resource: "environment" },
      response: { resource: "environment" },
    },
    async (req, res) => {
      const id = pathId(req, "id", "environments");
      const body = bodyObject(req);
      environmentSchema.partial.validate(body);
      const mask = parseUpdateMask(req, environmentSchema, body);
      const current = await findEnvironment(ctx, id);
      checkEtag(body.etag, current.etag, environmentName(id));
      const merged = mergeUpdate(environmentSchema, toEnvironment(current), body, mask);
      const updated = await db.environment.updateMany({
        where: { id, etag: current.etag },
        data: {
          title: merged.title as string,
          order: (merged.order as number | undefined) ?? 0,
          protected: (merged.protected as boolean | undefined) ?? false,
          labels: storeLabels(merged.labels),
          etag: newEtag(),
        },
      });
      if (updated.count === 0) throw ApiError.aborted(environmentName(id));
      res.json(toEnvironment(await findEnvironment(ctx, id)));
    },
  );

  api.add(
    { method: "delete", path: "/v1/environments/:id", summary: "Delete an environment that no instance uses" },
    async (req, res) => {
      const id = pathId(req, "id", "environments");
      const current = await findEnvironment(ctx, id);
      checkEtag(requestEtag(req), current.etag, environmentName(id));
      const instances = await db.instance.count({ where: { environmentId: id } });
      if (instances > 0) {
        throw ApiError.failedPrecondition(
          `${environmentName(id)} still has ${instances} instance(s): move or delete them first`,
        );
      }
      const deleted = await db.environment.deleteMany({ where: { id, etag: current.etag } });
      if (deleted.count === 0) throw ApiError.aborted(environmentName(id));
      res.json({});
    },
  );

  return api.express;
}
