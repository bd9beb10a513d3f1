/**
 * Server memory with 10,000 synced databases (DESIGN.md: RSS ≤ 300 MB): a server process on its
 * SQLite default syncs an instance holding 1,000 databases of three tables each; its resident
 * memory is read from /proc before and after, with the peak.
 *
 *   npm run bench:server-memory [-- 1000]
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import { type Guard, isArrayOf, isOptional, isShaped, isString } from "../server/store/json";
import { connectionTarget, freePort, provideTestDatabase } from "../test/support/database";
import { dropDatabases } from "./measure";

const COUNT = Number(process.argv[2] ?? 10_000);
const root = path.resolve(__dirname, "..");

const isInstanceAnswer = isShaped<{ databases?: string[]; error?: { message: string } }>({
  databases: isOptional(isArrayOf(isString)),
  error: isOptional(isShaped<{ message: string }>({ message: isString })),
});

/** `value` when it has the shape `is` checks; else the run stops, saying which JSON was not it. */
function checked<T>(value: unknown, is: Guard<T>, what: string): T {
  if (!is(value)) throw new Error(`${what} is not what the server writes: ${JSON.stringify(value)}`);
  return value;
}

function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

async function main(): Promise<void> {
  const database = await provideTestDatabase({ log: (line) => process.stderr.write(`${line}\n`) });
  const names = Array.from({ length: COUNT }, (_, i) => `bench_mem_${i}`);
  const setup = await mysql.createPool({ uri: database.url, connectionLimit: 4, multipleStatements: true });
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < names.length) {
        const name = names[next++];
        await setup.query(
          `CREATE DATABASE ${name}; ` +
            `CREATE TABLE ${name}.accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL, UNIQUE KEY uk_email (email)); ` +
            `CREATE TABLE ${name}.orders (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL, total DECIMAL(10,2), KEY idx_account (account_id)); ` +
            `CREATE TABLE ${name}.events (id BIGINT PRIMARY KEY, kind VARCHAR(32), at DATETIME)`,
        );
      }
    }),
  );
  await setup.end();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-memory-"));
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(root, "dist", "server", "main.js")], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", TIDEMARK_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (
        await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 100) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
    const pid = server.pid;
    if (pid === undefined) throw new Error("the server did not start");
    const idle = memory(pid);
    const { email, key } = checked(
      JSON.parse(fs.readFileSync(path.join(dataDir, "bootstrap.json"), "utf8")),
      isShaped<{ email: string; key: string }>({ email: isString, key: isString }),
      "bootstrap.json",
    );
    const { token } = checked(
      await (
        await fetch(`${url}/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password: key }),
        })
      ).json(),
      isShaped<{ token: string }>({ token: isString }),
      "the login's answer",
    );
    const call = (method: string, p: string, body: unknown): Promise<Response> =>
      fetch(`${url}${p}`, {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    await call("POST", "/v1/environments?environmentId=bench", { title: "Bench" });
    const target = connectionTarget(database.url);
    const started = Date.now();
    const created = await call("POST", "/v1/instances?instanceId=bench", {
      title: "Bench",
      engine: "MARIADB",
      environment: "environments/bench",
      dataSources: [{ type: "ADMIN", ...target }],
    });
    const instance = checked(await created.json(), isInstanceAnswer, "the instance's answer");
    if (!created.ok) throw new Error(`creating the instance failed: ${instance.error?.message ?? created.status}`);
    const syncMs = Date.now() - started;
    const after = memory(pid);
    process.stdout.write(
      `server memory, an instance of ${instance.databases?.length ?? 0} databases × 3 tables synced in ${syncMs} ms\n` +
        `  RSS idle: ${idle.rss.toFixed(0)} MB; after the sync: ${after.rss.toFixed(0)} MB; peak: ${after.peak.toFixed(0)} MB (target <= 300 MB at 10,000)\n`,
    );
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
    await dropDatabases(database.url, names);
    await database.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
