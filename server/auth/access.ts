import type { Request, RequestHandler } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { type Caller, callerOf } from "../http/request";
import { isArrayOf, isShaped, isString, readJson } from "../store/json";
import type { RouteSpec } from "../route-spec";
import { type Permission, projectRoleGrants, workspaceRoleGrants, workspaceRolesGranting } from "./roles";

export interface IamBinding {
  role: string;
  members: string[];
}

export interface IamPolicy {
  bindings: IamBinding[];
}

declare module "express-serve-static-core" {
  interface Request {
    /** For "visible" lists: the projects the caller may list in, or "all". */
    visibleProjects?: ReadonlySet<string> | "all";
  }
}

const isIamPolicy = isShaped<IamPolicy>({
  bindings: isArrayOf(isShaped<IamBinding>({ role: isString, members: isArrayOf(isString) })),
});

/** A project's IAM policy as setIamPolicy stored it. */
export function parsePolicy(stored: string): IamPolicy {
  return readJson(stored, isIamPolicy, "Project.iamPolicy");
}

function rolesIn(policy: IamPolicy, member: string): string[] {
  return policy.bindings.filter((b) => b.members.includes(member)).map((b) => b.role);
}

/** Whether the caller holds `permission`, in the workspace or in `projectId`. */
export async function callerMay(
  ctx: ServerContext,
  caller: Caller,
  permission: Permission,
  projectId?: string,
): Promise<boolean> {
  if (workspaceRoleGrants(caller.role, permission)) return true;
  if (projectId === undefined) return false;
  const project = await ctx.store.client.project.findUnique({ where: { id: projectId }, select: { iamPolicy: true } });
  if (!project) return false;
  return rolesIn(parsePolicy(project.iamPolicy), caller.name).some((role) => projectRoleGrants(role, permission));
}

/** Throws 403 unless the caller holds `permission` (in `projectId`, when given). */
export async function requirePermission(
  ctx: ServerContext,
  req: Request,
  permission: Permission,
  projectId?: string,
): Promise<void> {
  const caller = req.caller;
  if (!caller) throw ApiError.unauthenticated("this call needs a token");
  if (await callerMay(ctx, caller, permission, projectId)) return;
  const where = projectId === undefined ? "" : ` on projects/${projectId}`;
  throw new ApiError(403, `${caller.name} lacks permission ${permission}${where}`);
}

/**
 * Throws 403 on `field` unless the caller's workspace role grants `permission`: a decision
 * inside a call (lowering a protection) that no project role can make, whatever the call's
 * own permission. `what` says what the call would do: "turning off requireApproval for projects/shop".
 */
export function requireWorkspaceDecision(req: Request, permission: Permission, field: string, what: string): void {
  const caller = req.caller;
  if (!caller) throw ApiError.unauthenticated("this call needs a token");
  if (workspaceRoleGrants(caller.role, permission)) return;
  const who = workspaceRolesGranting(permission);
  throw new ApiError(403, `${what} is a workspace decision: only ${who} may make it, and ${caller.name} is not one`, [
    { field, description: `only ${who} may change this (permission ${permission})` },
  ]);
}

/** The projects in which the caller holds `permission`; "all" when the workspace role grants it. */
export async function visibleProjects(
  ctx: ServerContext,
  caller: Caller,
  permission: Permission,
): Promise<ReadonlySet<string> | "all"> {
  if (workspaceRoleGrants(caller.role, permission)) return "all";
  const projects = await ctx.store.client.project.findMany({ select: { id: true, iamPolicy: true } });
  return new Set(
    projects
      .filter((p) => rolesIn(parsePolicy(p.iamPolicy), caller.name).some((r) => projectRoleGrants(r, permission)))
      .map((p) => p.id),
  );
}

/** The check every authenticated route runs before its handler: the one place access is decided. */
export function authorize(ctx: ServerContext, spec: RouteSpec): RequestHandler {
  return async (req, _res, next) => {
    const permission = spec.permission;
    if (spec.public || !permission) return next();
    const scope = spec.project;
    if (scope && "visibleWith" in scope) {
      const caller = callerOf(req);
      req.visibleProjects = workspaceRoleGrants(caller.role, permission)
        ? "all"
        : await visibleProjects(ctx, caller, scope.visibleWith);
      return next();
    }
    let projectId: string | undefined;
    if (scope && "param" in scope) {
      projectId = String(req.params[scope.param] ?? "");
    } else if (scope && "database" in scope) {
      const row = await ctx.store.client.database.findUnique({
        where: {
          instanceId_name: {
            instanceId: String(req.params[scope.database.instance] ?? ""),
            name: String(req.params[scope.database.database] ?? ""),
          },
        },
        select: { projectId: true },
      });
      // An unknown database is the handler's 404 for anyone who could have seen it.
      if (!row && workspaceRoleGrants(callerOf(req).role, permission)) return next();
      projectId = row?.projectId ?? "";
    }
    await requirePermission(ctx, req, permission, projectId);
    next();
  };
}
