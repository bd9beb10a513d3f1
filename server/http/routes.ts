import { Router, type RequestHandler } from "express";
import type { ProjectScope } from "../auth/access";
import type { Permission } from "../auth/roles";

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

export class RouteTable {
  readonly specs: RouteSpec[] = [];

  /** `guard` builds the check that runs before each route's handler (authorisation, audit). */
  constructor(readonly guard: (spec: RouteSpec) => RequestHandler[]) {}

  /** A router whose routes are recorded in this table. */
  router(): ApiRouter {
    return new ApiRouter(this);
  }
}

export class ApiRouter {
  readonly express = Router();

  constructor(private readonly table: RouteTable) {}

  add(spec: RouteSpec, handler: RequestHandler): this {
    if (!spec.public && !spec.permission) throw new Error(`${spec.method} ${spec.path} names no permission`);
    this.table.specs.push(spec);
    this.express[spec.method](spec.path, ...this.table.guard(spec), handler);
    return this;
  }
}

/** `/v1/instances/:id\\:sync` → `/v1/instances/{id}:sync`, as OpenAPI writes paths. */
export function openApiPath(expressPath: string): string {
  return expressPath
    .replace(/\\:/g, "\u0000")
    .replace(/:([A-Za-z_]\w*)/g, "{$1}")
    .replace(/\u0000/g, ":");
}
