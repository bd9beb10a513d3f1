/**
 * Requests per second of an authenticated `GET /v1/environments/{id}` (token check, access
 * decision, store read, access log) against a bare Express route answering the same JSON, in
 * the same run, from the same client (DESIGN.md: target ≥ 0.5×).
 *
 *   npm run bench:api-get [-- <concurrency>]
 *
 * The server runs as in production (SQLite store, info-level log lines written to a file); the
 * client is a bare `node` process of its own: a bounded number of concurrent keep-alive requests
 * over loopback, every answer checked. On a machine with two cores or more, both servers (this
 * process, every thread of it) are pinned to one core and the client to another with taskset, so
 * the ratio compares the servers' own work per request and not how the scheduler shared the
 * cores with the client that round (unpinned, the same commit read 0.36–0.47×).
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import readline from "node:readline";
import express from "express";
import pino from "pino";
import { createLogger } from "../server/log";
import { isBoolean, isOptional, isShaped, isString } from "../server/store/json";
import { startTestServer } from "../test/support/server";
import { compareWithFloor } from "./measure";

const CONCURRENCY = Number(process.argv[2] ?? 16);
const REQUESTS = 2000;
/** Odd, so the median is one measured round. */
const REPETITIONS = 7;

// Plain JavaScript for a bare `node`: the load generator must not carry tsx's cost. It reads one
// job per line on stdin and answers each with a line of JSON.
const CLIENT = `
const http = require("node:http");
const readline = require("node:readline");
const agent = new http.Agent({ keepAlive: true, maxSockets: ${CONCURRENCY} });
function get(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(url + ": HTTP " + res.statusCode + " " + body))));
    }).on("error", reject);
  });
}
readline.createInterface({ input: process.stdin }).on("line", async (line) => {
  const { url, headers, requests } = JSON.parse(line);
  let next = 0;
  const lane = async () => { while (next++ < requests) await get(url, headers); };
  try {
    await Promise.all(Array.from({ length: ${CONCURRENCY} }, lane));
    process.stdout.write(JSON.stringify({ ok: true }) + "\\n");
  } catch (err) {
    process.stdout.write(JSON.stringify({ ok: false, error: err.message }) + "\\n");
  }
});
`;

/** The line the load generator writes for each load: CLIENT above. */
const isClientAnswer = isShaped<{ ok: boolean; error?: string }>({ ok: isBoolean, error: isOptional(isString) });

/** The load generator, on `cpu` when given. */
function client(cpu: string | undefined): {
  load: (url: string, headers: Record<string, string>) => Promise<void>;
  stop: () => void;
} {
  const child = cpu
    ? spawn("taskset", ["-c", cpu, process.execPath, "-e", CLIENT], { stdio: ["pipe", "pipe", "inherit"] })
    : spawn(process.execPath, ["-e", CLIENT], { stdio: ["pipe", "pipe", "inherit"] });
  const answers = readline.createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  answers.on("line", (line) => waiting.shift()?.(line));
  return {
    load: (url, headers) =>
      new Promise((resolve, reject) => {
        waiting.push((line) => {
          // The client's own answer line (CLIENT above).
          const answer: unknown = JSON.parse(line);
          if (!isClientAnswer(answer)) reject(new Error(`the client answered ${line}`));
          else if (answer.ok) resolve();
          else reject(new Error(answer.error));
        });
        child.stdin.write(`${JSON.stringify({ url, headers, requests: REQUESTS })}\n`);
      }),
    stop: () => void child.kill(),
  };
}

/** An Express app with one route answering `body`, and nothing else in front of it. */
async function bareServer(body: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.get("/v1/environments/:id", (_req, res) => {
    res.json(body);
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server listens on no TCP port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  // Two cores or more: every thread of this process (both servers) on core 1, the client on core 0.
  const pinned = os.availableParallelism() >= 2 && fs.existsSync("/usr/bin/taskset");
  if (pinned) execFileSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)], { stdio: "ignore" });
  const server = await startTestServer("sqlite", {
    log: createLogger({ destination: pino.destination({ dest: "/dev/null", sync: false }) }),
  });
  const created = await server.api("POST", "/v1/environments?environmentId=bench", {
    title: "Bench",
    labels: { team: "data", tier: "gold" },
  });
  if (created.status !== 200) throw new Error(`could not create the environment: ${JSON.stringify(created.body)}`);
  const bare = await bareServer(created.body);
  const load = client(pinned ? "0" : undefined);
  try {
    const path = "/v1/environments/bench";
    const { floor, tidemark } = await compareWithFloor(
      () => load.load(bare.url + path, {}),
      { tidemark: () => load.load(server.url + path, { authorization: `Bearer ${server.token}` }) },
      REPETITIONS,
    );
    const rps = (ms: number): string => `${((REQUESTS / ms) * 1000).toFixed(0)} req/s`;
    process.stdout.write(
      `GET /v1/environments/{id}, ${REQUESTS} requests at concurrency ${CONCURRENCY} (median of ${REPETITIONS}), ` +
        `${pinned ? "servers and client pinned to cores 1 and 0" : "servers and client unpinned"}\n` +
        `  bare Express route (floor):   ${rps(floor.medianMs)}\n` +
        `  authenticated Tidemark route: ${rps(tidemark.medianMs)}\n` +
        `  ratio: ${(1 / tidemark.ratio).toFixed(2)}x the floor's requests per second (target >= 0.5x)\n`,
    );
  } finally {
    load.stop();
    await bare.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
