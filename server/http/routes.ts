import { Router, type RequestHandler } from "express";

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
  /** Open routes need no token. */
  public?: boolean;
}

export class RouteTable {
  readonly specs: RouteSpec[] = [];

  /** A router whose routes are recorded in this table. */
  router(): ApiRouter {
    return new ApiRouter(this);
  }
}

export class ApiRouter {
  readonly express = Router();

  constructor(private readonly table: RouteTable) {}

  add(spec: RouteSpec, handler: RequestHandler): this {
    this.table.specs.push(spec);
    this.express[spec.method](spec.path, handler);
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
