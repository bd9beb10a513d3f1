import type { Request, Router } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { type FieldDecision, recordDecision } from "../audit";
import { callerMay, type IamPolicy, parsePolicy, requireWorkspaceDecision } from "../auth/access";
import { callerOf } from "../http/request";
import { bodyObject, checkEtag, labelsOf, newEtag, pathId, storeLabels } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { requestSchema, resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import { holdingWords, protectedHoldings } from "./environment";
import { requireReviewConfig, reviewConfigId, reviewConfigName } from "./review-config";
import type { Prisma, Project as ProjectRow } from "../store/generated/sqlite/client";
import { isArrayOf, isString, readJson } from "../store/json";
import type { Project as ProjectBody } from "../../schema/generated/types";

export const projectSchema = resourceSchema("project");
const setIamPolicySchema = requestSchema("setIamPolicy");

/** Where discovered databases start, and where a forced project delete sends its databases. */
export const DEFAULT_PROJECT = "default";

export interface Project {
  name: string;
  title: string;
  labels: Record<string, string>;
  requireApproval: boolean;
  enforceSqlReview: boolean;
  allowSelfApproval: boolean;
  requiredApprovals: number;
  reviewConfig: string;
  crossDatabaseAccess: string[];
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
    requiredApprovals: row.requiredApprovals,
    reviewConfig: reviewConfigName(row.reviewConfigId),
    crossDatabaseAccess: crossDatabaseAccessOf(row),
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

function columns(input: ProjectBody): Omit<ProjectRow, "id" | "createTime" | "updateTime" | "iamPolicy"> {
  return {
    title: input.title,
    labels: storeLabels(input.labels),
    requireApproval: input.requireApproval ?? true,
    enforceSqlReview: input.enforceSqlReview ?? true,
    allowSelfApproval: input.allowSelfApproval ?? false,
    requiredApprovals: input.requiredApprovals ?? 1,
    reviewConfigId: reviewConfigId(input.reviewConfig),
    crossDatabaseAccess: JSON.stringify(input.crossDatabaseAccess ?? []),
    etag: newEtag(),
  };
}

/** The databases besides a target that the project's changes may reach, `instances/{i}/databases/{d}`. */
export function crossDatabaseAccessOf(row: Pick<ProjectRow, "crossDatabaseAccess">): string[] {
  // Written only by columns(), from a list the project schema validated.
  return readJson(row.crossDatabaseAccess, isArrayOf(isString), "Project.crossDatabaseAccess");
}

/**
 * The settings that protect a project's databases in protected environments, at their protective
 * value. Leaving one of them while the project holds such a database is a workspace decision,
 * like leaving the environment: self-approval counts, since an author approving their own change
 * is no second pair of eyes.
 */
const PROTECTIVE = { requireApproval: true, enforceSqlReview: true, allowSelfApproval: false } as const;
type ProtectiveSetting = keyof typeof PROTECTIVE;
const isProtectiveSetting = (key: string): key is ProtectiveSetting => Object.hasOwn(PROTECTIVE, key);
const PROTECTIVE_SETTINGS = Object.keys(PROTECTIVE).filter(isProtectiveSetting);

/** The protective settings a project does not hold, for messages: `requireApproval off`. */
export function loweredSettings(row: Pick<ProjectRow, ProtectiveSetting>): string[] {
  return PROTECTIVE_SETTINGS.filter((s) => row[s] !== PROTECTIVE[s]).map((s) => `${s} ${row[s] ? "on" : "off"}`);
}

/** The projects that do not hold every protective setting, as a store filter. */
export const loweredProjects = (): Prisma.ProjectWhereInput => ({
  OR: PROTECTIVE_SETTINGS.map((s) => ({ [s]: { not: PROTECTIVE[s] } })),
});

const turning = (setting: ProtectiveSetting): string => `turning ${PROTECTIVE[setting] ? "off" : "on"} ${setting}`;

/** A field an update changes the lowering way: its values, and the decision in words. */
interface Lowering {
  field: string;
  before: unknown;
  after: unknown;
  what: string;
}

/**
 * What an update of a project lowers, if it holds a database in a protected environment: a
 * protective setting left, fewer approvals, or its review config taken away or swapped. Adding
 * a config lowers nothing: a rule configured twice takes its stricter level.
 */
function lowerings(current: ProjectRow, data: ReturnType<typeof columns>): Lowering[] {
  const name = projectName(current.id);
  const out: Lowering[] = PROTECTIVE_SETTINGS.filter(
    (s) => current[s] === PROTECTIVE[s] && data[s] !== PROTECTIVE[s],
  ).map((s) => ({ field: s, before: current[s], after: data[s], what: `${turning(s)} for ${name}` }));
  if (data.requiredApprovals < current.requiredApprovals) {
    out.push({
      field: "requiredApprovals",
      before: current.requiredApprovals,
      after: data.requiredApprovals,
      what: `lowering requiredApprovals from ${current.requiredApprovals} to ${data.requiredApprovals} for ${name}`,
    });
  }
  if (current.reviewConfigId && data.reviewConfigId !== current.reviewConfigId) {
    const before = reviewConfigName(current.reviewConfigId);
    const after = reviewConfigName(data.reviewConfigId);
    out.push({
      field: "reviewConfig",
      before,
      after,
      what: after ? `replacing ${before} with ${after} for ${name}` : `removing ${before} from ${name}`,
    });
  }
  return out;
}

/** Names a database that system schemas are not: they hold the instance's accounts and settings. */
const SYSTEM_SCHEMAS = new Set(["mysql", "performance_schema", "sys", "metrics_schema", "information_schema"]);

function checkCrossDatabaseAccess(names: string[]): void {
  for (const [i, name] of names.entries()) {
    const database = name.slice(name.indexOf("/databases/") + "/databases/".length);
    if (SYSTEM_SCHEMAS.has(database.toLowerCase())) {
      throw ApiError.invalid(
        `crossDatabaseAccess[${i}]`,
        `${database} is a system schema: no change may reach it, whatever a project allows`,
      );
    }
  }
}

export function projectRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  // Custom verbs first: `GET /v1/projects/:id` would otherwise take `alpha:getIamPolicy` as an id.
  api.add(
    {
      method: "get",
      path: "/v1/projects/:id\\:getIamPolicy",
      summary: "Get the project's IAM policy: which members hold which project roles",
      response: { custom: "IamPolicy" },
      permission: "projects.getIamPolicy",
      project: { param: "id" },
    },
    async (req, res) => {
      const id = pathId(req, "id", "projects");
      const row = await db.project.findUnique({ where: { id } });
      if (!row) throw ApiError.notFound(projectName(id));
      res.json({ ...parsePolicy(row.iamPolicy), etag: row.etag });
    },
  );

  api.add(
    {
      method: "post",
      path: "/v1/projects/:id\\:setIamPolicy",
      summary: "Replace the project's IAM policy",
      requestBody: { request: "setIamPolicy" },
      response: { custom: "IamPolicy" },
      permission: "projects.setIamPolicy",
      project: { param: "id" },
    },
    async (req, res) => {
      const id = pathId(req, "id", "projects");
      const { policy, etag } = setIamPolicySchema.checked(bodyObject(req));
      const row = await db.project.findUnique({ where: { id } });
      if (!row) throw ApiError.notFound(projectName(id));
      checkEtag(etag, row.etag, projectName(id));
      const normalised = await normalisePolicy(policy);
      const updated = await db.project.updateMany({
        where: { id, etag: row.etag },
        data: { iamPolicy: JSON.stringify(normalised), etag: newEtag() },
      });
      if (updated.count === 0) throw ApiError.aborted(projectName(id));
      const after = await db.project.findUniqueOrThrow({ where: { id } });
      res.json({ ...normalised, etag: after.etag });
    },
  );

  standardRoutes(api, {
    schema: projectSchema,
    noun: "project",
    toResource: toProject,
    find: (id) => db.project.findUnique({ where: { id } }),
    projectScoped: true,
    page: (after, take, req) => {
      const visible = req.visibleProjects ?? "all";
      return db.project.findMany({
        where: {
          ...(after === undefined ? {} : { id: { gt: after } }),
          ...(visible === "all" ? {} : { id: { in: [...visible], ...(after === undefined ? {} : { gt: after }) } }),
        },
        orderBy: { id: "asc" },
        take,
      });
    },
    create: async (id, input, req) => {
      await requireReviewConfig(ctx, input.reviewConfig);
      // A new project holds no database, so its settings lower nothing until one is enrolled,
      // which is where enrolment (server/resources/database.ts) checks them.
      const allowList = input.crossDatabaseAccess ?? [];
      checkCrossDatabaseAccess(allowList);
      if (allowList.length > 0) {
        requireWorkspaceDecision(
          req,
          "projects.setCrossDatabaseAccess",
          "crossDatabaseAccess",
          `letting ${projectName(id)}'s changes reach other databases`,
        );
      }
      const caller = callerOf(req);
      // A member who starts a project owns it; admins and DBAs need no binding to manage it.
      const policy: IamPolicy = {
        bindings: (await callerMay(ctx, caller, "projects.update"))
          ? []
          : [{ role: "projectOwner", members: [caller.name] }],
      };
      await db.project.create({ data: { id, ...columns(input), iamPolicy: JSON.stringify(policy) } });
      await recordAllowListChange(req, id, [], allowList);
    },
    update: async (current, merged, _mask, req) => {
      await requireReviewConfig(ctx, merged.reviewConfig);
      const data = columns(merged);
      const name = projectName(current.id);
      const lowering = lowerings(current, data);
      const holdings = lowering.length > 0 ? await protectedHoldings(db, current.id) : undefined;
      const decisions: FieldDecision[] = holdings?.count
        ? lowering.map(({ what, ...change }) => ({
            permission: "protection.lower",
            resource: name,
            ...change,
            summary: `${what}, which holds ${holdingWords(holdings)}`,
            protectedDatabases: holdings,
          }))
        : [];
      for (const { field, summary } of decisions) {
        requireWorkspaceDecision(req, "protection.lower", field, `${summary ?? field},`);
      }
      const before = crossDatabaseAccessOf(current);
      const after = merged.crossDatabaseAccess ?? [];
      checkCrossDatabaseAccess(after);
      // The same databases in another order change nothing a change may reach.
      if (before.length !== after.length || after.some((n) => !before.includes(n))) {
        requireWorkspaceDecision(
          req,
          "projects.setCrossDatabaseAccess",
          "crossDatabaseAccess",
          `changing which other databases ${name}'s changes may reach`,
        );
      }
      if ((await db.project.updateMany({ where: { id: current.id, etag: current.etag }, data })).count === 0) {
        return false;
      }
      for (const decision of decisions) await recordDecision(ctx, req, decision);
      await recordAllowListChange(req, current.id, before, after);
      return true;
    },
    remove: async (current, req) => {
      if (current.id === DEFAULT_PROJECT) {
        throw ApiError.failedPrecondition("the default project cannot be deleted: it holds every unassigned database");
      }
      const force = req.query.force === "true";
      const name = projectName(current.id);
      // Forcing moves every database to the default project: a transfer, for protected ones too.
      const holdings = force ? await protectedHoldings(db, current.id) : undefined;
      const summary =
        holdings && holdings.count > 0
          ? `deleting ${name} with force=true, which transfers its ${holdingWords(holdings)} to projects/${DEFAULT_PROJECT}`
          : undefined;
      if (summary) requireWorkspaceDecision(req, "protection.lower", "force", `${summary},`);
      const removed = await db.$transaction(async (tx) => {
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
      if (removed && holdings && summary) {
        await recordDecision(ctx, req, {
          permission: "protection.lower",
          resource: name,
          field: "force",
          before: false,
          after: true,
          summary,
          protectedDatabases: holdings,
        });
      }
      return removed;
    },
  });

  /** One audit record per database added to or removed from a project's crossDatabaseAccess. */
  async function recordAllowListChange(req: Request, id: string, before: string[], after: string[]): Promise<void> {
    const entry = (b: string | null, a: string | null): FieldDecision => ({
      permission: "projects.setCrossDatabaseAccess",
      resource: projectName(id),
      field: "crossDatabaseAccess",
      before: b,
      after: a,
      summary: a
        ? `letting ${projectName(id)}'s changes reach ${a}`
        : `no longer letting ${projectName(id)}'s changes reach ${b ?? ""}`,
    });
    for (const name of before.filter((n) => !after.includes(n))) await recordDecision(ctx, req, entry(name, null));
    for (const name of after.filter((n) => !before.includes(n))) await recordDecision(ctx, req, entry(null, name));
  }

  /** One binding per role, members sorted and unique, every member an existing account. */
  async function normalisePolicy(policy: IamPolicy): Promise<IamPolicy> {
    const byRole = new Map<string, Set<string>>();
    for (const [i, b] of policy.bindings.entries()) {
      for (const [j, member] of b.members.entries()) {
        const account = member.replace(/^serviceAccounts\//, "");
        if (!(await db.serviceAccount.findUnique({ where: { id: account } }))) {
          throw ApiError.invalid(`policy.bindings[${i}].members[${j}]`, `${member} does not exist`);
        }
        if (!byRole.has(b.role)) byRole.set(b.role, new Set());
        byRole.get(b.role)?.add(member);
      }
    }
    return {
      bindings: [...byRole.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([role, members]) => ({ role, members: [...members].sort() })),
    };
  }

  return api.express;
}
