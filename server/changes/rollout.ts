// Rolling a change out: targets in environment order (test before prod), each over its own
// connection under a named lock, statement by statement. What took effect is recorded on the
// target itself, in the statement's own transaction (engine/ledger.ts), so after a killed
// connection, a dead server or a crash between a commit and Tidemark's record, a rerun resumes
// after exactly the statements that ran, and a statement whose effect cannot be known is left for
// a person to decide.
//
// One replica runs a rollout at a time: it holds a lease in the store and renews it while it
// works. If it dies, the lease lapses and any replica's sweeper (or the same one after a restart)
// takes the rollout over: it reads the target's ledger, records what the dead attempt did, and
// resumes — or, for a canceled change, just records it.
import crypto from "node:crypto";
import type { ServerContext } from "../context";
import { type ConnectionTarget, EngineError } from "../engine/connection";
import { type ApplyResult, DatabaseBusyError, ROLLOUT_CONCURRENCY, applyStatements, rollOut } from "../engine/execute";
import { ledgerKey } from "../engine/ledger";
import { adminTarget } from "../resources/data-source";
import { projectName } from "../resources/project";
import { boundaryRefusal, type TargetBoundary } from "../../sql/review/boundary";
import { splitStatements } from "../../sql/review/split";
import type { Changelog, Instance as InstanceRow, Task as TaskRow } from "../store/generated/sqlite/client";
import type { Store, TaskWrite } from "../store/store";
import { chunks } from "../store/chunks";
import { isArrayOf, isShaped, isString, readJson } from "../store/json";
import { claimLease, releaseLease } from "../store/lease";
import { Periodic } from "../periodic";
import { syncInstance } from "../sync";
import { changeName } from "./names";
import { allowedDatabases, crossDatabaseAccessFor, databaseOwners, engineOf } from "./review";

/** How long a rollout's claim lasts without renewal (TIDEMARK_ROLLOUT_LEASE_MS); renewed at a third of it. */
export const ROLLOUT_LEASE_MS = 60_000;
const MAX_LOG_ENTRIES = 200;
/** How often a running rollout looks whether its change was canceled (by any replica). */
const CANCEL_CHECK_MS = 250;
/**
 * How long a target's instance and boundary (the databases' owners, the project's cross-database
 * access), as read from the store, serve the targets that start after it: as long as a
 * cancellation may go unseen, so a withdrawn access stops the next target as soon as a cancel would.
 */
const INSTANCE_FRESH_MS = CANCEL_CHECK_MS;
/**
 * How often a target's progress (statements applied, its log) is written to the store while it
 * runs. The ledger on the target says what took effect; the store's copy is for people watching,
 * and its end is always written.
 */
const PROGRESS_WRITE_MS = CANCEL_CHECK_MS;

export type TaskStatus = "PENDING" | "RUNNING" | "DONE" | "FAILED" | "CANCELED" | "UNKNOWN";

interface LogEntry {
  time: string;
  message: string;
}

const isLogEntry = isShaped<LogEntry>({ time: isString, message: isString });

/** A task's log as the rollout writes it, oldest first. */
export const readTaskLog = (text: string): LogEntry[] => readJson(text, isArrayOf(isLogEntry), "Task.log");

/**
 * Writes a rollout's progress to the store as one group: what targets report while a write is
 * committing goes into the next one, so concurrent targets share transactions and none waits
 * longer than one write. Each caller learns when its own records are committed.
 */
class ProgressWriter {
  private queued: { tasks: TaskWrite[]; changelogs: Changelog[]; settle: ((err?: unknown) => void)[] } | undefined;
  private writing = false;

  constructor(private readonly store: Store) {}

