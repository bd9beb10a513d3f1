import { StartupError } from "../startup-error";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The server's keys, derived from one secret: `TIDEMARK_SECRET` when given (every replica of a
 * scaled-out deployment must share it), otherwise a random secret generated once and kept in
 * the data directory. Separate derived keys mean a token key can never decrypt a password.
 */
export interface ServerKeys {
  /** HMAC key that signs session tokens (JWT, HS256). */
  readonly tokenKey: Buffer;
  /** AES-256-GCM key that seals secrets at rest. */
  readonly sealKey: Buffer;
}

export function loadServerKeys(options: { secret?: string; dataDir: string }): ServerKeys {
  const secret = options.secret ? Buffer.from(options.secret, "utf8") : readOrCreateSecret(options.dataDir);
  if (secret.length < 16) throw new StartupError("TIDEMARK_SECRET must be at least 16 characters long");
  return {
    tokenKey: derive(secret, "tidemark/session-token/v1"),
    sealKey: derive(secret, "tidemark/secret-seal/v1"),
  };
}

function derive(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, Buffer.alloc(0), purpose, 32));
}

function readOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, "secret");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const secret = crypto.randomBytes(32);
  // "wx": two processes racing on a fresh directory must not each write their own secret.
  try {
    fs.writeFileSync(file, secret.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  }
}
