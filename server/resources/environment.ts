import type { Router } from "express";
import type { ServerContext } from "../context";
import { type ConcernedDatabases, type FieldDecision, MAX_NAMED_DATABASES, recordDecision } from "../audit";
import { requireWorkspaceDecision } from "../auth/access";
import { ApiError } from "../http/errors";
import { labelsOf, newEtag, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import { requireReviewConfig, reviewConfigId, reviewConfigName } from "./review-config";
import type { Environment as EnvironmentRow, Prisma } from "../store/generated/sqlite/client";
import type { Environment as EnvironmentBody } from "../../schema/generated/types";

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
function columns(input: EnvironmentBody): Omit<EnvironmentRow, "id" | "createTime" | "updateTime"> {
  return {
    title: input.title,
    order: input.order ?? 0,
    protected: input.protected ?? false,
    labels: storeLabels(input.labels),
    reviewConfigId: reviewConfigId(input.reviewConfig),
    etag: newEtag(),
  };
}

/** The databases whose environment is one of `ids`: their override, else their instance's. */
const inEnvironments = (ids: string[]): Prisma.DatabaseWhereInput => ({
  OR: [{ environmentId: { in: ids } }, { environmentId: null, instance: { environmentId: { in: ids } } }],
});

/**
 * The databases `where` selects, for a decision's refusal and its audit record, with the
 * environments they sit in: deleted ones included, since a sync that finds one again makes it a
 * target again.
 */
export async function concernedDatabases(
  db: Prisma.TransactionClient,
  where: Prisma.DatabaseWhereInput,
): Promise<ConcernedDatabases> {
  const rows = await db.database.findMany({
    where,
    select: { instanceId: true, name: true, environmentId: true, instance: { select: { environmentId: true } } },
    orderBy: [{ instanceId: "asc" }, { name: "asc" }],
  });
  const environments = new Set(rows.map((r) => environmentName(r.environmentId ?? r.instance.environmentId)));
  return {
    count: rows.length,
    // databaseName's form: server/resources/database.ts imports this module, not the other way.
    names: rows.slice(0, MAX_NAMED_DATABASES).map((r) => `instances/${r.instanceId}/databases/${r.name}`),
    environments: [...environments].sort(),
  };
}

/** The databases `where` selects that sit in a protected environment. */
export async function protectedDatabases(
  db: Prisma.TransactionClient,
  where: Prisma.DatabaseWhereInput,
): Promise<ConcernedDatabases> {
  const ids = (await db.environment.findMany({ where: { protected: true }, select: { id: true } })).map((e) => e.id);
  if (ids.length === 0) return { count: 0, names: [], environments: [] };
  return concernedDatabases(db, { AND: [where, inEnvironments(ids)] });
}

/** The protected environments a project's databases sit in, and which databases are there. */
export const protectedHoldings = (db: Prisma.TransactionClient, projectId: string): Promise<ConcernedDatabases> =>
  protectedDatabases(db, { projectId });

/** "1 database(s) in protected environments (environments/prod)", for a decision's words. */
export const holdingWords = (held: ConcernedDatabases): string =>
  `${held.count} database(s) in protected environments (${held.environments.join(", ")})`;

/**
 * A protected environment's review config stands in for the built-in safety review (server/changes/review.ts):
 * taking it away, swapping it or putting one in place of the built-in one may drop rules its
 * databases' changes are held to.
 */
function reviewConfigChange(name: string, before: string, after: string): string {
  if (!before) return `replacing the built-in safety review of protected ${name} with ${reviewConfigName(after)}`;
  if (!after) return `removing ${reviewConfigName(before)} from protected ${name}`;
  return `replacing ${reviewConfigName(before)} with ${reviewConfigName(after)} on protected ${name}`;
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
      const name = environmentName(current.id);
      const lowerings: { field: string; before: unknown; after: unknown; what: string }[] = [];
      // Every database in the environment would leave protection at once.
      if (current.protected && !data.protected) {
        lowerings.push({ field: "protected", before: true, after: false, what: `turning off protection of ${name}` });
      }
      if (current.protected && data.reviewConfigId !== current.reviewConfigId) {
        lowerings.push({
          field: "reviewConfig",
          before: reviewConfigName(current.reviewConfigId),
          after: reviewConfigName(data.reviewConfigId),
          what: reviewConfigChange(name, current.reviewConfigId, data.reviewConfigId),
        });
      }
      for (const { field, what } of lowerings) requireWorkspaceDecision(req, "protection.lower", field, what);
      const held = lowerings.length > 0 ? await protectedDatabases(db, inEnvironments([current.id])) : undefined;
      const decisions: FieldDecision[] = lowerings.map(({ what, ...change }) => ({
        permission: "protection.lower",
        resource: name,
        ...change,
        summary: held && held.count > 0 ? `${what}, which holds ${holdingWords(held)}` : what,
        ...(held ? { protectedDatabases: held } : {}),
      }));
      const updated =
        (await db.environment.updateMany({ where: { id: current.id, etag: current.etag }, data })).count > 0;
      if (updated) for (const decision of decisions) await recordDecision(ctx, req, decision);
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
