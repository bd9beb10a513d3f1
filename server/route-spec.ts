// What a route declares about itself — method, path, bodies, permission, project scope — in a
// module of its own: the router (http/), the authorisation (auth/) and the metrics all read these
// declarations, and none of them owns them.
import type { Permission } from "./auth/roles";

/** How a route finds the project its call touches. */
export type ProjectScope =
  /** The project's id is a path parameter. */
  | { param: string }
  /** The call touches one database; its project decides. */
  | { database: { instance: string; database: string } }
  /**
   * A list: never refused; the handler shows only the projects in `req.visibleProjects`, those
   * where the caller holds `visibleWith` (or all, when the workspace role grants the route).
   */
  | { visibleWith: Permission };

export type Method = "get" | "post" | "patch" | "delete";

/**
 * One API route, declared once: Express serves it and the OpenAPI document describes it from
 * the same entry, so no route can exist without documentation.
 */
export interface RouteSpec {
  method: Method;
  /** Express path; a custom verb is written `/v1/instances/:id\\:sync`. */
  path: string;
  summary: string;
  /** The resource (schema/resources) or request (schema/requests) the body must match. */
  requestBody?: { resource: string } | { request: string };
  /** The resource returned, or a list of it. */
  response?: { resource: string; list?: string } | { custom: string };
  /** Open routes need no token and name no permission. */
  public?: boolean;
  /** What the caller must hold; see server/auth/roles.ts. */
  permission?: Permission;
  /** Where a project role can grant the permission. */
  project?: ProjectScope;
  /** Query parameters beyond those the document gives every route of its kind (lists, updates, deletes). */
  query?: QueryParameter[];
}

export interface QueryParameter {
  name: string;
  description: string;
  required?: boolean;
}
