import type { ServerContext } from "./context";
import { EngineError, type ConnectionTarget, openConnection } from "./engine/connection";
import { introspectInstance, type InstanceSnapshot } from "./engine/introspect";
import { normaliseSchema, schemaText } from "./engine/execute";
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

async function runSync(ctx: ServerContext, instanceId: string): Promise<SyncResult> {
  const db = ctx.store.client;
  const row = await db.instance.findUniqueOrThrow({ where: { id: instanceId } });
  let snapshot: InstanceSnapshot;
  const started = Date.now();
  try {
    snapshot = await introspectInstance(adminTarget(ctx, row));
  } catch (err) {
    if (!(err instanceof EngineError)) throw err;
    await db.instance.update({ where: { id: instanceId }, data: { syncError: err.message } });
    ctx.log.warn({ instance: `instances/${instanceId}`, reason: err.reason }, "sync failed");
    return { ok: false, error: err.message };
  }
  const syncTime = new Date();
  const names = snapshot.databases.map((d) => d.name);
  const baselines = await driftBaselines(ctx, instanceId);
  const known = new Map(
    (
      await db.database.findMany({
        where: { instanceId },
        select: { name: true, metadata: true, state: true, drifted: true },
      })
    ).map((d) => [d.name, d]),
  );
  await db.$transaction(
    async (tx) => {
      for (const d of snapshot.databases) {
        const metadata = JSON.stringify({ tables: d.tables });
        const before = known.get(d.name);
        const baseline = baselines.get(d.name);
        // Drift: the live schema is not what Tidemark's last applied change left behind.
        const drifted = baseline !== undefined && normaliseSchema(baseline) !== schemaText(d.tables);
        const fields = {
          charset: d.charset,
          collation: d.collation,
          tableCount: d.tables.length,
          metadata,
          syncTime,
          drifted,
        };
        if (!before) {
          await tx.database.create({ data: { instanceId, name: d.name, ...fields, labels: "{}", etag: newEtag() } });
        } else if (before.metadata !== metadata || before.state !== "ACTIVE" || before.drifted !== drifted) {
          // The etag moves only when something a client can see changed.
          await tx.database.update({
            where: { instanceId_name: { instanceId, name: d.name } },
            data: { ...fields, state: "ACTIVE", etag: newEtag() },
          });
        } else {
          await tx.database.update({ where: { instanceId_name: { instanceId, name: d.name } }, data: { syncTime } });
        }
      }
      // Gone from the server, not from Tidemark: its enrolment and history stay.
      const present = new Set(names);
      const gone = [...known.values()].filter((d) => d.state === "ACTIVE" && !present.has(d.name)).map((d) => d.name);
      for (const slice of chunks(gone)) {
        await tx.database.updateMany({
          where: { instanceId, name: { in: slice } },
          data: { state: "DELETED", etag: newEtag() },
        });
      }
      await tx.instance.update({
        where: { id: instanceId },
        data: { engineVersion: snapshot.engineVersion, lastSyncTime: syncTime, syncError: "" },
      });
    },
    { timeout: 60_000 },
  );
  ctx.log.info(
    { instance: `instances/${instanceId}`, databases: names.length, durationMs: Date.now() - started },
    "synced",
  );
  return { ok: true };
}

/** Per database of the instance, the schema its last successful changelog recorded. */
export async function driftBaselines(ctx: ServerContext, instanceId: string): Promise<Map<string, string>> {
  const db = ctx.store.client;
  // Ids first, schemas only for the newest per database: history grows, this read does not.
  const ids = await db.changelog.findMany({
    where: { instanceId, status: "DONE" },
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
