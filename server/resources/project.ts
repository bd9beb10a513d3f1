import type { Router } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { labelsOf, newEtag, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import type { Project as ProjectRow } from "../store/generated/sqlite/client";

export const projectSchema = resourceSchema("project");

/** Where discovered databases start, and where a forced project delete sends its databases. */
export const DEFAULT_PROJECT = "default";

export interface Project {
  name: string;
  title: string;
  labels: Record<string, string>;
  requireApproval: boolean;
  enforceSqlReview: boolean;
  allowSelfApproval: boolean;
  etag: string;
  createTime: string;
  updateTime: string;
}

export const projectName = (id: string): string => `projects/${id}`;

function toProject(row: ProjectRow): Project {
  return {
    name: projectName(row.id),
    title: row.title,
    labels: labelsOf(row.labels),
    requireApproval: row.requireApproval,
    enforceSqlReview: row.enforceSqlReview,
    allowSelfApproval: row.allowSelfApproval,
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

function columns(input: Record<string, unknown>): Omit<ProjectRow, "id" | "createTime" | "updateTime"> {
  return {
    title: input.title as string,
    labels: storeLabels(input.labels),
    requireApproval: (input.requireApproval as boolean | undefined) ?? true,
    enforceSqlReview: (input.enforceSqlReview as boolean | undefined) ?? true,
    allowSelfApproval: (input.allowSelfApproval as boolean | undefined) ?? false,
    etag: newEtag(),
  };
}

export function projectRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  standardRoutes(api, {
    schema: projectSchema,
    noun: "project",
    toResource: toProject,
    find: (id) => db.project.findUnique({ where: { id } }),
    page: (after, take) =>
      db.project.findMany({ where: after === undefined ? {} : { id: { gt: after } }, orderBy: { id: "asc" }, take }),
    create: async (id, input) => {
      await db.project.create({ data: { id, ...columns(input) } });
    },
    update: async (current, merged) =>
      (await db.project.updateMany({ where: { id: current.id, etag: current.etag }, data: columns(merged) })).count > 0,
    remove: async (current, req) => {
      if (current.id === DEFAULT_PROJECT) {
        throw ApiError.failedPrecondition("the default project cannot be deleted: it holds every unassigned database");
      }
      const force = req.query.force === "true";
      return db.$transaction(async (tx) => {
        const owned = await tx.database.count({ where: { projectId: current.id } });
        if (owned > 0 && !force) {
          throw ApiError.failedPrecondition(
            `${projectName(current.id)} still owns ${owned} database(s): transfer them first, or delete with force=true to move them to projects/${DEFAULT_PROJECT}`,
            [{ field: "force", description: "required to delete a project that owns databases" }],
          );
        }
        await tx.database.updateMany({ where: { projectId: current.id }, data: { projectId: DEFAULT_PROJECT } });
        return (await tx.project.deleteMany({ where: { id: current.id, etag: current.etag } })).count > 0;
      });
    },
  });
  return api.express;
}
