import { errorCode } from "../error-code";
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

const MIN_SECRET_LENGTH = 16;
/** What the server writes into the secret file: 32 random bytes. */
const GENERATED_SECRET_BYTES = 32;

export const secretFile = (dataDir: string): string => path.join(dataDir, "secret");

export function loadServerKeys(options: { secret?: string; dataDir: string }): ServerKeys {
  let secret: Buffer;
  if (options.secret) {
    secret = Buffer.from(options.secret, "utf8");
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new StartupError(
        `TIDEMARK_SECRET is too short: it must be at least ${MIN_SECRET_LENGTH} characters long (for example the output of \`openssl rand -base64 32\`), the same on every replica`,
      );
    }
  } else {
    secret = readOrCreateSecret(options.dataDir);
  }
  return {
    tokenKey: derive(secret, "tidemark/session-token/v1"),
    sealKey: derive(secret, "tidemark/secret-seal/v1"),
  };
}

function derive(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, Buffer.alloc(0), purpose, 32));
}

/** The data directory exists and is writable: startServer prepared it. */
function readOrCreateSecret(dataDir: string): Buffer {
  const file = secretFile(dataDir);
  const existing = readSecret(file);
  if (existing) return existing;
  const secret = crypto.randomBytes(GENERATED_SECRET_BYTES);
  // "wx": two processes racing on a fresh directory must not each write their own secret.
  try {
    fs.writeFileSync(file, secret.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw unreadable(file, err);
  }
  return readSecret(file) ?? secret;
}

/**
 * The secret kept in `file`, undefined when there is none yet. A file that is not exactly what
 * the server writes is refused: keys derived from a damaged secret would open nothing sealed
 * before, and every session would end.
 */
function readSecret(file: string): Buffer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").trim();
  } catch (err) {
    if (errorCode(err) === "ENOENT") return undefined;
    throw unreadable(file, err);
  }
  const secret = Buffer.from(text, "base64");
  if (secret.length !== GENERATED_SECRET_BYTES || secret.toString("base64") !== text) {
    throw new StartupError(
      `the secret file ${file} is damaged (it is not the base64 of ${GENERATED_SECRET_BYTES} bytes the server writes): restore it from a backup; deleting it makes a new secret, after which stored data-source passwords cannot be read and must be set again`,
    );
  }
  return secret;
}

function unreadable(file: string, err: unknown): StartupError {
  const code = errorCode(err) ?? "unknown error";
  const why =
    code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code;
  return new StartupError(
    `the secret file ${file} cannot be read or written (${why}): make it a file this user can read, or restore it from a backup`,
  );
}
