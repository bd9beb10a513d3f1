import crypto from "node:crypto";
import type { Request, RequestHandler, Router } from "express";
import type { ServerContext } from "./context";
import { maskKeys } from "./log";
import { statusName } from "./http/errors";
import { parseFilter } from "./http/filter";
import { pageOf, parsePage } from "./http/resource";
import type { RouteSpec, RouteTable } from "./http/routes";

export interface AuditEntry {
  actor: string;
  action: string;
  resource: string;
  status: number;
  requestId: string;
}

/**
 * Records one call. An audit write that fails is logged, never surfaced to the caller whose
 * call already happened; the id sorts by time so the log pages in order. A key anywhere in the
 * record (a path, a name typed in the wrong field) is masked: audit records are readable through the API.
 */
export async function recordAudit(ctx: ServerContext, entry: AuditEntry): Promise<void> {
  const time = new Date();
  const id = `${time.getTime().toString(36).padStart(9, "0")}-${crypto.randomBytes(6).toString("hex")}`;
  try {
    await ctx.store.client.auditLog.create({
      data: {
        id,
        time,
        actor: maskKeys(entry.actor),
        action: maskKeys(entry.action),
        resource: maskKeys(entry.resource),
        status: entry.status,
        requestId: maskKeys(entry.requestId),
        result: statusName(entry.status),
      },
    });
  } catch {
    ctx.log.error({ requestId: entry.requestId, action: entry.action }, "audit record could not be written");
  }
}

/** One field a call changed where the change was a workspace decision (lowering a protection). */
export interface FieldDecision {
  /** The permission that allowed it: `protection.lower`. */
  permission: string;
  /** The resource changed: `projects/shop`. */
  resource: string;
  field: string;
  /** JSON values; for one entry of a list, null before (added) or after (removed). */
  before: unknown;
  after: unknown;
}

/**
 * Records a decision beside its call's own record (same actor and request id). The action is the
 * permission that allowed it, so one filter lists every such decision; the resource names the
 * field and its values: `projects/shop requireApproval: true → false`.
 */
export async function recordDecision(ctx: ServerContext, req: Request, decision: FieldDecision): Promise<void> {
  const { permission, resource, field, before, after } = decision;
  await recordAudit(ctx, {
    actor: req.caller?.name ?? "anonymous",
    action: permission,
    resource: `${resource} ${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
    status: 200,
    requestId: req.id,
  });
}

/** The resource a call names: its path under /v1 without a custom verb, plus a create's new id. */
export function auditedResource(spec: RouteSpec, req: Request): string {
  const path = req.path.replace(/^\/v1\//, "").replace(/:[A-Za-z]+$/, "");
  const idParameter = Object.keys(req.query).find((k) => /^[a-z][A-Za-z]*Id$/.test(k));
  const createdId = spec.method === "post" && idParameter ? req.query[idParameter] : undefined;
  return typeof createdId === "string" ? `${path}/${createdId}` : path;
}

/** Audits every mutating route once its response is sent, whatever the outcome. */
export function auditCall(ctx: ServerContext, spec: RouteSpec): RequestHandler[] {
  if (spec.method === "get" || spec.public || !spec.permission) return [];
  const action = spec.permission;
  return [
    (req, res, next) => {
      res.on("finish", () => {
        void recordAudit(ctx, {
          actor: req.caller?.name ?? "anonymous",
          action,
          resource: auditedResource(spec, req),
          status: res.statusCode,
          requestId: req.id,
        });
      });
      next();
    },
  ];
}

const FILTERABLE = new Set(["actor", "action", "resource", "result", "requestId"]);

export function auditRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  api.add(
    {
      method: "get",
      path: "/v1/auditLogs",
      summary: "List audit records, newest first (filter on actor, action, resource, result, requestId)",
      response: { custom: "AuditLogList" },
      permission: "auditLogs.list",
    },
    async (req, res) => {
      const page = parsePage(req);
      const filter = parseFilter(req.query.filter, (f) => FILTERABLE.has(f));
      const rows = await ctx.store.client.auditLog.findMany({
        where: {
          AND: filter.map((c) => (c.op === "=" ? { [c.field]: c.value } : { NOT: { [c.field]: c.value } })),
          ...(page.after === undefined ? {} : { id: { lt: page.after } }),
        },
        orderBy: { id: "desc" },
        take: page.pageSize + 1,
      });
      const { items, nextPageToken } = pageOf(rows, page, (r) => r.id);
      res.json({
        auditLogs: items.map(({ id, time, ...rest }) => ({
          name: `auditLogs/${id}`,
          time: time.toISOString(),
          ...rest,
        })),
        ...(nextPageToken ? { nextPageToken } : {}),
      });
    },
  );
  return api.express;
}
