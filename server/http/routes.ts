import { Router, type RequestHandler } from "express";
import type { RouteSpec } from "../route-spec";

export type { Method, QueryParameter, RouteSpec } from "../route-spec";

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
