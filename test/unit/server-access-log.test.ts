import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { accessLog, requestId } from "../../server/http/request";
import { createLogger } from "../../server/log";

/** An app that logs its requests the way the server does, and the lines it wrote. */
async function loggedApp(): Promise<{ url: string; lines: Record<string, unknown>[]; close: () => Promise<void> }> {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: "info",
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString("utf8").split("\n"))
          if (line) lines.push(JSON.parse(line) as (typeof lines)[0]);
        done();
      },
    }),
  });
  const app = express();
  app.use(requestId);
  app.use(accessLog(log));
  app.get("/{*rest}", (_req, res) => {
    res.json({});
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    lines,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test("each request is one line with its id, method, path, status and duration, and no query string", async () => {
  const app = await loggedApp();
  try {
    const answer = await fetch(`${app.url}/v1/environments/prod?filter=secret`, { headers: { "x-request-id": "r-1" } });
    expect(answer.status).toBe(200);
    await new Promise((r) => setImmediate(r));
    expect(app.lines).toEqual([
      expect.objectContaining({
        msg: "request",
        requestId: "r-1",
        method: "GET",
        path: "/v1/environments/prod",
        status: 200,
      }),
    ]);
    expect(typeof app.lines[0]?.durationMs).toBe("number");
    expect(JSON.stringify(app.lines)).not.toContain("secret");
  } finally {
    await app.close();
  }
});

test("a service-account key typed into a path is masked in the access log", async () => {
  const app = await loggedApp();
  try {
    await fetch(`${app.url}/v1/projects/tmk_AbCdEf0123456789_-xyz/changes`);
    await new Promise((r) => setImmediate(r));
    expect(app.lines[0]?.path).toBe("/v1/projects/[redacted key]/changes");
    expect(JSON.stringify(app.lines)).not.toContain("tmk_AbCdEf");
  } finally {
    await app.close();
  }
});
