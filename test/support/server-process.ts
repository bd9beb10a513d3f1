// A production server (the esbuild bundle) in a process of its own, for benchmarks and for tests
// that must run what `npm start` runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./database";

/** A production server (the esbuild bundle, `npm run build:server`) in a process of its own. */
export interface ServerProcess {
  readonly pid: number;
  readonly url: string;
  readonly token: string;
  /** Calls the API as the bootstrap admin. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Variables set on top of this process's environment (or alone, with `cleanEnv`). */
  env?: Record<string, string>;
  /** Start the server with only PATH and `env`: no TypeScript loader or test variable reaches it. */
  cleanEnv?: boolean;
  /** Pin it with taskset, to a list of cores such as "1". */
  cpus?: string;
  /** Its working directory; the data directory when unset. */
  cwd?: string;
}

/**
 * Starts dist/server/main.js on the SQLite default in a fresh data directory, waits until it is
 * ready and logs in as its bootstrap admin.
 */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-bench-"));
  const port = await freePort();
  const entry = path.resolve(__dirname, "..", "..", "dist", "server", "main.js");
  const spawnOptions = {
    cwd: options.cwd ?? dataDir,
    env: {
      ...(options.cleanEnv ? { PATH: process.env.PATH ?? "" } : process.env),
      PORT: String(port),
      HOST: "127.0.0.1",
      TIDEMARK_DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: "ignore" as const,
  };
  // taskset execs node in its own process, so the pid is the server's either way.
  const child = options.cpus
    ? spawn("taskset", ["-c", options.cpus, process.execPath, entry], spawnOptions)
    : spawn(process.execPath, [entry], spawnOptions);
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (pid === undefined) throw new Error("the server could not be started");
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (i > 300 || child.exitCode !== null) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
    const { email, key } = JSON.parse(fs.readFileSync(path.join(dataDir, "bootstrap.json"), "utf8")) as {
      email: string;
      key: string;
    };
    const login = await fetch(`${url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: key }),
    });
    const { token } = (await login.json()) as { token: string };
    const call = (method: string, p: string, body?: unknown): Promise<Response> =>
      fetch(`${url}${p}`, {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    return { pid, url, token, call, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
