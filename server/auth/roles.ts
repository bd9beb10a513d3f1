/**
 * Who may do what. Every route names one permission; a caller holds it through their workspace
 * role, or through a project role bound to them in that project's IAM policy. This table is
 * the whole of the policy: routes only name permissions.
 */
import { isOneOf } from "../store/json";

export const PERMISSIONS = [
  "environments.create",
  "environments.get",
  "environments.list",
  "environments.update",
  "environments.delete",
  "instances.create",
  "instances.get",
  "instances.list",
  "instances.update",
  "instances.delete",
  "instances.sync",
  "instances.undelete",
  "databases.get",
  "databases.list",
  "databases.update",
  "databases.getSchema",
  "projects.create",
  "projects.get",
  "projects.list",
  "projects.update",
  "projects.delete",
  "projects.getIamPolicy",
  "projects.setIamPolicy",
  "serviceAccounts.create",
  "serviceAccounts.get",
  "serviceAccounts.list",
  "serviceAccounts.update",
  "serviceAccounts.delete",
  "serviceAccounts.rotateKey",
  "auditLogs.list",
  "reviewConfigs.create",
  "reviewConfigs.get",
  "reviewConfigs.list",
  "reviewConfigs.update",
  "reviewConfigs.delete",
  "changes.create",
  "changes.get",
  "changes.list",
  "changes.approve",
  "changes.run",
  "changes.cancel",
  "changelogs.list",
  "changelogs.get",
  // Decisions inside a route, checked beside the route's own permission: workspace roles only.
  /**
   * Lowering a protection: a database leaving a protected environment (its own move, or its
   * instance's), turning off approval or review enforcement, fewer required approvals, a review
   * config taken away or swapped where protected databases are held to it.
   */
  "protection.lower",
  /** Naming the other databases a project's changes may reach (its crossDatabaseAccess). */
  "projects.setCrossDatabaseAccess",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const WORKSPACE_ROLES = ["workspaceAdmin", "workspaceDBA", "workspaceMember"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
const isWorkspaceRole = isOneOf(WORKSPACE_ROLES);

export const PROJECT_ROLES = ["projectOwner", "projectDeveloper", "projectViewer"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
const isProjectRole = isOneOf(PROJECT_ROLES);

/** Whether a name is one of the permissions above. */
export const isPermission = isOneOf(PERMISSIONS);

const all = new Set<Permission>(PERMISSIONS);
const adminOnly: Permission[] = [
  "serviceAccounts.create",
  "serviceAccounts.update",
  "serviceAccounts.delete",
  "serviceAccounts.rotateKey",
  // Opening a hole in the target boundary is an administrator's call, like an identity's reach.
  "projects.setCrossDatabaseAccess",
];

const WORKSPACE_GRANTS: Record<WorkspaceRole, ReadonlySet<Permission>> = {
  workspaceAdmin: all,
  // DBAs run the databases, not the identities that reach them.
  workspaceDBA: new Set(PERMISSIONS.filter((p) => !adminOnly.includes(p))),
  // Members see the shape of the workspace and may start projects; the rest comes from projects.
  workspaceMember: new Set<Permission>([
    "environments.get",
    "environments.list",
    "projects.create",
    "reviewConfigs.get",
    "reviewConfigs.list",
  ]),
};

const viewer: Permission[] = [
  "projects.get",
  "databases.get",
  "databases.list",
  "databases.getSchema",
  "changes.get",
  "changes.list",
  "changelogs.list",
  "changelogs.get",
];
const developer: Permission[] = [...viewer, "projects.getIamPolicy", "changes.create", "changes.run", "changes.cancel"];
const PROJECT_GRANTS: Record<ProjectRole, ReadonlySet<Permission>> = {
  projectOwner: new Set<Permission>([
    ...viewer,
    "projects.update",
    "projects.delete",
    "projects.getIamPolicy",
    "projects.setIamPolicy",
    "databases.update",
    ...developer,
    "changes.approve",
  ]),
  projectDeveloper: new Set<Permission>(developer),
  projectViewer: new Set<Permission>(viewer),
};

export function workspaceRoleGrants(role: string, permission: Permission): boolean {
  return isWorkspaceRole(role) && WORKSPACE_GRANTS[role].has(permission);
}

const WORKSPACE_ROLE_TITLES: Record<WorkspaceRole, string> = {
  workspaceAdmin: "workspace admin",
  workspaceDBA: "workspace DBA",
  workspaceMember: "workspace member",
};

/** Who holds `permission` through a workspace role, for messages: "a workspace admin or workspace DBA". */
export function workspaceRolesGranting(permission: Permission): string {
  const granting = WORKSPACE_ROLES.filter((r) => WORKSPACE_GRANTS[r].has(permission));
  return `a ${granting.map((r) => WORKSPACE_ROLE_TITLES[r]).join(" or ")}`;
}

export function projectRoleGrants(role: string, permission: Permission): boolean {
  return isProjectRole(role) && PROJECT_GRANTS[role].has(permission);
}
