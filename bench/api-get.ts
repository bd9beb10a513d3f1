/**
 * Requests per second of an authenticated `GET /v1/environments/{id}` (token check, access
 * decision, store read, access log) against a bare Express route answering the same JSON, in
 * the same run, from the same client (DESIGN.md: target ≥ 0.5×).
 *
 *   npm run bench:api-get [-- <concurrency>]
 *
 * The server runs as in production (SQLite store, info-level log lines written to a file); the
 * client runs in a worker thread, so its own work does not share the servers' event loop: a
 * bounded number of concurrent keep-alive requests over loopback, every answer checked.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import express from "express";
import pino from "pino";
import { createLogger } from "../server/log";
import { startTestServer } from "../test/support/server";
import { compareWithFloor } from "./measure";

const CONCURRENCY = Number(process.argv[2] ?? 16);
const REQUESTS = 2000;
/** Odd, so the median is one measured round. */
const REPETITIONS = 7;

// Plain JavaScript: a worker thread does not go through tsx.
const CLIENT = `
const http = require("node:http");
const { parentPort } = require("node:worker_threads");
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
parentPort.on("message", async ({ url, headers, requests }) => {
  let next = 0;
  const lane = async () => { while (next++ < requests) await get(url, headers); };
  try {
    await Promise.all(Array.from({ length: ${CONCURRENCY} }, lane));
    parentPort.postMessage({ ok: true });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: err.message });
  }
});
`;

function client(): { load: (url: string, headers: Record<string, string>) => Promise<void>; stop: () => void } {
  const worker = new Worker(CLIENT, { eval: true });
  return {
    load: (url, headers) =>
      new Promise((resolve, reject) => {
        worker.once("message", (answer: { ok: boolean; error?: string }) =>
          answer.ok ? resolve() : reject(new Error(answer.error)),
        );
        worker.postMessage({ url, headers, requests: REQUESTS });
      }),
    stop: () => void worker.terminate(),
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
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const server = await startTestServer("sqlite", {
    log: createLogger({ destination: pino.destination({ dest: "/dev/null", sync: false }) }),
  });
  const created = await server.api("POST", "/v1/environments?environmentId=bench", {
    title: "Bench",
    labels: { team: "data", tier: "gold" },
  });
  if (created.status !== 200) throw new Error(`could not create the environment: ${JSON.stringify(created.body)}`);
  const bare = await bareServer(created.body);
  const load = client();
  try {
    const path = "/v1/environments/bench";
    const { floor, tidemark } = await compareWithFloor(
      () => load.load(bare.url + path, {}),
      { tidemark: () => load.load(server.url + path, { authorization: `Bearer ${server.token}` }) },
      REPETITIONS,
    );
    const rps = (ms: number): string => `${((REQUESTS / ms) * 1000).toFixed(0)} req/s`;
    process.stdout.write(
      `GET /v1/environments/{id}, ${REQUESTS} requests at concurrency ${CONCURRENCY} (median of ${REPETITIONS})\n` +
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
