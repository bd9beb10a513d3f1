import crypto from "node:crypto";
import type { Request, RequestHandler, Router } from "express";
import type { ServerContext } from "./context";
import { maskKeys, REDACTED, SECRET_FIELDS } from "./log";
import { statusName } from "./http/errors";
import { parseFilter } from "./http/filter";
import { pageOf, parsePage } from "./http/resource";
import type { RouteSpec, RouteTable } from "./http/routes";
import { isAnything, isArrayOf, isNumber, isOptional, isShaped, isString, readJson } from "./store/json";

export interface AuditEntry {
  actor: string;
  action: string;
  resource: string;
  status: number;
  requestId: string;
  /** What a decision changed; only records of decisions carry one. */
  detail?: AuditDetail;
}

/** The protected databases a decision concerned: all of them counted, the first few named. */
export interface ConcernedDatabases {
  count: number;
  /** `instances/{i}/databases/{d}`, sorted; at most MAX_NAMED_DATABASES of them. */
  names: string[];
  /** The protected environments they are (or were) in. */
  environments: string[];
}

/**
 * An audit record's account of a decision, for auditors: the field it changed and the values
 * before and after (JSON values; for one entry of a list, null before when added and after when
 * removed), the decision in the words a refusal would have used, and what it concerned.
 */
export interface AuditDetail {
  field: string;
  before: unknown;
  after: unknown;
  /** "turning off requireApproval for projects/shop, which holds 2 database(s) in protected environments (environments/prod)" */
  summary?: string;
  protectedDatabases?: ConcernedDatabases;
}

const isAuditDetail = isShaped<AuditDetail>({
  field: isString,
  before: isAnything,
  after: isAnything,
  summary: isOptional(isString),
  protectedDatabases: isOptional(
    isShaped<ConcernedDatabases>({ count: isNumber, names: isArrayOf(isString), environments: isArrayOf(isString) }),
  ),
});

/** Keeps a detail well inside the store's TEXT column however many databases a decision moved. */
export const MAX_NAMED_DATABASES = 100;

const SECRET_NAMES = new Set<string>(SECRET_FIELDS);
const isSecretName = (name: string): boolean => SECRET_NAMES.has(name.toLowerCase());

/** A JSON value with every secret-named member redacted and every service-account key masked. */
function withoutSecrets(value: unknown): unknown {
  if (typeof value === "string") return maskKeys(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [maskKeys(k), isSecretName(k) ? REDACTED : withoutSecrets(v)]),
    );
  }
  return null;
}

/**
 * The detail as stored. Audit records are readable through the API, so a write-only field
 * (a password, a TLS key: every one is named in SECRET_FIELDS, which a test checks against the
 * schemas) never lands in one: as the field itself its values are redacted, and inside a value
 * its member is.
 */
export function storedDetail(detail: AuditDetail): string {
  const leaf =
    detail.field
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? "";
  const secret = isSecretName(leaf);
  const concerned = detail.protectedDatabases;
  return JSON.stringify(
    withoutSecrets({
      field: detail.field,
      before: secret ? REDACTED : detail.before,
      after: secret ? REDACTED : detail.after,
      ...(detail.summary === undefined ? {} : { summary: detail.summary }),
      ...(concerned
        ? { protectedDatabases: { ...concerned, names: concerned.names.slice(0, MAX_NAMED_DATABASES) } }
        : {}),
    }),
  );
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
        detail: entry.detail ? storedDetail(entry.detail) : null,
      },
    });
  } catch {
    ctx.log.error({ requestId: entry.requestId, action: entry.action }, "audit record could not be written");
  }
}

/** One field a call changed where the change was a workspace decision (lowering a protection). */
export interface FieldDecision extends AuditDetail {
  /** The permission that allowed it: `protection.lower`. */
  permission: string;
  /** The resource changed, as named everywhere else: `projects/shop`. */
  resource: string;
}

/**
 * Records a decision beside its call's own record (same actor and request id). The action is the
 * permission that allowed it, so one filter lists every such decision; the resource is the plain
 * name, so a filter on it finds its decisions too; the detail says what changed.
 */
export async function recordDecision(ctx: ServerContext, req: Request, decision: FieldDecision): Promise<void> {
  const { permission, resource, ...detail } = decision;
  await recordAudit(ctx, {
    actor: req.caller?.name ?? "anonymous",
    action: permission,
    resource,
    status: 200,
    requestId: req.id,
    detail,
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
        auditLogs: items.map(({ id, time, detail, ...rest }) => ({
          name: `auditLogs/${id}`,
          time: time.toISOString(),
          ...rest,
          ...(detail === null ? {} : { detail: readJson(detail, isAuditDetail, "AuditLog.detail") }),
        })),
        ...(nextPageToken ? { nextPageToken } : {}),
      });
    },
  );
  return api.express;
}
