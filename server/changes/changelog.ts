// Changelogs: what was applied to each database, by whom, when, and the schema before and after.
import type { Request, Router } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { matchesFilter, parseFilter } from "../http/filter";
import { pageOf, parsePage, pathId, pathParam } from "../http/resource";
import type { RouteTable } from "../http/routes";
import type { Changelog as ChangelogRow } from "../store/generated/sqlite/client";
import { databaseName } from "../resources/database";
import { isArrayOf, isString, readJson } from "../store/json";

export function toChangelog(row: ChangelogRow): Record<string, unknown> {
  return {
    name: `${databaseName(row.instanceId, row.databaseName)}/changelogs/${row.id}`,
    change: row.change,
    version: row.version,
    statements: readJson(row.statements, isArrayOf(isString), "Changelog.statements"),
    checksum: row.checksum,
    status: row.status,
    appliedStatements: row.appliedStatements,
    error: row.error,
    actor: row.actor,
    createTime: row.createTime.toISOString(),
    durationMs: row.durationMs,
    schemaBefore: row.schemaBefore,
    schemaAfter: row.schemaAfter,
  };
}

/** The fields a list of changelogs filters on, each read from a row. */
const FILTER_FIELDS = new Map<string, (row: ChangelogRow) => string>([
  ["version", (r) => r.version],
  ["status", (r) => r.status],
  ["change", (r) => r.change],
]);

const ofDatabase = { project: { database: { instance: "instance", database: "database" } } } as const;

export function changelogRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  const key = (req: Request) => ({
    instanceId: pathId(req, "instance", "instances"),
    databaseName: pathParam(req, "database"),
  });

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database/changelogs",
      summary: "A database's changelogs, newest first (filter on version, status, change)",
      response: { custom: "ChangelogList" },
      permission: "changelogs.list",
      ...ofDatabase,
    },
    async (req, res) => {
      const where = key(req);
      if (
        !(await db.database.findUnique({
          where: { instanceId_name: { instanceId: where.instanceId, name: where.databaseName } },
        }))
      ) {
        throw ApiError.notFound(databaseName(where.instanceId, where.databaseName));
      }
      const page = parsePage(req);
      const filter = parseFilter(req.query.filter, (f) => FILTER_FIELDS.has(f));
      const rows = await db.changelog.findMany({
        where: { ...where, ...(page.after === undefined ? {} : { id: { lt: page.after } }) },
        orderBy: { id: "desc" },
      });
      const matching = rows.filter((r) => matchesFilter(filter, (f) => FILTER_FIELDS.get(f)?.(r) ?? ""));
      const { items, nextPageToken } = pageOf(matching.slice(0, page.pageSize + 1), page, (r) => r.id);
      res.json({ changelogs: items.map(toChangelog), ...(nextPageToken ? { nextPageToken } : {}) });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database/changelogs/:changelog",
      summary: "One changelog, with the schema before and after",
      response: { custom: "Changelog" },
      permission: "changelogs.get",
      ...ofDatabase,
    },
    async (req, res) => {
      const where = key(req);
      const id = pathParam(req, "changelog");
      const row = await db.changelog.findUnique({ where: { instanceId_databaseName_id: { ...where, id } } });
      if (!row) throw ApiError.notFound(`${databaseName(where.instanceId, where.databaseName)}/changelogs/${id}`);
      res.json(toChangelog(row));
    },
  );

  return api.express;
}
