import type { RequestHandler } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { keyIdOf, verifyToken } from "./tokens";

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * Every /v1 route but login goes through here. The token proves who signed in; the store
 * confirms the account still exists, so deleting an account cuts its sessions off at once.
 */
export function requireCaller(ctx: ServerContext): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get("authorization");
    if (!header)
      return next(
        ApiError.unauthenticated("missing Authorization header: send 'Bearer <token>' from POST /v1/auth/login"),
      );
    const match = BEARER.exec(header);
    if (!match) return next(ApiError.unauthenticated("malformed Authorization header: expected 'Bearer <token>'"));
    const claims = verifyToken(ctx.keys.tokenKey, match[1] as string);
    if (!claims) return next(ApiError.unauthenticated("invalid or expired token: log in again"));
    const id = claims.subject.replace(/^serviceAccounts\//, "");
    const account = await ctx.store.client.serviceAccount.findUnique({ where: { id } });
    if (!account) return next(ApiError.unauthenticated("the token's service account no longer exists"));
    if (keyIdOf(account.keyHash) !== claims.keyId) {
      return next(ApiError.unauthenticated("the service account's key was rotated: log in with the new key"));
    }
    req.caller = { name: claims.subject, email: account.email, role: account.role };
    next();
  };
}