  write(tasks: TaskWrite[], changelogs: Changelog[] = []): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued ??= { tasks: [], changelogs: [], settle: [] };
      this.queued.tasks.push(...tasks);
      this.queued.changelogs.push(...changelogs);
      this.queued.settle.push((err) => (err === undefined ? resolve() : reject(err)));
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queued) {
      const group = this.queued;
      this.queued = undefined;
      let failure: unknown;
      try {
        await this.store.recordRollout(group.tasks, group.changelogs);
      } catch (err) {
        failure = err ?? new Error("the store refused the rollout's progress");
      }
      for (const settle of group.settle) settle(failure);
    }
    this.writing = false;
  }
}

/** The lease that says which replica runs a change's rollout. */
export function rolloutLease(projectId: string, changeId: string): string {
  return `${changeName(projectId, changeId)}:run`;
}

/**
 * A lease owner names the replica's attempt and the person it runs for, so a replica taking
 * over a dead attempt records the rollout as theirs: `<attempt>|<actor>`.
 */
function leaseOwner(actor: string): string {
  return `${crypto.randomBytes(8).toString("hex")}|${actor}`;
}

function actorOf(owner: string): string {
  const bar = owner.indexOf("|");
  return bar >= 0 ? owner.slice(bar + 1) : owner;
}

/** Starts a rollout in the background; the change's status and tasks show its progress. */
export function startRollout(ctx: ServerContext, projectId: string, changeId: string, actor: string): void {
  ctx.background.run(
    runRollout(ctx, projectId, changeId, leaseOwner(actor), true).catch(() => {
      ctx.log.error({ change: changeName(projectId, changeId) }, "rollout stopped by an internal error");
    }),
  );
}

/** The rollout order of each task's database: its environment's, in two queries for any number. */
async function environmentOrders(ctx: ServerContext, tasks: TaskRow[]): Promise<Map<TaskRow, number>> {
  const db = ctx.store.client;
  const rows = [];
  for (const slice of chunks(tasks)) {
    rows.push(
      ...(await db.database.findMany({
        where: { OR: slice.map((t) => ({ instanceId: t.instanceId, name: t.databaseName })) },
        select: { instanceId: true, name: true, environmentId: true, instance: { select: { environmentId: true } } },
      })),
    );
  }
  const environments = new Map(
    (await db.environment.findMany({ select: { id: true, order: true } })).map((e) => [e.id, e.order]),
  );
  const orderOf = new Map(
    rows.map((r) => [
      `${r.instanceId}/${r.name}`,
      environments.get(r.environmentId ?? r.instance.environmentId) ?? Number.MAX_SAFE_INTEGER,
    ]),
  );
  return new Map(tasks.map((t) => [t, orderOf.get(`${t.instanceId}/${t.databaseName}`) ?? Number.MAX_SAFE_INTEGER]));
}

/**
 * Holds the rollout's lease while it works: renews it every third of its life, and aborts the
 * work when the lease is lost (another replica took it over after a stall) or the change was
 * canceled, by this replica or another.
 */
class Holder {
  readonly controller = new AbortController();
  /** Another replica holds the lease now: this attempt must stop without recording anything. */
  lost = false;
  private readonly timer: NodeJS.Timeout;
  private lastCheck = 0;

