import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../support/database";

const root = path.resolve(__dirname, "../..");

// The README's first command, `npm install && npm start`, on a clone of what is committed.
describe("a fresh clone", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-clone-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("serves /healthz and /readyz on the embedded default after `npm install && npm start`", async () => {
    execFileSync("git", ["clone", "--quiet", root, dir]);
    const port = await freePort();
    const child = spawn(
      "sh",
      ["-c", "npm install --prefer-offline --no-audit --no-fund >install.log 2>&1 && exec npm start"],
      {
        cwd: dir,
        env: { ...process.env, PORT: String(port), TIDEMARK_DATA_DIR: path.join(dir, "data") },
        stdio: "ignore",
        detached: true,
      },
    );
    try {
      let body: unknown;
      const deadline = Date.now() + 240_000;
      while (Date.now() < deadline && child.exitCode === null) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/readyz`);
          if (res.status === 200) {
            body = await res.json();
            break;
          }
        } catch {
          // Not listening yet.
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(body).toEqual({ status: "ready" });
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: "ok" });
      expect(fs.existsSync(path.join(dir, "data", "bootstrap.json"))).toBe(true);
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    }
  }, 300_000);
});
