// Rolling a change out: targets in environment order (test before prod), each over its own
// connection under a named lock, statement by statement, with progress recorded as it goes so
// a failure says exactly what was applied and a rerun resumes after it.
import crypto from "node:crypto";
import type { ServerContext } from "../context";
import { EngineError } from "../engine/connection";
import { type ApplyResult, ROLLOUT_CONCURRENCY, applyStatements, rollOut } from "../engine/execute";
import { adminTarget } from "../resources/data-source";
import { splitStatements } from "../review/split";
import type { Task as TaskRow } from "../store/generated/sqlite/client";
import { chunks } from "../store/chunks";
import { claimLease, releaseLease } from "../store/lease";
import { syncInstance } from "../sync";
import { changeName } from "./change";

const LEASE_MS = 10 * 60_000;
const MAX_LOG_ENTRIES = 200;

interface LogEntry {
  time: string;
  message: string;
}

/** Starts a rollout in the background; the change's status and tasks show its progress. */
export function startRollout(ctx: ServerContext, projectId: string, changeId: string, actor: string): void {
  ctx.background.run(
    runRollout(ctx, projectId, changeId, actor).catch(() => {
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

export async function runRollout(
  ctx: ServerContext,
  projectId: string,
  changeId: string,
  actor: string,
): Promise<void> {
  const db = ctx.store.client;
  const lease = `${changeName(projectId, changeId)}:run`;
  const owner = crypto.randomBytes(8).toString("hex");
  if (!(await claimLease(ctx.store, lease, owner, LEASE_MS))) return;
  try {
    const change = await db.change.findUniqueOrThrow({ where: { projectId_id: { projectId, id: changeId } } });
    const statements = splitStatements(change.sql).map((s) => s.text);
    const tasks = await db.task.findMany({ where: { projectId, changeId }, orderBy: { position: "asc" } });
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
        (task) => runTask(ctx, task, statements, { actor, version: change.version, checksum: change.checksum }),
        ROLLOUT_CONCURRENCY,
      );
      const after = await db.task.findMany({
        where: { projectId, changeId, position: { in: wave.map((t) => t.position) } },
      });
      if (after.some((t) => t.status !== "DONE")) {
        failed = true;
        break;
      }
      const current = await db.change.findUnique({ where: { projectId_id: { projectId, id: changeId } } });
      if (current?.status !== "RUNNING") return;
    }
    await db.change.updateMany({
      where: { projectId, id: changeId, status: "RUNNING" },
      data: { status: failed ? "FAILED" : "DONE", etag: crypto.randomBytes(9).toString("base64url") },
    });
    // Record the new schema, so metadata is current and the next drift check has its baseline.
    for (const instanceId of new Set(tasks.map((t) => t.instanceId))) await syncInstance(ctx, instanceId);
  } finally {
    await releaseLease(ctx.store, lease, owner);
  }
}

interface ChangeFacts {
  actor: string;
  version: string;
  checksum: string;
}

async function runTask(ctx: ServerContext, task: TaskRow, statements: string[], facts: ChangeFacts): Promise<void> {
  const db = ctx.store.client;
  const key = {
    projectId_changeId_position: { projectId: task.projectId, changeId: task.changeId, position: task.position },
  };
  const log = JSON.parse(task.log) as LogEntry[];
  const note = (message: string): void => {
    log.push({ time: new Date().toISOString(), message });
    if (log.length > MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES);
  };
  const from = task.appliedStatements;
  note(
    from > 0
      ? `resuming at statement ${from + 1} of ${statements.length}`
      : `starting ${statements.length} statement(s)`,
  );
  await db.task.update({
    where: key,
    data: { status: "RUNNING", startTime: new Date(), failedStatement: null, error: "", log: JSON.stringify(log) },
  });
  const instance = await db.instance.findUniqueOrThrow({ where: { id: task.instanceId } });
  const target = adminTarget(ctx, instance);
  const started = Date.now();
  // What the progress events recorded: an engine error must not forget statements that committed.
  let applied = from;
  let result: ApplyResult;
  try {
    result = await applyStatements(target, task.databaseName, statements, {
      from,
      // Read under the change's own lock: nothing else can come between the schema and the change.
      captureSchema: true,
      onProgress: async (event) => {
        note(`statement ${event.index + 1} applied in ${Math.round(event.durationMs)} ms`);
        applied = event.index + 1;
        await db.task.update({ where: key, data: { appliedStatements: event.index + 1, log: JSON.stringify(log) } });
      },
    });
  } catch (err) {
    if (!(err instanceof EngineError)) throw err;
    result = {
      status: "FAILED",
      applied,
      failedStatement: applied,
      error: err.message,
      durationMs: Date.now() - started,
    };
  }
  const schemaBefore = result.schemaBefore ?? "";
  const schemaAfter = result.schemaAfter ?? "";
  const failedStatement = result.status === "FAILED" ? result.failedStatement : null;
  const error = result.status === "FAILED" ? result.error : result.status === "CANCELED" ? "canceled" : "";
  if (result.status === "DONE") note("done");
  else note(`stopped at statement ${(failedStatement ?? result.applied) + 1}: ${error}`);
  const now = new Date();
  await db.$transaction([
    db.changelog.create({
      data: {
        instanceId: task.instanceId,
        databaseName: task.databaseName,
        id: `${now.getTime().toString(36)}-${crypto.randomBytes(3).toString("hex")}`,
        change: changeName(task.projectId, task.changeId),
        version: facts.version,
        statements: JSON.stringify(statements.slice(from, Math.max(from, result.applied))),
        checksum: facts.checksum,
        status: result.status === "DONE" ? "DONE" : "FAILED",
        appliedStatements: result.applied,
        error,
        actor: facts.actor,
        createTime: now,
        durationMs: Date.now() - started,
        schemaBefore,
        schemaAfter,
      },
    }),
    db.task.update({
      where: key,
      data: {
        status: result.status === "DONE" ? "DONE" : "FAILED",
        appliedStatements: result.applied,
        failedStatement,
        error,
        endTime: now,
        log: JSON.stringify(log),
      },
    }),
  ]);
}
