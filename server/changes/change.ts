// Changes: created with their checks, approved where the targets' environments demand it, and
// rolled out target by target in environment order, every statement recorded.
import crypto from "node:crypto";
import type { Request, Response, Router } from "express";
import { bodyFields, callerOf } from "../http/request";
import type { ServerContext } from "../context";
import { EngineError } from "../engine/connection";
import { ApiError } from "../http/errors";
import { matchesFilter, parseFilter } from "../http/filter";
import { bodyObject, checkEtag, newEtag, pageOf, parsePage, parseResourceId, pathId } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { requestSchema, resourceSchema } from "../http/schemas";
import type { Change as ChangeRow, Task as TaskRow } from "../store/generated/sqlite/client";
import { databaseName } from "../resources/database";
import { projectName } from "../resources/project";
import { chunks } from "../store/chunks";
import { isArrayOf, isOneOf, isShaped, isString, readJson } from "../store/json";
import { findRule } from "../../sql/review/catalog";
import {
  type Change,
  type ChangeApproval,
  type ChangeStatus,
  type ChangeTaskStatus,
  CHANGE_APPROVAL_DECISION_VALUES,
  CHANGE_STATUS_VALUES,
  CHANGE_TASK_STATUS_VALUES,
  DATABASE_NAME,
} from "../../schema/generated/types";
import { checkChange, engineOf, readChecks, type Target } from "./review";
import { cancel, decide, initialStatus, resolve, run, type Verdict } from "./workflow";
import { changeName } from "./names";
import { cancelPendingTasks, readTaskLog, resolveTask, startRollout } from "./rollout";

export const changeSchema = resourceSchema("change");
const decisionSchema = requestSchema("changeDecision");
const resolutionSchema = requestSchema("changeResolution");
const waitSchema = requestSchema("changeWait");

/** The longest a `:wait` holds its call, and how long when the request does not say. */
const MAX_WAIT_MS = 60_000;
const DEFAULT_WAIT_MS = 30_000;
/**
 * How often a waiting call reads the change again without being woken: a change moved by another
 * replica (whose rollout this one does not see) is answered within this long.
 */
const WAIT_RECHECK_MS = 1000;

/** Statuses in which a change waits on a rollout or a person: what `:wait` waits out. */
const UNSETTLED: readonly ChangeStatus[] = ["PENDING_APPROVAL", "RUNNING"];

export type { ChangeStatus };

/** A status read back from the store, held to the contract's list. */
function statusOf(value: string): ChangeStatus {
  const found = CHANGE_STATUS_VALUES.find((s) => s === value);
  if (!found) throw new Error(`a change has the status ${JSON.stringify(value)}, which schema/ does not know`);
  return found;
}

function taskStatusOf(value: string): ChangeTaskStatus {
  const found = CHANGE_TASK_STATUS_VALUES.find((s) => s === value);
  if (!found) throw new Error(`a task has the status ${JSON.stringify(value)}, which schema/ does not know`);
  return found;
}

type Approval = ChangeApproval;

const isApproval = isShaped<Approval>({
  approver: isString,
  decision: isOneOf(CHANGE_APPROVAL_DECISION_VALUES),
  time: isString,
  comment: isString,
});

/** A change's approvals as this module writes them. */
const readApprovals = (text: string): Approval[] => readJson(text, isArrayOf(isApproval), "Change.approvals");

export { changeName };

/** A `:wait` request's timeout in milliseconds: its pattern is checked by the schema, its range here. */
function waitTimeout(value: unknown): number {
  if (value === undefined) return DEFAULT_WAIT_MS;
  const ms = Math.round(Number(String(value).slice(0, -1)) * 1000);
  if (!(ms <= MAX_WAIT_MS)) {
    throw ApiError.invalid(
      "timeout",
      `must be at most ${MAX_WAIT_MS / 1000}s`,
      `invalid timeout: ${String(value)} is longer than ${MAX_WAIT_MS / 1000}s`,
    );
  }
  return ms;
}

export function checksumOf(sql: string): string {
  return crypto.createHash("sha256").update(sql, "utf8").digest("hex");
}

