import type { RequestHandler } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { keyIdOf, VerifiedTokens } from "./tokens";

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * How long a replica trusts what it read of an account. Changes made through this replica take
 * effect at once (see AccountCache); a change made through another replica takes at most this
 * long to reach calls here.
 */
export const ACCOUNT_CACHE_MS = 1000;

/** How many accounts a replica keeps at most: past it, the longest kept goes. */
export const ACCOUNT_CACHE_CAPACITY = 10_000;

/** What checking a token needs of its account. */
interface Account {
  email: string;
  role: string;
  keyHash: string;
}

/**
 * Accounts as this replica last read them, so a run of calls with one token (a Terraform plan
 * is hundreds) does not read the same row for each. A call that may change service accounts
 * empties it when it starts and when it ends, and nothing is kept while one is in flight: once
 * a delete, rotation or role change has answered, every later call here reads the store again.
 * Accounts that are not found are never kept, so a new one is usable as soon as it exists. (A
 * call whose client hangs up before the answer ends its mark early; ACCOUNT_CACHE_MS bounds that.)
 */
export class AccountCache {
  private readonly entries = new Map<string, { account: Account; until: number }>();
  /** Calls in flight that may change service accounts. */
  private changing = 0;
  /** Bumped on every change, so a read that overlapped one is not kept. */
  private generation = 0;

  async get(id: string, read: (id: string) => Promise<Account | null>): Promise<Account | null> {
    const now = Date.now();
    const kept = this.entries.get(id);
    if (kept && kept.until > now && this.changing === 0) return kept.account;
    const generation = this.generation;
    const account = await read(id);
    if (account && generation === this.generation && this.changing === 0) {
      this.entries.delete(id);
      this.entries.set(id, { account, until: now + ACCOUNT_CACHE_MS });
      if (this.entries.size > ACCOUNT_CACHE_CAPACITY) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
    } else if (!account) {
      this.entries.delete(id);
    }
    return account;
  }

  /** Marks a change in flight; the returned function ends it (and may be called more than once). */
  change(): () => void {
    this.changing++;
    this.forget();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.changing--;
      this.forget();
    };
  }

  private forget(): void {
    this.generation++;
    this.entries.clear();
  }
}

/** A call that may change service accounts: anything but a read under /v1/serviceAccounts. */
const changesAccounts = (method: string, path: string): boolean =>
  method !== "GET" && method !== "HEAD" && path.startsWith("/serviceAccounts");

/**
 * Every /v1 route but login goes through here. The token proves who signed in; the store
 * confirms the account still exists with the key the token was issued for, so deleting an
 * account or rotating its key cuts its sessions off (at once on this replica, within
 * ACCOUNT_CACHE_MS on the others).
 */
export function requireCaller(ctx: ServerContext): RequestHandler {
  const accounts = new AccountCache();
  const tokens = new VerifiedTokens(ctx.keys.tokenKey);
  const read = async (id: string): Promise<Account | null> => {
    const row = await ctx.store.findById("ServiceAccount", id);
    return row && { email: row.email, role: row.role, keyHash: row.keyHash };
  };
  return async (req, res, next) => {
    // Mounted at /v1, so the path is relative to it.
    if (changesAccounts(req.method, req.path)) {
      const ended = accounts.change();
      res.once("finish", ended);
      res.once("close", ended);
    }
    const header = req.get("authorization");
    if (!header)
      return next(
        ApiError.unauthenticated("missing Authorization header: send 'Bearer <token>' from POST /v1/auth/login"),
      );
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) {
      return next(ApiError.unauthenticated("malformed Authorization header: expected 'Bearer <token>'"));
    }
    const claims = tokens.verify(token);
    if (!claims) return next(ApiError.unauthenticated("invalid or expired token: log in again"));
    const id = claims.subject.replace(/^serviceAccounts\//, "");
    const account = await accounts.get(id, read);
    if (!account) return next(ApiError.unauthenticated("the token's service account no longer exists"));
    if (keyIdOf(account.keyHash) !== claims.keyId) {
      return next(ApiError.unauthenticated("the service account's key was rotated: log in with the new key"));
    }
    req.caller = { name: claims.subject, email: account.email, role: account.role };
    next();
  };
}
