import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadServerKeys } from "../../server/auth/secret";
import { seal, unseal } from "../../server/auth/seal";

describe("sealing secrets at rest", () => {
  const key = crypto.randomBytes(32);

  test("a sealed value opens with the same key and hides the plaintext", () => {
    const sealed = seal(key, "hunter2-is-not-a-password");
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain("hunter2");
    expect(unseal(key, sealed)).toBe("hunter2-is-not-a-password");
  });

  test("sealing the same value twice gives different ciphertexts", () => {
    expect(seal(key, "x")).not.toBe(seal(key, "x"));
  });

  test("a tampered value or another key is refused", () => {
    const sealed = seal(key, "secret");
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1] ^= 1;
    expect(() => unseal(key, "v1:" + raw.toString("base64"))).toThrow();
    expect(() => unseal(crypto.randomBytes(32), sealed)).toThrow();
  });
});

describe("server keys", () => {
  test("a generated secret is kept in the data directory (0600) and reused", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-keys-"));
    try {
      const first = loadServerKeys({ dataDir: dir });
      expect(fs.statSync(path.join(dir, "secret")).mode & 0o777).toBe(0o600);
      const second = loadServerKeys({ dataDir: dir });
      expect(second.tokenKey.equals(first.tokenKey)).toBe(true);
      expect(first.tokenKey.equals(first.sealKey)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("TIDEMARK_SECRET gives every replica the same keys", () => {
    const a = loadServerKeys({ secret: "a-shared-secret-of-replicas", dataDir: "/nonexistent" });
    const b = loadServerKeys({ secret: "a-shared-secret-of-replicas", dataDir: "/nonexistent" });
    expect(a.sealKey.equals(b.sealKey)).toBe(true);
    expect(() => loadServerKeys({ secret: "short", dataDir: "/nonexistent" })).toThrow(/at least 16/);
  });
});
