import type { Router } from "express";
import type { ServerContext } from "../context";
import { recordDecision } from "../audit";
import { requireWorkspaceDecision } from "../auth/access";
import { ApiError } from "../http/errors";
import { labelsOf, newEtag, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import { requireReviewConfig, reviewConfigId, reviewConfigName } from "./review-config";
import type { Environment as EnvironmentRow, Prisma } from "../store/generated/sqlite/client";

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

/**
 * The protected environments a project's databases sit in (each database's override, else its
 * instance's environment), with how many databases are there: deleted ones included, since a
 * sync that finds one again makes it a target again.
 */
export async function protectedHoldings(
  db: Prisma.TransactionClient,
  projectId: string,
): Promise<{ databases: number; environments: string[] }> {
  const ids = (await db.environment.findMany({ where: { protected: true }, select: { id: true } })).map((e) => e.id);
  if (ids.length === 0) return { databases: 0, environments: [] };
  const rows = await db.database.findMany({
    where: {
      projectId,
      OR: [{ environmentId: { in: ids } }, { environmentId: null, instance: { environmentId: { in: ids } } }],
    },
    select: { environmentId: true, instance: { select: { environmentId: true } } },
  });
  const environments = new Set(rows.map((r) => environmentName(r.environmentId ?? r.instance.environmentId)));
  return { databases: rows.length, environments: [...environments].sort() };
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
    update: async (current, merged, _mask, req) => {
      await requireReviewConfig(ctx, merged.reviewConfig);
      const data = columns(merged);
      // Every database in the environment would leave protection at once.
      const unprotecting = current.protected && !data.protected;
      const name = environmentName(current.id);
      if (unprotecting)
        requireWorkspaceDecision(req, "protection.lower", "protected", `turning off protection of ${name}`);
      const updated =
        (await db.environment.updateMany({ where: { id: current.id, etag: current.etag }, data })).count > 0;
      if (updated && unprotecting) {
        await recordDecision(ctx, req, {
          permission: "protection.lower",
          resource: name,
          field: "protected",
          before: true,
          after: false,
        });
      }
      return updated;
    },
    remove: async (current) => {
      const instances = await db.instance.count({ where: { environmentId: current.id } });
      if (instances > 0) {
        throw ApiError.failedPrecondition(
          `${environmentName(current.id)} still has ${instances} instance(s): move or delete them first`,
        );
      }
      // An override naming a deleted environment would take the settings of whatever is created under its id next.
      const overrides = await db.database.count({ where: { environmentId: current.id } });
      if (overrides > 0) {
        throw ApiError.failedPrecondition(
          `${environmentName(current.id)} is the environment override of ${overrides} database(s): change their environment first`,
        );
      }
      return (await db.environment.deleteMany({ where: { id: current.id, etag: current.etag } })).count > 0;
    },
  });
  return api.express;
}
