import type { Request } from "express";
import type { ProjectScope } from "../route-spec";
import { isPermission, type Permission } from "../auth/roles";
import { errorCode } from "../error-code";
import { ApiError } from "./errors";
import { matchesFilter, parseFilter, readResourceField } from "./filter";
import {
  bodyObject,
  checkEtag,
  fieldsOf,
  mergeUpdate,
  pageOf,
  parsePage,
  parseResourceId,
  parseUpdateMask,
  pathId,
  requestEtag,
} from "./resource";
import type { ApiRouter } from "./routes";
import type { ResourceSchema } from "./schemas";

export interface StoredRow {
  id: string;
  etag: string;
}

/**
 * What a top-level resource supplies so that its standard methods (AIP-131..135: get, list,
 * create, update, delete) behave the same as every other's: ids, validation, etags, masks,
 * immutability and paging are decided here, once.
 */
export interface StandardResource<Row extends StoredRow, Resource extends object, Body extends object> {
  schema: ResourceSchema<Body>;
  /** Singular noun for route summaries: "environment". */
  noun: string;
  /** Whether project roles grant access to each resource (projects themselves). */
  projectScoped?: boolean;
  toResource(row: Row): Resource;
  find(id: string): Promise<Row | null>;
  /** Rows with id > `after`, in id order, at most `take`; only those `req` may see. */
  page(after: string | undefined, take: number, req: Request): Promise<Row[]>;
  /**
   * Stores a new resource from a validated body of writable fields. May return fields shown
   * in this one response only (a new service account's key).
   */
  create(id: string, input: Body, req: Request): Promise<Record<string, unknown> | void>;
  /** Writes the merged representation if the row still has `current.etag`; false when it did not. */
  update(current: Row, merged: Body, mask: string[], req: Request): Promise<boolean>;
  /** Deletes the row if it still has `current.etag`; false when it did not. */
  remove(current: Row, req: Request): Promise<boolean>;
}

/** Rows read at a time while looking for a page of matches to a filter. */
const FILTER_BATCH = 500;

const isUniqueViolation = (err: unknown): boolean => errorCode(err) === "P2002";

export function standardRoutes<Row extends StoredRow, Resource extends object, Body extends object>(
  api: ApiRouter,
  r: StandardResource<Row, Resource, Body>,
): void {
  const { collection, idParameter } = r.schema;
  if (!idParameter) throw new Error(`${collection} has no id parameter to create with`);
  const name = (id: string): string => `${collection}/${id}`;
  const resource = r.schema.file;
  const permission = (verb: string): Permission => {
    const p = `${collection}.${verb}`;
    if (!isPermission(p)) throw new Error(`no permission ${p} in server/auth/roles.ts`);
    return p;
  };
  const own: { project?: ProjectScope } = r.projectScoped ? { project: { param: "id" } } : {};
  const found = async (id: string): Promise<Row> => {
    const row = await r.find(id);
    if (!row) throw ApiError.notFound(name(id));
    return row;
  };

  api.add(
    {
      method: "post",
      path: `/v1/${collection}`,
      summary: `Create ${article(r.noun)}`,
      requestBody: { resource },
      response: { resource },
      permission: permission("create"),
      query: [{ name: idParameter, description: `The new ${r.noun}'s id, which becomes its name.`, required: true }],
    },
    async (req, res) => {
      const id = parseResourceId(req.query[idParameter], idParameter);
      const body = r.schema.full.checked(bodyObject(req));
      if (await r.find(id)) throw ApiError.alreadyExists(name(id));
      let once: Record<string, unknown> | void;
      try {
        once = await r.create(id, r.schema.writableOnly(body), req);
      } catch (err) {
        // Two creates of one id racing: the store's key decides, the loser gets the same 409.
        if (isUniqueViolation(err)) throw ApiError.alreadyExists(name(id));
        throw err;
      }
      res.json({ ...r.toResource(await found(id)), ...once });
    },
  );

  api.add(
    {
      method: "get",
      path: `/v1/${collection}`,
      summary: `List ${collection}`,
      response: { resource, list: collection },
      permission: permission("list"),
      ...(r.projectScoped ? { project: { visibleWith: permission("get") } } : {}),
    },
    async (req, res) => {
      const page = parsePage(req);
      const filter = parseFilter(req.query.filter, (field) => r.schema.filterable(field));
      let rows = await r.page(page.after, page.pageSize + 1, req);
      if (filter.length > 0) {
        // Compared on the representation, reading on until a page of matches or the end.
        const matches = (row: Row): boolean =>
          matchesFilter(filter, (field) => readResourceField(r.toResource(row), field));
        let batch = rows;
        let take = page.pageSize + 1;
        rows = batch.filter(matches);
        while (rows.length <= page.pageSize && batch.length === take) {
          take = FILTER_BATCH;
          batch = await r.page(batch.at(-1)?.id, take, req);
          rows.push(...batch.filter(matches));
        }
      }
      const { items, nextPageToken } = pageOf(rows, page, (row) => row.id);
      res.json({ [collection]: items.map((row) => r.toResource(row)), ...(nextPageToken ? { nextPageToken } : {}) });
    },
  );

  api.add(
    {
      method: "get",
      path: `/v1/${collection}/:id`,
      summary: `Get ${article(r.noun)}`,
      response: { resource },
      permission: permission("get"),
      ...own,
    },
    async (req, res) => {
      res.json(r.toResource(await found(pathId(req, "id", collection))));
    },
  );

  api.add(
    {
      method: "patch",
      path: `/v1/${collection}/:id`,
      summary: `Update the fields of ${article(r.noun)} named in updateMask`,
      requestBody: { resource },
      response: { resource },
      permission: permission("update"),
      ...own,
    },
    async (req, res) => {
      const id = pathId(req, "id", collection);
      const body = bodyObject(req);
      r.schema.partial.validate(body);
      const mask = parseUpdateMask(req, r.schema, body);
      const current = await found(id);
      checkEtag(body.etag, current.etag, name(id));
      const before = fieldsOf(r.toResource(current));
      const merged = mergeUpdate(r.schema, before, body, mask);
      for (const field of mask) {
        if (r.schema.immutableFields.has(field) && merged[field] !== before[field]) {
          throw ApiError.invalid(field, `is immutable: create a new ${r.noun} to change it`);
        }
      }
      if (!(await r.update(current, merged, mask, req))) throw ApiError.aborted(name(id));
      res.json(r.toResource(await found(id)));
    },
  );

  api.add(
    {
      method: "delete",
      path: `/v1/${collection}/:id`,
      summary: `Delete ${article(r.noun)}`,
      permission: permission("delete"),
      ...own,
    },
    async (req, res) => {
      const id = pathId(req, "id", collection);
      const current = await found(id);
      checkEtag(requestEtag(req), current.etag, name(id));
      if (!(await r.remove(current, req))) throw ApiError.aborted(name(id));
      res.json({});
    },
  );
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
