import crypto, { type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";

export const TOKEN_LIFETIME_SECONDS = 3600;
const ISSUER = "tidemark";

export interface SessionToken {
  token: string;
  expireTime: string;
}

export interface TokenClaims {
  /** The caller's resource name, `serviceAccounts/{id}`. */
  subject: string;
  /** Which of the account's keys the session was opened with: rotating the key ends it. */
  keyId: string;
}

// jsonwebtoken tries a Buffer as a PEM public key first and takes it for a secret only once that
// throws: on every call, and dearer than the rest of an authenticated request. A KeyObject skips it.
const secretKeys = new WeakMap<Buffer, KeyObject>();

function secretKey(key: Buffer): KeyObject {
  let secret = secretKeys.get(key);
  if (!secret) {
    secret = crypto.createSecretKey(key);
    secretKeys.set(key, secret);
  }
  return secret;
}

export function issueToken(key: Buffer, claims: TokenClaims, lifetimeSeconds = TOKEN_LIFETIME_SECONDS): SessionToken {
  const now = Math.floor(Date.now() / 1000);
  const token = jwt.sign(
    { sub: claims.subject, kid: claims.keyId, iat: now, exp: now + lifetimeSeconds, iss: ISSUER },
    secretKey(key),
    { algorithm: "HS256" },
  );
  return { token, expireTime: new Date((now + lifetimeSeconds) * 1000).toISOString() };
}

/** A valid token's claims and when it expires (seconds since the epoch, as `exp`). */
interface Verified {
  claims: TokenClaims;
  expiresAt: number;
}

/** A valid token's claims, or null for one that is malformed, forged or expired. */
function verify(key: Buffer, token: string): Verified | null {
  try {
    const claims = jwt.verify(token, secretKey(key), { algorithms: ["HS256"], issuer: ISSUER });
    if (typeof claims !== "object" || typeof claims.sub !== "string" || typeof claims.kid !== "string") return null;
    if (typeof claims.exp !== "number") return null;
    return { claims: { subject: claims.sub, keyId: claims.kid }, expiresAt: claims.exp };
  } catch {
    return null;
  }
}

/** How many verified tokens a server keeps at most: past it, the least recently used goes. */
export const VERIFIED_TOKENS_CAPACITY = 10_000;

/**
 * Tokens this server has verified, with their claims, until each expires: a run of calls with
 * one token (a Terraform plan is hundreds) checks its signature once. Keyed by the token's
 * SHA-256, so no bearer token is kept. Only the signature and expiry are remembered: whether the
 * account still holds the key is checked on every call (server/auth/middleware.ts).
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(
    private readonly key: Buffer,
    private readonly capacity = VERIFIED_TOKENS_CAPACITY,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The claims of a valid token, or null for one that is malformed, forged or expired. */
  verify(token: string): TokenClaims | null {
    const digest = crypto.createHash("sha256").update(token, "utf8").digest("base64");
    // As jsonwebtoken decides: expired from the second `exp` names.
    const now = Math.floor(Date.now() / 1000);
    const kept = this.entries.get(digest);
    if (kept) {
      this.entries.delete(digest);
      if (now >= kept.expiresAt) return null;
      this.entries.set(digest, kept);
      return kept.claims;
    }
    const verified = verify(this.key, token);
    if (!verified) return null;
    this.entries.set(digest, verified);
    // The least recently used goes first; an expired token is never used again, so it ages out.
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return verified.claims;
  }
}

/** Service-account keys: `tmk_` and 32 random bytes, so a leaked key is recognisable in scans. */
export const KEY_PREFIX = "tmk_";

export function generateKey(): string {
  return KEY_PREFIX + crypto.randomBytes(32).toString("base64url");
}

// Keys carry 256 random bits, so a fast hash is as strong as a slow one here and keeps login cheap.
export function hashKey(key: string): string {
  return "sha256:" + crypto.createHash("sha256").update(key, "utf8").digest("hex");
}

/** A short, public fingerprint of a stored key hash, carried in tokens as `kid`. */
export function keyIdOf(storedHash: string): string {
  return storedHash.replace(/^sha256:/, "").slice(0, 16);
}

export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key));
  const b = Buffer.from(storedHash);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
