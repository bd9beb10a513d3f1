import type { Router } from "express";
import type { RouteTable } from "../http/routes";
import { recordAudit } from "../audit";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { bodyObject } from "../http/resource";
import { requestSchema } from "../http/schemas";
import { issueToken, keyIdOf, keyMatches } from "./tokens";

/** `POST /v1/auth/login {"email","password"}`: a service account's key buys a short-lived JWT. */
export function loginRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const schema = requestSchema("login");
  api.add(
    {
      method: "post",
      path: "/v1/auth/login",
      summary: "Exchange a service account key for a session token",
      requestBody: { request: "login" },
      response: { custom: "SessionToken" },
      public: true,
    },
    async (req, res) => {
      const body = bodyObject(req);
      schema.validate(body);
      const { email, password } = body as { email: string; password: string };
      const account = await ctx.store.client.serviceAccount.findUnique({ where: { email } });
      // One answer for an unknown email and a wrong key, so logins cannot probe for accounts.
      const ok = account !== null && keyMatches(password, account.keyHash);
      await recordAudit(ctx, {
        actor: account ? `serviceAccounts/${account.id}` : `unknown:${email.slice(0, 120)}`,
        action: "auth.login",
        resource: account ? `serviceAccounts/${account.id}` : "serviceAccounts/-",
        status: ok ? 200 : 401,
        requestId: req.id,
      });
      if (!account || !ok) {
        ctx.log.info({ requestId: req.id, email }, "login refused");
        throw ApiError.unauthenticated("invalid email or key");
      }
      res.json(
        issueToken(
          ctx.keys.tokenKey,
          { subject: `serviceAccounts/${account.id}`, keyId: keyIdOf(account.keyHash) },
          ctx.tokenLifetimeSeconds,
        ),
      );
    },
  );
  return api.express;
}