export function toChange(row: ChangeRow, tasks: TaskRow[]): Change {
  return {
    name: changeName(row.projectId, row.id),
    title: row.title,
    description: row.description,
    targets: readJson(row.targets, isArrayOf(isString), "Change.targets"),
    sql: row.sql,
    version: row.version,
    status: statusOf(row.status),
    approvalRequired: row.approvalRequired,
    approvals: readApprovals(row.approvals),
    checks: readChecks(row.checks),
    tasks: tasks
      .sort((a, b) => a.position - b.position)
      .map((t) => ({
        target: databaseName(t.instanceId, t.databaseName),
        status: taskStatusOf(t.status),
        appliedStatements: t.appliedStatements,
        ...(t.failedStatement !== null ? { failedStatement: t.failedStatement } : {}),
        error: t.error,
        ...(t.startTime ? { startTime: t.startTime.toISOString() } : {}),
        ...(t.endTime ? { endTime: t.endTime.toISOString() } : {}),
        log: readTaskLog(t.log),
      })),
    checksum: row.checksum,
    creator: row.creator,
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

/** The targets of a change, resolved and checked: every one enrolled in the project, and active. */
async function resolveTargets(ctx: ServerContext, projectId: string, names: string[]): Promise<Target[]> {
  const db = ctx.store.client;
  const keys = names.map((name) => DATABASE_NAME.exec(name));
  // One read for every target, however many; both groups of the pattern always match.
  const wanted = keys.flatMap((m) => (m ? [{ instanceId: m[1] ?? "", name: m[2] ?? "" }] : []));
  const rows = [];
  for (const slice of chunks(wanted)) {
    rows.push(...(await db.database.findMany({ where: { OR: slice }, include: { instance: true } })));
  }
  const byName = new Map(rows.map((r) => [`instances/${r.instanceId}/databases/${r.name}`, r]));
  const environments = new Map((await db.environment.findMany()).map((e) => [e.id, e]));
  const out: Target[] = [];
  for (const [i, name] of names.entries()) {
    const row = byName.get(name);
    if (!row) throw ApiError.invalid(`targets[${i}]`, `${name} does not exist`);
    if (row.projectId !== projectId) {
      throw ApiError.invalid(`targets[${i}]`, `${name} is not enrolled in ${projectName(projectId)}`);
    }
    if (row.state !== "ACTIVE" || row.instance.state !== "ACTIVE") {
      throw ApiError.invalid(`targets[${i}]`, `${name} is deleted`);
    }
    const environment = environments.get(row.environmentId ?? row.instance.environmentId);
    if (!environment) throw ApiError.invalid(`targets[${i}]`, `${name} has no environment`);
    out.push({
      name,
      instanceId: row.instanceId,
      databaseName: row.name,
      engine: engineOf(row.instance.engine),
      environmentId: environment.id,
      environmentOrder: environment.order,
      protected: environment.protected,
      reviewConfigId: environment.reviewConfigId,
    });
  }
  // Rollout order: test before prod (environment order), then by name for a stable record.
  return out.sort(
    (a, b) => a.environmentOrder - b.environmentOrder || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** A migration version must be new on every target; one applied with other SQL is reported, not re-run. */
async function checkVersion(ctx: ServerContext, version: string, checksum: string, targets: Target[]): Promise<void> {
  if (!version) return;
  for (const [i, target] of targets.entries()) {
    const applied = await ctx.store.client.changelog.findFirst({
      where: { instanceId: target.instanceId, databaseName: target.databaseName, version, status: "DONE" },
    });
    if (!applied) continue;
    if (applied.checksum === checksum) {
      throw ApiError.failedPrecondition(`version ${version} is already applied to ${target.name}`, [
        { field: "version", description: `already applied to ${target.name} by ${applied.change}` },
      ]);
    }
    throw ApiError.failedPrecondition(
      `version ${version} was applied to ${target.name} with different SQL (checksum ${applied.checksum.slice(0, 12)}…, now ${checksum.slice(0, 12)}…): it will not be re-run; add a new version instead`,
      [{ field: "version", description: `checksum differs from the one applied to target ${i}` }],
    );
  }
}

interface ChangeInput {
  title: string;
  description?: string;
  targets: string[];
  sql: string;
  version?: string;
}

/** A create or `:check` body's fields, once the change schema has passed it: text where it says text. */
function changeInput(fields: Record<string, unknown>): ChangeInput {
  const { title, description, targets, sql, version } = fields;
  if (typeof title !== "string" || typeof sql !== "string" || !isArrayOf(isString)(targets)) {
    throw new Error("a change body passed its schema without a title, SQL and targets");
  }
  return {
    title,
    targets,
    sql,
    ...(typeof description === "string" ? { description } : {}),
    ...(typeof version === "string" ? { version } : {}),
  };
}

/** What creating the change would decide, without creating it: for `:check` and for create. */
async function assess(ctx: ServerContext, projectId: string, input: ChangeInput) {
  const project = await ctx.store.client.project.findUnique({ where: { id: projectId } });
  if (!project) throw ApiError.notFound(projectName(projectId));
  if ((await ctx.review.run("countStatements", input.sql)) === 0) throw ApiError.invalid("sql", "holds no statement");
  const targets = await resolveTargets(ctx, projectId, input.targets);
  const checksum = checksumOf(input.sql);
  await checkVersion(ctx, input.version ?? "", checksum, targets);
  const checks = await checkChange(ctx, input.sql, targets, project.reviewConfigId, projectName(projectId));
  const anyProtected = targets.some((t) => t.protected);
  const blocking = checks.some((c, i) => {
    // A locked rule's ERROR (the target boundary) blocks whatever the project enforces.
    if (c.advices.some((a) => a.level === "ERROR" && findRule(a.rule)?.locked === true)) return true;
    const enforced = project.enforceSqlReview || (targets[i]?.protected ?? false);
    return enforced && c.advices.some((a) => a.level === "ERROR");
  });
  const approvalRequired = project.requireApproval && anyProtected;
  const status = initialStatus({ blocking, approvalRequired });
  return { project, targets, checksum, checks, approvalRequired, status };
}

export function changeRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  const scope = { project: { param: "project" } } as const;

  async function find(req: Request): Promise<{ row: ChangeRow; tasks: TaskRow[] }> {
    const projectId = pathId(req, "project", "projects");
    const id = pathId(req, "change", "changes");
    const row = await db.change.findUnique({ where: { projectId_id: { projectId, id } } });
    if (!row) throw ApiError.notFound(changeName(projectId, id));
    const tasks = await db.task.findMany({ where: { projectId, changeId: id } });
    return { row, tasks };
  }

  function input(req: Request): ChangeInput {
    const body = bodyObject(req);
    changeSchema.full.validate(body);
    return changeInput(changeSchema.writableOnly(body));
  }

  /** Moves a change as the workflow said, if nobody moved it first; a refusal is the client's 400. */
  async function transition(row: ChangeRow, verdict: Verdict, extra: Partial<ChangeRow> = {}) {
    if (!verdict.ok) throw ApiError.failedPrecondition(`${changeName(row.projectId, row.id)}: ${verdict.reason}`);
    const moved = await db.change.updateMany({
      where: { projectId: row.projectId, id: row.id, etag: row.etag },
      data: { ...extra, status: verdict.to, etag: newEtag() },
    });
    if (moved.count === 0) throw ApiError.aborted(changeName(row.projectId, row.id));
    ctx.changeSignals.notify(changeName(row.projectId, row.id));
  }

  async function respond(res: Response, projectId: string, id: string): Promise<void> {
    const row = await db.change.findUniqueOrThrow({ where: { projectId_id: { projectId, id } } });
    const tasks = await db.task.findMany({ where: { projectId, changeId: id } });
    res.json(toChange(row, tasks));
  }

  // Custom verbs on the collection before `:change` routes, so `changes:check` is not taken as an id.
  api.add(
    {
      method: "post",
      path: "/v1/projects/:project/changes\\:check",
      summary: "Review a change without creating it: advice, statement summary, affected rows, approval",
      requestBody: { resource: "change" },
      response: { custom: "ChangeCheck" },
      permission: "changes.create",
      ...scope,
    },
    async (req, res) => {
      const projectId = pathId(req, "project", "projects");
      const a = await assess(ctx, projectId, input(req));
      res.json({ status: a.status, approvalRequired: a.approvalRequired, checksum: a.checksum, checks: a.checks });
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/projects/:project/changes",
      summary: "Create a change: its SQL is reviewed for every target at once",
      requestBody: { resource: "change" },
      response: { resource: "change" },
      permission: "changes.create",
      ...scope,
    },
    async (req, res) => {
      const projectId = pathId(req, "project", "projects");
      const id =
        req.query.changeId === undefined
          ? `c${Date.now().toString(36)}${crypto.randomBytes(3).toString("hex")}`
          : parseResourceId(req.query.changeId, "changeId");
      const change = input(req);
      if (await db.change.findUnique({ where: { projectId_id: { projectId, id } } })) {
        throw ApiError.alreadyExists(changeName(projectId, id));
      }
      const a = await assess(ctx, projectId, change);
      await db.$transaction(async (tx) => {
        await tx.change.create({
          data: {
            projectId,
            id,
            title: change.title,
            description: change.description ?? "",
            sql: change.sql,
            version: change.version ?? "",
            checksum: a.checksum,
            targets: JSON.stringify(a.targets.map((t) => t.name)),
            checks: JSON.stringify(a.checks),
            status: a.status,
            approvalRequired: a.approvalRequired,
            approvals: "[]",
            creator: callerOf(req).name,
            etag: newEtag(),
          },
        });
        await tx.task.createMany({
          data: a.targets.map((t, position) => ({
            projectId,
            changeId: id,
            position,
            instanceId: t.instanceId,
            databaseName: t.databaseName,
            status: "PENDING",
            error: "",
            log: "[]",
          })),
        });
      });
      await respond(res, projectId, id);
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/projects/:project/changes",
      summary: "List a project's changes, newest first (filter on status, version)",
      response: { resource: "change", list: "changes" },
      permission: "changes.list",
      ...scope,
    },
    async (req, res) => {
      const projectId = pathId(req, "project", "projects");
      const page = parsePage(req);
      const filter = parseFilter(req.query.filter, (f) => f === "status" || f === "version");
      const rows = await db.change.findMany({
        where: { projectId, ...(page.after === undefined ? {} : { id: { lt: page.after } }) },
        orderBy: { id: "desc" },
      });
      const matching = rows.filter((r) => matchesFilter(filter, (f) => (f === "status" ? r.status : r.version)));
      const { items, nextPageToken } = pageOf(matching.slice(0, page.pageSize + 1), page, (r) => r.id);
      const tasks = await db.task.findMany({ where: { projectId, changeId: { in: items.map((r) => r.id) } } });
      res.json({
        changes: items.map((r) =>
          toChange(
            r,
            tasks.filter((t) => t.changeId === r.id),
          ),
        ),
        ...(nextPageToken ? { nextPageToken } : {}),
      });
    },
  );

  api.add(
    {
      method: "get",
      path: "/v1/projects/:project/changes/:change",
      summary: "Get a change with its checks and rollout",
      response: { resource: "change" },
      permission: "changes.get",
      ...scope,
    },
    async (req, res) => {
      const { row, tasks } = await find(req);
      res.json(toChange(row, tasks));
    },
  );

  const decision = (verb: "approve" | "reject") =>
    api.add(
      {
        method: "post",
        path: `/v1/projects/:project/changes/:change\\:${verb}`,
        summary: verb === "approve" ? "Approve a change that needs it" : "Reject a change: it will never run",
        requestBody: { request: "changeDecision" },
        response: { resource: "change" },
        permission: "changes.approve",
        ...scope,
      },
      async (req, res) => {
        const { row } = await find(req);
        // Checked as sent, so a body that is not an object stays the client's 400; none is no fields.
        decisionSchema.validate(req.body ?? {});
        const body = bodyFields(req);
        checkEtag(body.etag, row.etag, changeName(row.projectId, row.id));
        const caller = callerOf(req);
        const project = await db.project.findUniqueOrThrow({ where: { id: row.projectId } });
        const approvals = readApprovals(row.approvals);
        const verdict = decide({
          verb,
          status: statusOf(row.status),
          caller: caller.name,
          creator: row.creator,
          allowSelfApproval: project.allowSelfApproval,
          requiredApprovals: project.requiredApprovals,
          approvals,
        });
        if (!verdict.ok && verdict.forbidden) {
          throw new ApiError(403, `${verdict.reason} (${projectName(project.id)})`);
        }
        approvals.push({
          approver: caller.name,
          decision: verb === "approve" ? "APPROVED" : "REJECTED",
          time: new Date().toISOString(),
          comment: typeof body.comment === "string" ? body.comment : "",
        });
        await transition(row, verdict, { approvals: JSON.stringify(approvals) });
        await respond(res, row.projectId, row.id);
      },
    );
  decision("approve");
  decision("reject");

  api.add(
    {
      method: "post",
      path: "/v1/projects/:project/changes/:change\\:run",
      summary: "Roll the change out (or resume a failed rollout); poll the change for its progress",
      response: { resource: "change" },
      permission: "changes.run",
      ...scope,
    },
    async (req, res) => {
      const { row, tasks } = await find(req);
      const unknown = tasks.find((t) => t.status === "UNKNOWN");
      if (unknown) {
        throw ApiError.failedPrecondition(
          `statement ${(unknown.failedStatement ?? unknown.appliedStatements) + 1} on ${databaseName(unknown.instanceId, unknown.databaseName)} may or may not have taken effect: check the database and say which with :resolve first`,
        );
      }
      await transition(
        row,
        run(
          statusOf(row.status),
          tasks.map((t) => taskStatusOf(t.status)),
        ),
      );
      startRollout(ctx, row.projectId, row.id, callerOf(req).name);
      await respond(res, row.projectId, row.id);
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/projects/:project/changes/:change\\:wait",
      summary:
        "Wait until the change is neither PENDING_APPROVAL nor RUNNING, or the timeout passes, and get it: one call instead of polling",
      requestBody: { request: "changeWait" },
      response: { resource: "change" },
      permission: "changes.get",
      ...scope,
    },
    async (req, res) => {
      const projectId = pathId(req, "project", "projects");
      const id = pathId(req, "change", "changes");
      // Checked as sent, so a body that is not an object stays the client's 400; none waits the default time.
      waitSchema.validate(req.body ?? {});
      const body = bodyFields(req);
      const timeoutMs = waitTimeout(body.timeout);
      const name = changeName(projectId, id);
      const hungUp = new AbortController();
      res.once("close", () => hungUp.abort());
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const current = await db.change.findUnique({
          where: { projectId_id: { projectId, id } },
          select: { status: true },
        });
        if (!current) throw ApiError.notFound(name);
        const left = deadline - Date.now();
        const settled = !UNSETTLED.includes(statusOf(current.status));
        if (settled || left <= 0 || hungUp.signal.aborted || ctx.changeSignals.isClosed) break;
        await ctx.changeSignals.next(name, Math.min(left, WAIT_RECHECK_MS), hungUp.signal);
      }
      if (hungUp.signal.aborted) return;
      await respond(res, projectId, id);
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/projects/:project/changes/:change\\:cancel",
      summary: "Cancel a change that has not finished; a running rollout stops after its current statement",
      response: { resource: "change" },
      permission: "changes.cancel",
      ...scope,
    },
    async (req, res) => {
      const { row } = await find(req);
      await transition(row, cancel(statusOf(row.status)));
      // A target running now stops after its statement (its rollout sees the change canceled), or,
      // if its replica died, when the rollout is taken over; the rest never start.
      await cancelPendingTasks(ctx, row.projectId, row.id);
      await respond(res, row.projectId, row.id);
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/projects/:project/changes/:change\\:resolve",
      summary: "Say whether a statement whose outcome is UNKNOWN took effect, so the rollout can resume",
      requestBody: { request: "changeResolution" },
      response: { resource: "change" },
      // Saying a statement did or did not take effect decides what runs next: an approver's call.
      permission: "changes.approve",
      ...scope,
    },
    async (req, res) => {
      const { row, tasks } = await find(req);
      const body = bodyObject(req);
      resolutionSchema.validate(body);
      checkEtag(body.etag, row.etag, changeName(row.projectId, row.id));
      const allowed = resolve(
        statusOf(row.status),
        tasks.map((t) => taskStatusOf(t.status)),
      );
      if (!allowed.ok && tasks.some((t) => t.status === "UNKNOWN")) {
        throw ApiError.failedPrecondition(`${changeName(row.projectId, row.id)}: ${allowed.reason}`);
      }
      const unknown = tasks.filter((t) => t.status === "UNKNOWN");
      const named = typeof body.target === "string" ? body.target : undefined;
      const task = named
        ? unknown.find((t) => databaseName(t.instanceId, t.databaseName) === named)
        : unknown.length === 1
          ? unknown[0]
          : undefined;
      if (!task) {
        const what =
          unknown.length === 0
            ? `no target of ${changeName(row.projectId, row.id)} has a statement of unknown outcome`
            : named
              ? `${named} has no statement of unknown outcome in ${changeName(row.projectId, row.id)}`
              : `${unknown.length} targets have a statement of unknown outcome: name one in target`;
        throw unknown.length > 1 && !named ? ApiError.invalid("target", what, what) : ApiError.failedPrecondition(what);
      }
      const statement = (task.failedStatement ?? task.appliedStatements) + 1;
      if (body.statement !== statement) {
        const what = `the statement of unknown outcome on ${databaseName(task.instanceId, task.databaseName)} is ${statement}, not ${String(body.statement)}`;
        throw ApiError.invalid("statement", what, what);
      }
      const caller = callerOf(req).name;
      try {
        await resolveTask(
          ctx,
          task,
          { name: changeName(row.projectId, row.id), checksum: row.checksum, sql: row.sql },
          body.applied === true,
          caller,
        );
      } catch (err) {
        if (!(err instanceof EngineError)) throw err;
        // The decision lives in the target's ledger: nothing is recorded until it can be written there.
        throw new ApiError(503, `the decision could not be recorded on the target: ${err.message}`);
      }
      await db.change.updateMany({
        where: { projectId: row.projectId, id: row.id, etag: row.etag },
        data: { etag: newEtag() },
      });
      await respond(res, row.projectId, row.id);
    },
  );

  return api.express;
}