  constructor(
    private readonly ctx: ServerContext,
    private readonly projectId: string,
    private readonly changeId: string,
    readonly owner: string,
  ) {
    const every = Math.max(100, Math.floor(ctx.rolloutLeaseMs / 3));
    this.timer = setInterval(() => void this.renew(), every);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private async renew(): Promise<void> {
    try {
      const lease = rolloutLease(this.projectId, this.changeId);
      if (!(await claimLease(this.ctx.store, lease, this.owner, this.ctx.rolloutLeaseMs))) {
        this.ctx.log.warn({ change: changeName(this.projectId, this.changeId) }, "rollout lease lost: stopping");
        this.lost = true;
        this.controller.abort();
        return;
      }
      await this.checkCanceled(true);
    } catch {
      // A store that cannot be reached now may answer at the next renewal; the lease says the rest.
    }
  }

  /** Aborts if the change is no longer RUNNING; reads the store at most every CANCEL_CHECK_MS unless forced. */
  async checkCanceled(force = false): Promise<void> {
    const now = Date.now();
    if (!force && now - this.lastCheck < CANCEL_CHECK_MS) return;
    this.lastCheck = now;
    const change = await this.ctx.store.client.change.findUnique({
      where: { projectId_id: { projectId: this.projectId, id: this.changeId } },
      select: { status: true },
    });
    if (change?.status !== "RUNNING") this.controller.abort();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * Runs (or takes over, or finishes canceling) a change's rollout as `owner`, if it can claim the
 * rollout's lease; returns at once when another live replica holds it.
 */
export async function runRollout(
  ctx: ServerContext,
  projectId: string,
  changeId: string,
  owner: string,
  /** A fresh :run: wait a moment for a previous attempt that is recording its end to let go. */
  patient = false,
): Promise<void> {
  const db = ctx.store.client;
  const lease = rolloutLease(projectId, changeId);
  if (!(await claim(ctx, projectId, changeId, owner, patient))) return;
  const holder = new Holder(ctx, projectId, changeId, owner);
  let syncAfter: string[] = [];
  try {
    const change = await db.change.findUniqueOrThrow({ where: { projectId_id: { projectId, id: changeId } } });
    const statements = splitStatements(change.sql).map((s) => s.text);
    const tasks = await db.task.findMany({ where: { projectId, changeId }, orderBy: { position: "asc" } });
    const facts: ChangeFacts = {
      actor: actorOf(owner),
      name: changeName(projectId, changeId),
      version: change.version,
      checksum: change.checksum,
      project: projectName(projectId),
    };
    const instances = new InstanceReader(ctx, projectId);
    const writer = new ProgressWriter(ctx.store);
    if (change.status !== "RUNNING") {
      // Canceled while an attempt ran that can no longer say how far it got: the ledger says.
      const interrupted = tasks.filter((t) => t.status === "RUNNING");
      await rollOut(
        interrupted,
        (task) => runTask(ctx, task, statements, facts, { instances, writer, holder }, true),
        ROLLOUT_CONCURRENCY,
      );
      return;
    }
    // Consecutive tasks of one environment order form a wave; a wave that fails stops the next.
    const waves: TaskRow[][] = [];
    const orders = await environmentOrders(ctx, tasks);
    let lastOrder: number | undefined;
    for (const task of tasks) {
      const order = orders.get(task);
      if (order !== lastOrder) waves.push([]);
      waves[waves.length - 1]?.push(task);
      lastOrder = order;
    }
    let failed = false;
    for (const wave of waves) {
      const todo = wave.filter((t) => t.status !== "DONE");
      await rollOut(
        todo,
        (task) => runTask(ctx, task, statements, facts, { instances, writer, holder }, false),
        ROLLOUT_CONCURRENCY,
      );
      if (holder.signal.aborted) break;
      const after = await db.task.findMany({
        where: { projectId, changeId, position: { in: wave.map((t) => t.position) } },
      });
      if (after.some((t) => t.status !== "DONE")) {
        failed = true;
        break;
      }
    }
    if (holder.lost) return;
    const current = await db.change.findUnique({ where: { projectId_id: { projectId, id: changeId } } });
    if (current?.status === "CANCELED") {
      await cancelPendingTasks(ctx, projectId, changeId);
    } else if (!holder.signal.aborted || failed) {
      await db.change.updateMany({
        where: { projectId, id: changeId, status: "RUNNING" },
        data: { status: failed ? "FAILED" : "DONE", etag: crypto.randomBytes(9).toString("base64url") },
      });
    }
    syncAfter = [...new Set(tasks.map((t) => t.instanceId))];
  } finally {
    holder.stop();
    await releaseLease(ctx.store, lease, owner);
    // Whatever this attempt ended as, calls waiting on the change read it again now.
    ctx.changeSignals.notify(changeName(projectId, changeId));
  }
  // Record the new schema, so metadata is current and the next drift check has its baseline. After
  // the lease is let go: the rollout has ended, and a :run that follows at once must not find it held.
  for (const instanceId of syncAfter) await syncInstance(ctx, instanceId);
}

/** How long a fresh :run waits for an attempt that has recorded its end but not yet let go of its lease. */
const HANDOVER_MS = 5000;

/**
 * Claims the rollout's lease. A fresh :run may arrive just after the previous attempt set the
 * change's final status and before it released the lease: it retries while the lease is held and
 * the change is RUNNING (the :run's own doing), for a few seconds — a live holder mid-rollout is
 * left alone, and the sweeper takes over a dead one once its lease lapses.
 */
async function claim(
  ctx: ServerContext,
  projectId: string,
  changeId: string,
  owner: string,
  patient: boolean,
): Promise<boolean> {
  const lease = rolloutLease(projectId, changeId);
  const deadline = Date.now() + (patient ? HANDOVER_MS : 0);
  for (;;) {
    if (await claimLease(ctx.store, lease, owner, ctx.rolloutLeaseMs)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Tasks of a canceled change that never started are canceled too, so task and change agree. */
export async function cancelPendingTasks(ctx: ServerContext, projectId: string, changeId: string): Promise<void> {
  await ctx.store.client.task.updateMany({
    where: { projectId, changeId, status: "PENDING" },
    data: { status: "CANCELED", endTime: new Date() },
  });
}

interface ChangeFacts {
  actor: string;
  name: string;
  version: string;
  checksum: string;
  project: string;
}

/** A target's instance as the rollout uses it, and what the target boundary needs of it. */
interface InstanceFacts {
  row: InstanceRow;
  /** How to reach it as its ADMIN data source, the password unsealed once for all its targets. */
  target: ConnectionTarget;
  /** Each database of the instance and its project's name ("" for none), for the boundary's words. */
  owners: Map<string, string>;
  /** The databases of this instance the change's project may reach besides its target. */
  allowed: Set<string>;
}

/**
 * Reads each target's instance for the rollout: its row, its databases' owners and the project's
 * cross-database access, in three store reads shared by the targets that start within
 * INSTANCE_FRESH_MS of them rather than three per target.
 */
class InstanceReader {
  private readonly read = new Map<string, { at: number; facts: Promise<InstanceFacts> }>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly projectId: string,
  ) {}

  facts(instanceId: string): Promise<InstanceFacts> {
    const now = Date.now();
    const last = this.read.get(instanceId);
    if (last && now - last.at < INSTANCE_FRESH_MS) return last.facts;
    const facts = this.load(instanceId);
    this.read.set(instanceId, { at: now, facts });
    // A failed read is not kept: the next target reads again.
    facts.catch(() => {
      if (this.read.get(instanceId)?.facts === facts) this.read.delete(instanceId);
    });
    return facts;
  }

  private async load(instanceId: string): Promise<InstanceFacts> {
    const db = this.ctx.store.client;
    const row = await db.instance.findUniqueOrThrow({ where: { id: instanceId } });
    return {
      row,
      target: adminTarget(this.ctx, row),
      owners: await databaseOwners(this.ctx, instanceId),
      // Read at run time: access a workspace admin withdrew since the review is withdrawn here too.
      allowed: allowedDatabases(await crossDatabaseAccessFor(this.ctx, this.projectId), instanceId),
    };
  }
}

/**
 * One attempt at one target. With `finishOnly` (a canceled change, or an attempt whose holder
 * died) nothing new runs: the ledger is read and the task recorded as it stands.
 */
async function runTask(
  ctx: ServerContext,
  task: TaskRow,
  statements: string[],
  facts: ChangeFacts,
  { instances, writer, holder }: { instances: InstanceReader; writer: ProgressWriter; holder: Holder },
  finishOnly: boolean,
): Promise<void> {
  const db = ctx.store.client;
  const key = { projectId: task.projectId, changeId: task.changeId, position: task.position };
  const log = readTaskLog(task.log);
  const note = (message: string): void => {
    log.push({ time: new Date().toISOString(), message });
    if (log.length > MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES);
  };
  // Where the last recorded attempt left the task; the ledger on the target may know better.
  const recorded = task.appliedStatements;
  const interrupted = task.status === "RUNNING";
  if (holder.signal.aborted && !interrupted && !finishOnly) {
    // Canceled (or the lease lost) before this target began: nothing ran, nothing to read.
    if (!holder.lost)
      await db.task.updateMany({
        where: { ...key, status: "PENDING" },
        data: { status: "CANCELED", endTime: new Date() },
      });
    return;
  }
  if (interrupted) {
    note(
      `the attempt running this target stopped without recording its end (${recorded} statement(s) recorded): reading the target's ledger`,
    );
  }
  const { row: instance, target, owners, allowed } = await instances.facts(task.instanceId);
  const engine = engineOf(instance.engine);
  // What the executor checks before each statement: the target boundary, as review reads it.
  const boundary: TargetBoundary = {
    database: task.databaseName,
    engine,
    instance: `instances/${task.instanceId}`,
    project: facts.project,
    allowed,
    owners,
  };
  const started = Date.now();
  let progressWritten = started;
  if (!finishOnly) {
    note(
      recorded > 0
        ? `resuming after statement ${recorded} of ${statements.length}`
        : `starting ${statements.length} statement(s)`,
    );
    await writer.write([
      {
        ...key,
        status: "RUNNING",
        appliedStatements: recorded,
        failedStatement: null,
        error: "",
        log: JSON.stringify(log),
        startTime: new Date(),
      },
    ]);
  }
  // A task that was UNKNOWN arrives here only after a person resolved it (see resolveTask).
  let applied = recorded;
  let result: ApplyResult;
  const signal = finishOnly ? AbortSignal.abort() : holder.signal;
  try {
    result = await applyStatements(target, task.databaseName, statements, {
      from: Math.min(recorded, statements.length),
      // Read under the change's own lock: nothing else can come between the schema and the change.
      captureSchema: !finishOnly,
      signal,
      ledger: { key: ledgerKey(facts.name, facts.checksum, task.databaseName) },
      refuse: (text) => boundaryRefusal(text, boundary),
      onProgress: async (event) => {
        note(`statement ${event.index + 1} applied in ${Math.round(event.durationMs)} ms`);
        applied = event.index + 1;
        const now = Date.now();
        // After the last statement the task's end is written at once: no progress write before it.
        if (applied < statements.length && now - progressWritten >= PROGRESS_WRITE_MS) {
          progressWritten = now;
          await writer.write([
            {
              ...key,
              status: "RUNNING",
              appliedStatements: applied,
              failedStatement: null,
              error: "",
              log: JSON.stringify(log),
            },
          ]);
        }
        await holder.checkCanceled();
      },
    });
  } catch (err) {
    if (!(err instanceof EngineError)) throw err;
    if (interrupted && err instanceof DatabaseBusyError) {
      // The attempt this one takes over still holds the database: it is alive after all.
      ctx.log.warn(
        { change: facts.name, database: task.databaseName },
        "the attempt taken over still holds its database: leaving it",
      );
      return;
    }
    // The connection broke: what took effect is in the target's ledger, read by the next attempt.
    result = {
      status: "FAILED",
      applied,
      failedStatement: applied,
      error: `${err.message}; the target's ledger will say on the next run which statements took effect`,
      durationMs: Date.now() - started,
    };
  }
  if (holder.lost) return;
  if (result.resumedFrom !== undefined && result.resumedFrom !== recorded) {
    note(`the target's ledger says ${result.resumedFrom} statement(s) had taken effect (${recorded} recorded)`);
  }
  const changelogs: Changelog[] = [];
  if (interrupted && result.resumedFrom !== undefined) {
    // The dead attempt's own changelog entry: what the ledger says it did.
    changelogs.push(
      changelogRow(task, statements, facts, {
        status: "INTERRUPTED",
        from: await lastLogged(ctx, task, facts.name),
        applied: result.resumedFrom,
        error: "the attempt stopped (its server died or lost its connection to the store) before recording its end",
        durationMs: 0,
        // When the dead attempt began: its entry comes before this attempt's in any listing.
        time: task.startTime ?? new Date(Date.now() - 1),
      }),
    );
  }
  const canceled = result.status === "CANCELED";
  const status: TaskStatus =
    result.status === "DONE" ? "DONE" : result.status === "UNKNOWN" ? "UNKNOWN" : canceled ? "CANCELED" : "FAILED";
  const failedStatement =
    result.status === "FAILED" ? result.failedStatement : result.status === "UNKNOWN" ? result.statement : null;
  const error = result.status === "FAILED" || result.status === "UNKNOWN" ? result.error : canceled ? "canceled" : "";
  if (status === "DONE") note("done");
  else note(`stopped at statement ${(failedStatement ?? result.applied) + 1}: ${error}`);
  // Finishing a canceled change runs nothing: the interrupted attempt's entry above says it all.
  if (!finishOnly) {
    changelogs.push(
      changelogRow(task, statements, facts, {
        status,
        from: result.resumedFrom ?? recorded,
        applied: result.applied,
        error,
        durationMs: Date.now() - started,
        schemaBefore: result.schemaBefore ?? "",
        schemaAfter: result.schemaAfter ?? "",
      }),
    );
  }
  await writer.write(
    [
      {
        ...key,
        status,
        appliedStatements: result.applied,
        failedStatement,
        error,
        log: JSON.stringify(log),
        endTime: new Date(),
      },
    ],
    changelogs,
  );
  // A failed or unknown target fails the change; the rollout loop sees it from the task.
  if (status === "UNKNOWN") {
    ctx.log.warn(
      { change: facts.name, database: task.databaseName, statement: (failedStatement ?? 0) + 1 },
      "statement outcome unknown: a person must resolve it",
    );
  }
}

/** Where the previous changelog entries of this change on this database left off. */
async function lastLogged(ctx: ServerContext, task: TaskRow, change: string): Promise<number> {
  const last = await ctx.store.client.changelog.findFirst({
    where: { instanceId: task.instanceId, databaseName: task.databaseName, change },
    orderBy: { createTime: "desc" },
    select: { appliedStatements: true },
  });
  return last?.appliedStatements ?? 0;
}

interface Entry {
  status: string;
  /** Statements before this index were applied by earlier attempts. */
  from: number;
  /** Statements applied in all, this attempt's included. */
  applied: number;
  error: string;
  durationMs: number;
  schemaBefore?: string;
  schemaAfter?: string;
  /** When the attempt is recorded as having happened: now, unless said. */
  time?: Date;
}

/** A changelog entry for one attempt at one target, as of now. */
function changelogRow(task: TaskRow, statements: string[], facts: ChangeFacts, entry: Entry): Changelog {
  const now = entry.time ?? new Date();
  return {
    instanceId: task.instanceId,
    databaseName: task.databaseName,
    id: `${now.getTime().toString(36)}-${crypto.randomBytes(3).toString("hex")}`,
    change: facts.name,
    version: facts.version,
    statements: JSON.stringify(statements.slice(entry.from, Math.max(entry.from, entry.applied))),
    checksum: facts.checksum,
    status: entry.status,
    appliedStatements: entry.applied,
    error: entry.error,
    actor: facts.actor,
    createTime: now,
    durationMs: entry.durationMs,
    schemaBefore: entry.schemaBefore ?? "",
    schemaAfter: entry.schemaAfter ?? "",
  };
}

/**
 * Records a person's decision on a statement whose outcome was UNKNOWN: written to the target's
 * ledger (where the truth is kept), and the task made resumable from there.
 */
export async function resolveTask(
  ctx: ServerContext,
  task: TaskRow,
  change: { name: string; checksum: string; sql: string },
  applied: boolean,
  actor: string,
): Promise<void> {
  const db = ctx.store.client;
  const statement = task.failedStatement ?? task.appliedStatements;
  const statements = splitStatements(change.sql).map((s) => s.text);
  const instance = await db.instance.findUniqueOrThrow({ where: { id: task.instanceId } });
  // Reconciles with the decision and stops before running anything.
  const result = await applyStatements(adminTarget(ctx, instance), task.databaseName, statements, {
    from: Math.min(task.appliedStatements, statements.length),
    signal: AbortSignal.abort(),
    ledger: { key: ledgerKey(change.name, change.checksum, task.databaseName), resolution: { statement, applied } },
    onProgress: async () => undefined,
  });
  const log = readTaskLog(task.log);
  log.push({
    time: new Date().toISOString(),
    message: `${actor} resolved statement ${statement + 1}: it ${applied ? "took" : "did not take"} effect`,
  });
  const unknown = result.status === "UNKNOWN";
  await db.task.update({
    where: {
      projectId_changeId_position: { projectId: task.projectId, changeId: task.changeId, position: task.position },
    },
    data: {
      status: unknown ? "UNKNOWN" : "FAILED",
      appliedStatements: result.applied,
      failedStatement: unknown ? result.statement : null,
      error: unknown ? result.error : `resolved by ${actor}: run the change again to resume`,
      log: JSON.stringify(log.slice(-MAX_LOG_ENTRIES)),
    },
  });
}

/**
 * Takes over rollouts whose holder died: every tick, each change that is RUNNING (or canceled
 * with a target still marked running) and whose lease has lapsed or was never taken is run by
 * this replica. Every replica runs one; the lease makes one of them win.
 */
export class RolloutSweeper extends Periodic {
  constructor(
    private readonly ctx: ServerContext,
    tickMs: number,
  ) {
    super(tickMs);
  }

  protected failed(): void {
    this.ctx.log.error("rollout sweep failed");
  }

  async tick(): Promise<void> {
    const db = this.ctx.store.client;
    const now = new Date();
    // Few at any time: changes running, and those with a target still marked running (a canceled one's).
    const running = await db.change.findMany({
      where: { status: "RUNNING" },
      select: { projectId: true, id: true, updateTime: true },
    });
    const stuck = await db.task.findMany({
      where: { status: "RUNNING" },
      select: { projectId: true, changeId: true },
      distinct: ["projectId", "changeId"],
    });
    const candidates = new Map<string, { projectId: string; id: string; updateTime: Date | null }>(
      running.map((c) => [`${c.projectId}/${c.id}`, c]),
    );
    for (const t of stuck) {
      const key = `${t.projectId}/${t.changeId}`;
      if (!candidates.has(key)) candidates.set(key, { projectId: t.projectId, id: t.changeId, updateTime: null });
    }
    for (const change of candidates.values()) {
      if (this.stopped) return;
      const lease = await db.lease.findUnique({ where: { name: rolloutLease(change.projectId, change.id) } });
      if (lease && lease.expireTime >= now) continue;
      // Just moved to RUNNING, its rollout about to claim the lease: not abandoned yet.
      if (!lease && change.updateTime && now.getTime() - change.updateTime.getTime() < this.ctx.rolloutLeaseMs)
        continue;
      const actor = lease ? actorOf(lease.owner) : "tidemark";
      this.ctx.log.info(
        { change: changeName(change.projectId, change.id) },
        "taking over a rollout whose holder stopped",
      );
      this.ctx.background.run(
        runRollout(this.ctx, change.projectId, change.id, leaseOwner(actor)).catch(() => {
          this.ctx.log.error(
            { change: changeName(change.projectId, change.id) },
            "rollout stopped by an internal error",
          );
        }),
      );
    }
  }
}
