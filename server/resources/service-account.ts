import type { Router } from "express";
import { generateKey, hashKey } from "../auth/tokens";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { checkEtag, newEtag, pathId } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { requestSchema, resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import type { ServiceAccount as ServiceAccountRow } from "../store/generated/sqlite/client";

export const serviceAccountSchema = resourceSchema("serviceAccount");
const rotateKeySchema = requestSchema("rotateKey");

export const SERVICE_ACCOUNT_DOMAIN = "service.tidemark.local";

export interface ServiceAccount {
  name: string;
  email: string;
  title: string;
  role: string;
  etag: string;
  createTime: string;
  updateTime: string;
}

export const serviceAccountName = (id: string): string => `serviceAccounts/${id}`;
export const serviceAccountEmail = (id: string): string => `${id}@${SERVICE_ACCOUNT_DOMAIN}`;

function toServiceAccount(row: ServiceAccountRow): ServiceAccount {
  return {
    name: serviceAccountName(row.id),
    email: row.email,
    title: row.title,
    role: row.role,
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

export function serviceAccountRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;

  /** The last workspace admin cannot be removed or demoted: nobody could manage the workspace. */
  async function keepAnAdmin(current: ServiceAccountRow, nextRole: string | null): Promise<void> {
    if (current.role !== "workspaceAdmin" || nextRole === "workspaceAdmin") return;
    const admins = await db.serviceAccount.count({ where: { role: "workspaceAdmin" } });
    if (admins <= 1) {
      throw ApiError.failedPrecondition(`${serviceAccountName(current.id)} is the last workspace admin`);
    }
  }

  standardRoutes(api, {
    schema: serviceAccountSchema,
    noun: "service account",
    toResource: toServiceAccount,
    find: (id) => db.serviceAccount.findUnique({ where: { id } }),
    page: (after, take) =>
      db.serviceAccount.findMany({
        where: after === undefined ? {} : { id: { gt: after } },
        orderBy: { id: "asc" },
        take,
      }),
    create: async (id, input) => {
      const key = generateKey();
      await db.serviceAccount.create({
        data: {
          id,
          email: serviceAccountEmail(id),
          title: input.title,
          role: input.role ?? "workspaceMember",
          keyHash: hashKey(key),
          etag: newEtag(),
        },
      });
      return { key };
    },
    update: async (current, merged) => {
      const role = merged.role ?? "workspaceMember";
      await keepAnAdmin(current, role);
      const data = { title: merged.title, role, etag: newEtag() };
      return (await db.serviceAccount.updateMany({ where: { id: current.id, etag: current.etag }, data })).count > 0;
    },
    remove: async (current) => {
      await keepAnAdmin(current, null);
      return (await db.serviceAccount.deleteMany({ where: { id: current.id, etag: current.etag } })).count > 0;
    },
  });

  api.add(
    {
      method: "post",
      path: "/v1/serviceAccounts/:id\\:rotateKey",
      summary: "Replace a service account's key; sessions opened with the old key end at once",
      requestBody: { request: "rotateKey" },
      response: { resource: "serviceAccount" },
      permission: "serviceAccounts.rotateKey",
    },
    async (req, res) => {
      const id = pathId(req, "id", "serviceAccounts");
      const current = await db.serviceAccount.findUnique({ where: { id } });
      if (!current) throw ApiError.notFound(serviceAccountName(id));
      const body: unknown = req.body ?? {};
      const { etag } = rotateKeySchema.checked(body);
      checkEtag(etag, current.etag, serviceAccountName(id));
      const key = generateKey();
      const updated = await db.serviceAccount.updateMany({
        where: { id, etag: current.etag },
        data: { keyHash: hashKey(key), etag: newEtag() },
      });
      if (updated.count === 0) throw ApiError.aborted(serviceAccountName(id));
      const row = await db.serviceAccount.findUniqueOrThrow({ where: { id } });
      res.json({ ...toServiceAccount(row), key });
    },
  );

  return api.express;
}
