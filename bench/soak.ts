/**
 * The server under sustained load (DESIGN.md: 0 errors, 0 timeouts, RSS back to idle after):
 * 200 keep-alive connections for 60 s, each sending an authenticated
 * `GET /v1/environments/{id}` as soon as its last answer arrived, with a 10 s client timeout.
 *
 *   npm run bench:soak [-- <connections> <seconds>]
 *
 * The server is the production bundle in a process of its own (SQLite store, info-level log to
 * /dev/null); the load generator is another process. On a machine with two cores or more each is
 * pinned to a core of its own with taskset, so the client's work does not slow the server. The
 * server's RSS is read from /proc before the load, every 100 ms during it, and after an idle
 * spell with no forced garbage collection: what an operator would see.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { isArrayOf, isNumber, isShaped, isString } from "../server/store/json";
import { processMemory, startServerProcess } from "./measure";

const CONNECTIONS = Number(process.argv[2] ?? 200);
const SECONDS = Number(process.argv[3] ?? 60);
const TIMEOUT_MS = 10_000;
/** How long the server is left alone after the load before "after" is read. */
const IDLE_AFTER_MS = 15_000;

interface LoadResult {
  requests: number;
  errors: number;
  timeouts: number;
  /** The first few distinct error messages, to say what went wrong. */
  samples: string[];
  /** Latency of every answered request, in ms. */
  latencies: number[];
  elapsedMs: number;
}

const isLoadResult = isShaped<LoadResult>({
  requests: isNumber,
  errors: isNumber,
  timeouts: isNumber,
  samples: isArrayOf(isString),
  latencies: isArrayOf(isNumber),
  elapsedMs: isNumber,
});

// Plain JavaScript for a bare `node`: the load generator must not carry tsx's cost.
const CLIENT = `
const http = require("node:http");
const { url, token, connections, seconds, timeoutMs } = JSON.parse(process.env.SOAK);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let requests = 0, errors = 0, timeouts = 0;
const samples = new Set();
const fail = (message) => { errors++; if (samples.size < 5) samples.add(message); };
function once() {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let settled = false;
    const done = (outcome) => { if (!settled) { settled = true; requests++; outcome(); resolve(); } };
    const req = http.get(url, { agent, headers: { authorization: "Bearer " + token } }, (res) => {
      let size = 0;
      res.on("data", (chunk) => (size += chunk.length));
      res.on("end", () => done(() => {
        if (res.statusCode !== 200) fail("HTTP " + res.statusCode);
        else latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }));
      res.on("error", (err) => done(() => fail(err.message)));
    });
    req.setTimeout(timeoutMs, () => { done(() => timeouts++); req.destroy(); });
    req.on("error", (err) => done(() => fail(err.code || err.message)));
  });
}
const started = Date.now();
const end = started + seconds * 1000;
Promise.all(Array.from({ length: connections }, async () => { while (Date.now() < end) await once(); })).then(() => {
  process.stdout.write(JSON.stringify({ requests, errors, timeouts, samples: [...samples], latencies, elapsedMs: Date.now() - started }));
  agent.destroy();
});
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function runLoad(url: string, token: string, cpus: string | undefined): Promise<LoadResult> {
  const env = {
    ...process.env,
    SOAK: JSON.stringify({ url, token, connections: CONNECTIONS, seconds: SECONDS, timeoutMs: TIMEOUT_MS }),
  };
  const stdio: ["ignore", "pipe", "inherit"] = ["ignore", "pipe", "inherit"];
  const child = cpus
    ? spawn("taskset", ["-c", cpus, process.execPath, "-e", CLIENT], { env, stdio })
    : spawn(process.execPath, ["-e", CLIENT], { env, stdio });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}`));
      const result: unknown = JSON.parse(out);
      if (isLoadResult(result)) resolve(result);
      else reject(new Error(`the load generator wrote ${out.slice(0, 200)}`));
    });
  });
}

async function main(): Promise<void> {
  // Two cores or more: the server on one, the client on another.
  const pinned = os.availableParallelism() >= 2 && fs.existsSync("/usr/bin/taskset");
  const server = await startServerProcess(pinned ? { cpus: "1" } : {});
  try {
    const created = await server.call("POST", "/v1/environments?environmentId=soak", {
      title: "Soak",
      labels: { team: "data", tier: "gold" },
    });
    if (!created.ok) throw new Error(`could not create the environment: ${await created.text()}`);
    // Let start-up garbage settle, so "before" is the idle level.
    await new Promise((r) => setTimeout(r, 3000));
    const before = processMemory(server.pid);
    let peak = before.rss;
    const sampler = setInterval(() => (peak = Math.max(peak, processMemory(server.pid).rss)), 100);
    const result = await runLoad(`${server.url}/v1/environments/soak`, server.token, pinned ? "0" : undefined);
    clearInterval(sampler);
    const end = processMemory(server.pid);
    await new Promise((r) => setTimeout(r, IDLE_AFTER_MS));
    const after = processMemory(server.pid);
    const sorted = result.latencies.sort((a, b) => a - b);
    const mb = (n: number): string => `${n.toFixed(0)} MB`;
    process.stdout.write(
      `soak: ${CONNECTIONS} connections × ${SECONDS} s of GET /v1/environments/{id}, ` +
        `${pinned ? "client and server pinned to cores 0 and 1" : "client and server unpinned"}\n` +
        `  ${((result.requests / result.elapsedMs) * 1000).toFixed(0)} requests/s (${result.requests} requests); ` +
        `latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
        `max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms\n` +
        `  errors: ${result.errors}${result.samples.length ? ` (${result.samples.join("; ")})` : ""}; ` +
        `timeouts (${TIMEOUT_MS / 1000} s): ${result.timeouts} (target 0 and 0)\n` +
        `  server RSS before: ${mb(before.rss)}; peak during: ${mb(Math.max(peak, end.rss))}; at the end: ${mb(end.rss)}; ` +
        `after ${IDLE_AFTER_MS / 1000} s idle: ${mb(after.rss)} (${(after.rss - before.rss >= 0 ? "+" : "") + mb(after.rss - before.rss)} on before; target: back to before)\n`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
