import crypto from "node:crypto";

// Format: "v1:" + base64(iv(12) | tag(16) | ciphertext). The version prefix leaves room to
// rotate keys or algorithms without guessing what an old value is.
const PREFIX = "v1:";

/** Encrypts a secret for storage with AES-256-GCM. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

/** Decrypts what `seal` produced; throws if it was tampered with or sealed under another key. */
export function unseal(key: Buffer, sealed: string): string {
  if (!sealed.startsWith(PREFIX)) throw new Error("sealed value has an unknown format");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
