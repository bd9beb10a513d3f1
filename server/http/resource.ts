import crypto from "node:crypto";
import type { Request } from "express";
import { ApiError } from "./errors";
import { isRecord, isRecordOf, isString, readJson } from "../store/json";
import type { ResourceSchema } from "./schemas";

/** Resource ids: lower-case DNS labels, as every resource name segment in the API. */
export const RESOURCE_ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseResourceId(value: unknown, field: string): string {
  if (Array.isArray(value)) throw ApiError.invalid(field, "must be given once");
  if (typeof value !== "string" || value === "") {
    throw ApiError.invalid(field, "is required", `${field} is required`);
  }
  if (!RESOURCE_ID.test(value)) {
    throw ApiError.invalid(
      field,
      "must be 1-63 characters of lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen",
    );
  }
  return value;
}

/** A path parameter as one string (Express gives arrays only for wildcards, which we do not use). */
export function pathParam(req: Request, param: string): string {
  const value: unknown = req.params[param];
  return Array.isArray(value) ? value.join("/") : typeof value === "string" ? value : "";
}

/** The id in a path segment: a malformed one cannot name anything, so it is not found. */
export function pathId(req: Request, param: string, collection: string): string {
  const value = pathParam(req, param);
  if (!RESOURCE_ID.test(value)) throw ApiError.notFound(`${collection}/${value}`);
  return value;
}

export function newEtag(): string {
  return crypto.randomBytes(9).toString("base64url");
}

/** A stale etag fails the call; an absent one means "whatever is current" (AIP-154). */
export function checkEtag(given: unknown, current: string, name: string): void {
  if (given === undefined || given === null || given === "") return;
  if (given !== current) throw ApiError.aborted(name);
}

