import { Router } from "express";
import type { ServerContext } from "../context";
import type { TableMetadata } from "../engine/introspect";
import { ApiError } from "../http/errors";
import { pageOf, parsePage, pathId } from "../http/resource";
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

export function databaseRoutes(ctx: ServerContext): Router {
  const router = Router();
  const db = ctx.store.client;

  async function findDatabase(instance: string | undefined, database: string | undefined): Promise<DatabaseRow> {
    const instanceId = pathId(instance, "instances");
    const name = database ?? "";
    const row = await db.database.findUnique({ where: { instanceId_name: { instanceId, name } } });
    if (!row) throw ApiError.notFound(databaseName(instanceId, name));
    return row;
  }

  router.get("/v1/instances/:instance/databases", async (req, res) => {
    const instanceId = pathId(req.params.instance, "instances");
    await findInstance(ctx, instanceId);
    const page = parsePage(req);
    const rows = await db.database.findMany({
      where: { instanceId, ...(page.after === undefined ? {} : { name: { gt: page.after } }) },
      orderBy: { name: "asc" },
      take: page.pageSize + 1,
    });
    const { items, nextPageToken } = pageOf(rows, page, (r) => r.name);
    res.json({ databases: items.map(toDatabase), ...(nextPageToken ? { nextPageToken } : {}) });
  });

  router.get("/v1/instances/:instance/databases/:database", async (req, res) => {
    res.json(toDatabase(await findDatabase(req.params.instance, req.params.database)));
  });

  /** Structured metadata: tables, columns, indexes, as the last sync found them. */
  router.get("/v1/instances/:instance/databases/:database/metadata", async (req, res) => {
    const row = await findDatabase(req.params.instance, req.params.database);
    const metadata = JSON.parse(row.metadata) as StoredMetadata;
    res.json({ name: `${databaseName(row.instanceId, row.name)}/metadata`, syncTime: row.syncTime.toISOString(), ...metadata });
  });

  /** The schema as DDL: each table's `SHOW CREATE` text, verbatim. */
  router.get("/v1/instances/:instance/databases/:database/schema", async (req, res) => {
    const row = await findDatabase(req.params.instance, req.params.database);
    const metadata = JSON.parse(row.metadata) as StoredMetadata;
    const schema = metadata.tables.map((t) => `${t.createStatement};\n`).join("\n");
    res.json({ name: `${databaseName(row.instanceId, row.name)}/schema`, schema });
  });

  return router;
}
