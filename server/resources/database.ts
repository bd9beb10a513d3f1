import type { Request, Router } from "express";
import type { RouteTable } from "../http/routes";
import type { ServerContext } from "../context";
import type { TableMetadata } from "../engine/introspect";
import { ApiError } from "../http/errors";
import { pageOf, parsePage, pathId, pathParam } from "../http/resource";
import type { Database as DatabaseRow } from "../store/generated/sqlite/client";
import { findInstance, instanceName } from "./instance";

export interface Database {
  name: string;
  charset: string;
  collation: string;
  tableCount: number;
  syncTime: string;
  etag: string;
}

export const databaseName = (instanceId: string, database: string): string =>
  `${instanceName(instanceId)}/databases/${database}`;

function toDatabase(row: DatabaseRow): Database {
  return {
    name: databaseName(row.instanceId, row.name),
    charset: row.charset,
    collation: row.collation,
    tableCount: row.tableCount,
    syncTime: row.syncTime.toISOString(),
    etag: row.etag,
  };
}

interface StoredMetadata {
  tables: TableMetadata[];
}

export function databaseRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;

  async function findDatabase(req: Request): Promise<DatabaseRow> {
    const instanceId = pathId(req, "instance", "instances");
    const name = pathParam(req, "database");
    const row = await db.database.findUnique({ where: { instanceId_name: { instanceId, name } } });
    if (!row) throw ApiError.notFound(databaseName(instanceId, name));
    return row;
  }

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases",
      summary: "List the databases a sync found",
      response: { resource: "database", list: "databases" },
    },
    async (req, res) => {
      const instanceId = pathId(req, "instance", "instances");
      await findInstance(ctx, instanceId);
      const page = parsePage(req);
      const rows = await db.database.findMany({
        where: { instanceId, ...(page.after === undefined ? {} : { name: { gt: page.after } }) },
        orderBy: { name: "asc" },
        take: page.pageSize + 1,
      });
      const { items, nextPageToken } = pageOf(rows, page, (r) => r.name);
      res.json({ databases: items.map(toDatabase), ...(nextPageToken ? { nextPageToken } : {}) });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database",
      summary: "Get a database",
      response: { resource: "database" },
    },
    async (req, res) => {
      res.json(toDatabase(await findDatabase(req)));
    },
  );

  /** Structured metadata: tables, columns, indexes, as the last sync found them. */
  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database/metadata",
      summary: "Tables, columns and indexes as structured JSON",
      response: { custom: "DatabaseMetadata" },
    },
    async (req, res) => {
      const row = await findDatabase(req);
      const metadata = JSON.parse(row.metadata) as StoredMetadata;
      res.json({
        name: `${databaseName(row.instanceId, row.name)}/metadata`,
        syncTime: row.syncTime.toISOString(),
        ...metadata,
      });
    },
  );

  /** The schema as DDL: each table's `SHOW CREATE` text, verbatim. */
  api.add(
    {
      method: "get",
      path: "/v1/instances/:instance/databases/:database/schema",
      summary: "The schema as verbatim SHOW CREATE text",
      response: { custom: "DatabaseSchema" },
    },
    async (req, res) => {
      const row = await findDatabase(req);
      const metadata = JSON.parse(row.metadata) as StoredMetadata;
      const schema = metadata.tables.map((t) => `${t.createStatement};\n`).join("\n");
      res.json({ name: `${databaseName(row.instanceId, row.name)}/schema`, schema });
    },
  );

  return api.express;
}
