import crypto from "node:crypto";
import os from "node:os";
import type { ServerContext } from "./context";
import { Periodic } from "./periodic";
import { claimLease, releaseLease } from "./store/lease";
import { syncInstance } from "./sync";

export interface SchedulerOptions {
  /** How often to look for due work. */
  tickMs: number;
  /** How long a claim lasts without renewal: a sync longer than this may run twice. */
  leaseMs: number;
}

/**
 * Runs scheduled syncs. Every replica runs one; the store decides which replica runs each
 * sync: a lease on the instance, and a conditional move of its next due time, so a sync runs
 * once per interval whatever the number of replicas, and a dead replica's claim lapses.
 */
export class SyncScheduler extends Periodic {
  readonly owner = `${os.hostname()}/${process.pid}/${crypto.randomBytes(3).toString("hex")}`;

  constructor(
    private readonly ctx: ServerContext,
    private readonly options: SchedulerOptions,
  ) {
    super(options.tickMs);
  }

  protected failed(): void {
    this.ctx.log.error({ owner: this.owner }, "scheduler tick failed");
  }

  async tick(): Promise<void> {
    const db = this.ctx.store.client;
    const now = new Date();
    const due = await db.instance.findMany({
      where: { state: "ACTIVE", syncInterval: { gt: 0 }, nextSyncTime: { lte: now } },
      select: { id: true, syncInterval: true, nextSyncTime: true },
      orderBy: { nextSyncTime: "asc" },
    });
    for (const instance of due) {
      if (this.stopped) return;
      const lease = `instances/${instance.id}:sync`;
      if (!(await claimLease(this.ctx.store, lease, this.owner, this.options.leaseMs))) continue;
      try {
        // Keep the cadence; after downtime, start again from now rather than catching up.
        const intervalMs = instance.syncInterval * 1000;
        // A due instance has a time: the query asked for one at or before now.
        const cadence = (instance.nextSyncTime ?? now).getTime() + intervalMs;
        const next = new Date(cadence > now.getTime() ? cadence : now.getTime() + intervalMs);
        const moved = await db.instance.updateMany({
          where: { id: instance.id, nextSyncTime: instance.nextSyncTime },
          data: { nextSyncTime: next },
        });
        if (moved.count === 0) continue;
        await syncInstance(this.ctx, instance.id, "schedule");
      } finally {
        await releaseLease(this.ctx.store, lease, this.owner);
      }
    }
  }
}
