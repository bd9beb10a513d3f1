import type { Router } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { labelsOf, newEtag, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import { requireReviewConfig, reviewConfigId, reviewConfigName } from "./review-config";
import type { Environment as EnvironmentRow } from "../store/generated/sqlite/client";

export const environmentSchema = resourceSchema("environment");

export interface Environment {
  name: string;
  title: string;
  order: number;
  protected: boolean;
  labels: Record<string, string>;
  reviewConfig: string;
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
    reviewConfig: reviewConfigName(row.reviewConfigId),
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

/** The stored columns of a validated body; absent optional fields take their defaults. */
function columns(input: Record<string, unknown>): Omit<EnvironmentRow, "id" | "createTime" | "updateTime"> {
  return {
    title: input.title as string,
    order: (input.order as number | undefined) ?? 0,
    protected: (input.protected as boolean | undefined) ?? false,
    labels: storeLabels(input.labels),
    reviewConfigId: reviewConfigId(input.reviewConfig),
    etag: newEtag(),
  };
}

export function environmentRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  standardRoutes(api, {
    schema: environmentSchema,
    noun: "environment",
    toResource: toEnvironment,
    find: (id) => ctx.store.findById("Environment", id),
    page: (after, take) =>
      db.environment.findMany({
        where: after === undefined ? {} : { id: { gt: after } },
        orderBy: { id: "asc" },
        take,
      }),
    create: async (id, input) => {
      await requireReviewConfig(ctx, input.reviewConfig);
      await db.environment.create({ data: { id, ...columns(input) } });
    },
    update: async (current, merged) => {
      await requireReviewConfig(ctx, merged.reviewConfig);
      const data = columns(merged);
      return (await db.environment.updateMany({ where: { id: current.id, etag: current.etag }, data })).count > 0;
    },
    remove: async (current) => {
      const instances = await db.instance.count({ where: { environmentId: current.id } });
      if (instances > 0) {
        throw ApiError.failedPrecondition(
          `${environmentName(current.id)} still has ${instances} instance(s): move or delete them first`,
        );
      }
      return (await db.environment.deleteMany({ where: { id: current.id, etag: current.etag } })).count > 0;
    },
  });
  return api.express;
}
