import type { Router } from "express";
import type { RouteTable } from "../http/routes";
import { recordAudit } from "../audit";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { RESOURCE_ID, bodyObject } from "../http/resource";
import { requestSchema } from "../http/schemas";
import { SERVICE_ACCOUNT_DOMAIN } from "../resources/service-account";
import { issueToken, keyIdOf, keyMatches } from "./tokens";

/**
 * The email of a refused login as the log and audit may keep it: only when it has an account
 * email's shape. Anything else may be a key typed into the wrong field, so it is never written.
 */
export function recordableEmail(email: string): string {
  const at = email.lastIndexOf("@");
  const accountShaped =
    at > 0 && RESOURCE_ID.test(email.slice(0, at)) && email.slice(at + 1) === SERVICE_ACCOUNT_DOMAIN;
  return accountShaped ? email : "[not an account email]";
}

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
      const { email, password } = schema.checked(bodyObject(req));
      const account = await ctx.store.client.serviceAccount.findUnique({ where: { email } });
      // One answer for an unknown email and a wrong key, so logins cannot probe for accounts.
      const ok = account !== null && keyMatches(password, account.keyHash);
      await recordAudit(ctx, {
        actor: account ? `serviceAccounts/${account.id}` : `unknown:${recordableEmail(email)}`,
        action: "auth.login",
        resource: account ? `serviceAccounts/${account.id}` : "serviceAccounts/-",
        status: ok ? 200 : 401,
        requestId: req.id,
      });
      if (!account || !ok) {
        ctx.log.info({ requestId: req.id, email: recordableEmail(email) }, "login refused");
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
