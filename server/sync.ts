import type { ServerContext } from "./context";
import { EngineError, type ConnectionTarget, openConnection } from "./engine/connection";
import { introspectInBatches } from "./engine/introspect";
import { normaliseSchema, schemaText } from "./engine/schema-text";
import { newEtag } from "./http/resource";
import { chunks } from "./store/chunks";
import { adminTarget } from "./resources/data-source";

/** Why a data source cannot be used, in words safe to show; null when it connects. */
export async function checkDataSource(target: ConnectionTarget): Promise<string | null> {
  try {
    const conn = await openConnection(target);
    await conn.end();
    return null;
  } catch (err) {
    if (err instanceof EngineError) return err.message;
    throw err;
  }
}

export interface SyncResult {
  ok: boolean;
  error?: string;
}

/**
 * Reads the instance's schema over its ADMIN data source and records it. A failed sync keeps
 * the last good metadata and records why on the instance, so one bad minute of a server never
 * erases what Tidemark knew about it.
 */
export async function syncInstance(
  ctx: ServerContext,
  instanceId: string,
  trigger: "api" | "schedule" = "api",
): Promise<SyncResult> {
  const timer = ctx.metrics.syncDuration.startTimer();
  try {
    const result = await runSync(ctx, instanceId);
    ctx.metrics.syncs.inc({ trigger, result: result.ok ? "ok" : "failed" });
    return result;
  } finally {
    timer();
  }
}

/**
 * Databases are read and recorded a batch at a time (introspectInBatches), so memory holds one
 * batch whatever the instance's size. Each batch is committed as it is read: a sync that fails
 * part-way leaves the databases it read with what it read and the rest with what was known
 * before; only a sync that read everything marks databases gone and moves lastSyncTime.
 */
async function runSync(ctx: ServerContext, instanceId: string): Promise<SyncResult> {
  const db = ctx.store.client;
  const row = await db.instance.findUniqueOrThrow({ where: { id: instanceId } });
  const started = Date.now();
  const syncTime = new Date();
  let read: { engineVersion: string; names: string[] };
  try {
    read = await introspectInBatches(adminTarget(ctx, row), async (batch) => {
      const baselines = await driftBaselines(
        ctx,
        instanceId,
        batch.map((d) => d.name),
      );
      await ctx.store.recordSync(
        instanceId,
        batch.map((d) => {
          const baseline = baselines.get(d.name);
          return {
            name: d.name,
            charset: d.charset,
            collation: d.collation,
            tableCount: d.tables.length,
            metadata: JSON.stringify({ tables: d.tables }),
            // Drift: the live schema is not what Tidemark's last applied change left behind.
            drifted: baseline !== undefined && normaliseSchema(baseline) !== schemaText(d.tables),
            etag: newEtag(),
          };
        }),
        syncTime,
      );
    });
  } catch (err) {
    if (!(err instanceof EngineError)) throw err;
    await db.instance.update({ where: { id: instanceId }, data: { syncError: err.message } });
    ctx.log.warn({ instance: `instances/${instanceId}`, reason: err.reason }, "sync failed");
    return { ok: false, error: err.message };
  }
  // Gone from the server, not from Tidemark: its enrolment and history stay.
  const present = new Set(read.names);
  const active = await db.database.findMany({ where: { instanceId, state: "ACTIVE" }, select: { name: true } });
  const gone = active.filter((d) => !present.has(d.name)).map((d) => d.name);
  await db.$transaction(async (tx) => {
    for (const slice of chunks(gone)) {
      await tx.database.updateMany({
        where: { instanceId, name: { in: slice } },
        data: { state: "DELETED", etag: newEtag() },
      });
    }
    await tx.instance.update({
      where: { id: instanceId },
      data: { engineVersion: read.engineVersion, lastSyncTime: syncTime, syncError: "" },
    });
  });
  ctx.log.info(
    { instance: `instances/${instanceId}`, databases: read.names.length, durationMs: Date.now() - started },
    "synced",
  );
  return { ok: true };
}

/** Per database of the instance (of those named, when given), the schema its last successful changelog recorded. */
export async function driftBaselines(
  ctx: ServerContext,
  instanceId: string,
  names?: readonly string[],
): Promise<Map<string, string>> {
  if (!names) return newestSchemas(ctx, instanceId);
  const out = new Map<string, string>();
  for (const slice of chunks(names)) {
    for (const [name, schema] of await newestSchemas(ctx, instanceId, slice)) out.set(name, schema);
  }
  return out;
}

async function newestSchemas(
  ctx: ServerContext,
  instanceId: string,
  names?: readonly string[],
): Promise<Map<string, string>> {
  const db = ctx.store.client;
  // Ids first, schemas only for the newest per database: history grows, this read does not.
  const ids = await db.changelog.findMany({
    where: { instanceId, status: "DONE", ...(names ? { databaseName: { in: [...names] } } : {}) },
    orderBy: { id: "desc" },
    select: { databaseName: true, id: true },
  });
  const newest = new Map<string, string>();
  for (const row of ids) if (!newest.has(row.databaseName)) newest.set(row.databaseName, row.id);
  const out = new Map<string, string>();
  for (const slice of chunks([...newest])) {
    const rows = await db.changelog.findMany({
      where: { instanceId, OR: slice.map(([databaseName, id]) => ({ databaseName, id })) },
      select: { databaseName: true, schemaAfter: true },
    });
    for (const r of rows) out.set(r.databaseName, r.schemaAfter);
  }
  return out;
}