/** The etag of a DELETE: `?etag=` or `If-Match`. */
export function requestEtag(req: Request): string | undefined {
  const q = req.query.etag;
  // Twice is not "no etag": that would skip the check the caller asked for.
  if (Array.isArray(q)) throw ApiError.invalid("etag", "must be given once");
  if (typeof q === "string") return q;
  const header = req.get("if-match");
  return header ? header.replace(/^W\//, "").replace(/^"|"$/g, "") : undefined;
}

export interface Page {
  pageSize: number;
  /** The sort key of the last item of the previous page. */
  after?: string;
  /** What this page's tokens are bound to: the list, its filter, and this deployment's key. */
  readonly scope: { text: string; key: Buffer };
}

const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

/** The key that signs page tokens, derived from the session-token key so that replicas agree. */
export function pageTokenKey(tokenKey: Buffer): Buffer {
  return crypto.createHmac("sha256", tokenKey).update("tidemark/page-token/v1").digest();
}

const FOREIGN_TOKEN = "is not a token this list gave: start again from the first page";

/**
 * `pageSize` and `pageToken` (AIP-158). A token is the last key of its page, signed together with
 * the list's path and filter, so a tampered token, or one from another list or filter, is a 400.
 */
export function parsePage(req: Request): Page {
  const key: unknown = req.app.locals.pageTokenKey;
  if (!Buffer.isBuffer(key)) throw new Error("createApp sets app.locals.pageTokenKey");
  const scope = {
    text: JSON.stringify([req.baseUrl + req.path, req.query.filter ?? "", req.query.showDeleted ?? ""]),
    key,
  };
  const rawSize = req.query.pageSize;
  let pageSize = DEFAULT_PAGE_SIZE;
  if (rawSize !== undefined && rawSize !== "") {
    if (Array.isArray(rawSize)) throw ApiError.invalid("pageSize", "must be given once");
    if (typeof rawSize !== "string" || !/^\d{1,7}$/.test(rawSize) || Number(rawSize) > MAX_PAGE_SIZE) {
      throw ApiError.invalid("pageSize", `must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
    }
    // AIP-158: zero means the default.
    pageSize = Number(rawSize) || DEFAULT_PAGE_SIZE;
  }
  const rawToken = req.query.pageToken;
  if (rawToken === undefined || rawToken === "") return { pageSize, scope };
  if (Array.isArray(rawToken)) throw ApiError.invalid("pageToken", "must be given once");
  if (typeof rawToken !== "string") throw ApiError.invalid("pageToken", FOREIGN_TOKEN);
  const dot = rawToken.lastIndexOf(".");
  const payload = rawToken.slice(0, dot);
  const given = Buffer.from(rawToken.slice(dot + 1), "base64url");
  const expected = signature(scope, payload);
  if (dot < 0 || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw ApiError.invalid("pageToken", FOREIGN_TOKEN);
  }
  const token: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  const after = isRecord(token) ? token.a : undefined;
  if (typeof after !== "string") throw ApiError.invalid("pageToken", FOREIGN_TOKEN);
  return { pageSize, after, scope };
}

function signature(scope: Page["scope"], payload: string): Buffer {
  return crypto
    .createHmac("sha256", scope.key)
    .update(scope.text)
    .update("\n")
    .update(payload)
    .digest()
    .subarray(0, 16);
}

/** Lists fetch one row more than asked, so they know whether another page follows. */
export function pageOf<T>(rows: T[], page: Page, key: (row: T) => string): { items: T[]; nextPageToken?: string } {
  const items = rows.slice(0, page.pageSize);
  const last = items.at(-1);
  // parsePage never gives a page size of 0, so a longer list always has a last item on this page.
  if (rows.length <= page.pageSize || last === undefined) return { items: rows };
  const payload = Buffer.from(JSON.stringify({ a: key(last) })).toString("base64url");
  return { items, nextPageToken: `${payload}.${signature(page.scope, payload).toString("base64url")}` };
}

/**
 * The fields an update touches: `updateMask` when given (comma-separated, AIP-134), else every
 * writable field present in the body. Output-only and unknown paths are refused by name.
 */
export function parseUpdateMask(req: Request, schema: ResourceSchema, body: Record<string, unknown>): string[] {
  const raw = req.query.updateMask;
  if (raw === undefined) {
    const present = Object.keys(body).filter((k) => schema.writableFields.has(k));
    if (present.length === 0) throw ApiError.invalid("updateMask", "names no field to update", "nothing to update");
    return present;
  }
  if (typeof raw !== "string") throw ApiError.invalid("updateMask", "must be a comma-separated list of fields");
  const paths = raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (paths.length === 0) throw ApiError.invalid("updateMask", "names no field to update", "nothing to update");
  for (const p of paths) {
    if (schema.readOnlyFields.has(p)) throw ApiError.invalid("updateMask", `${p} is output only and cannot be updated`);
    if (!schema.writableFields.has(p))
      throw ApiError.invalid("updateMask", `${p} is not a field of ${schema.collection}`);
  }
  return [...new Set(paths)];
}

/** A request body as an object, or a 400: every route that takes a body goes through here. */
export function bodyObject(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (!isRecord(body)) {
    throw new ApiError(400, "request body must be a JSON object", [
      { field: "", description: "expected a JSON object" },
    ]);
  }
  return body;
}

const isLabels = isRecordOf(isString);

/** A resource's labels as storeLabels stored them. */
export function labelsOf(stored: string): Record<string, string> {
  return readJson(stored, isLabels, "labels");
}

/** Labels are stored sorted by key, so an equal map always serialises the same way. */
export function storeLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * An update's new representation: the current writable fields with the masked ones replaced
 * by the body's (a masked field absent from the body is cleared), checked against the full schema.
 */
export function mergeUpdate<T extends object>(
  schema: ResourceSchema<T>,
  current: object,
  body: Record<string, unknown>,
  mask: string[],
): Record<string, unknown> & T {
  const merged = schema.writableOnly(fieldsOf(current));
  for (const field of mask) {
    if (body[field] === undefined) delete merged[field];
    else merged[field] = body[field];
  }
  return schema.full.checked(merged);
}

/** A resource's fields by name, to read or replace one named at run time (an update mask's). */
export function fieldsOf(resource: object): Record<string, unknown> {
  return { ...resource };
}
