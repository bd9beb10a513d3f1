import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { ReviewPool } from "../../server/review/pool";
import { ThrowawayDatabases, connectionTarget } from "../support/database";
import { createTestInstance, startTestServer, type TestServer } from "../support/server";
import { type ServerProcess, startServerProcess } from "../support/server-process";

const root = path.resolve(__dirname, "../..");
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Check {
  status: string;
  checks: { target: string; summary: Record<string, number>; advices: unknown[]; affectedRows: number | null }[];
}

/** An instance on the test MariaDB, one database enrolled in project `app`: what a change targets. */
async function enrolledTarget(call: TestServer["api"], database: string): Promise<string> {
  expect((await call("POST", "/v1/projects?projectId=app", { title: "App" })).status).toBe(200);
  const name = `instances/main/databases/${database}`;
  const enrolled = await call("POST", "/v1/instances/-/databases:batchUpdate", {
    requests: [{ database: { name, project: "projects/app" } }],
  });
  expect(enrolled.status).toBe(200);
  return name;
}

describe("one heavy request costs one request", () => {
  let t: TestServer;
  let databases: ThrowawayDatabases;
  let target = "";
  beforeAll(async () => {
    databases = await ThrowawayDatabases.open();
    const database = await databases.create("tm_loop", "CREATE TABLE t (id INT PRIMARY KEY)");
    t = await startTestServer("sqlite");
    expect((await t.api("POST", "/v1/environments?environmentId=dev", { title: "Dev" })).status).toBe(200);
    await createTestInstance(t, "main", "environments/dev");
    target = await enrolledTarget(t.api, database);
  });
  afterAll(async () => {
    await t?.close();
    await databases?.drop();
  });

  test("while a 900 KB, 90,000-statement changes:check runs, /healthz keeps answering", async () => {
    const sql = "SELECT 1;\n".repeat(90_000);
    expect(sql.length).toBe(900_000);
    // The server runs in this process: this is its event loop.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = process.hrtime.bigint();
    let checkDone = false;
    const check = t
      .api<Check>("POST", "/v1/projects/app/changes:check", { title: "Big", targets: [target], sql })
      .then((res) => {
        checkDone = true;
        return res;
      });
    // One health check after another for as long as the check runs: when was each answered?
    const answeredAt: number[] = [];
    while (!checkDone) {
      const health = await fetch(`${t.url}/healthz`);
      expect(health.status).toBe(200);
      if (!checkDone) answeredAt.push(Number(process.hrtime.bigint() - started) / 1e6);
      await sleep(50);
    }
    const res = await check;
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    delay.disable();
    expect(res.status).toBe(200);
    expect(res.body.checks[0]?.summary).toEqual({ SELECT: 90_000 });
    // A change this big is not estimated statement by statement.
    expect(res.body.checks[0]?.affectedRows).toBeNull();
    // Blocked, the loop would answer nothing from the moment the review began until the check was
    // done; here health checks were answered all along, up to the check's last tenth.
    expect(answeredAt.length).toBeGreaterThanOrEqual(10);
    expect((answeredAt[answeredAt.length - 1] ?? 0) / durationMs).toBeGreaterThan(0.9);
    // The longest stall of the loop is a small part of the check, not the check itself.
    const maxDelayMs = delay.max / 1e6;
    expect(maxDelayMs / durationMs).toBeLessThan(0.1);
  }, 180_000);

  test("SQL over its stated limits is refused, saying the limit", async () => {
    const overSchema = await t.api<{ error: { message: string; details: { field: string; description: string }[] } }>(
      "POST",
      "/v1/projects/app/changes:check",
      { title: "Too long", targets: [target], sql: "x".repeat(1_000_001) },
    );
    expect(overSchema.status).toBe(400);
    expect(overSchema.body.error.details[0]).toEqual({ field: "sql", description: expect.stringMatching(/1000000/) });
    const tooLong = await t.api<{ error: { code: number; message: string; details?: { field: string }[] } }>(
      "POST",
      "/v1/projects/app/changes:check",
      { title: "Too big", targets: [target], sql: "x".repeat(1_048_577) },
    );
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.error.message).toMatch(/the limit is 1 MiB/);
  });

  test("an empty change is still refused, counted off the main thread", async () => {
    const empty = await t.api<{ error: { details: { field: string }[] } }>("POST", "/v1/projects/app/changes:check", {
      title: "Nothing",
      targets: [target],
      sql: "-- only a comment\n;\n",
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0]?.field).toBe("sql");
  });
});

describe("the review pool", () => {
  test("answers with plain data, in order of asking, and a failed task fails only itself", async () => {
    const pool = new ReviewPool(1);
    try {
      const [split, count, review] = await Promise.all([
        pool.run("splitStatements", "SELECT 1;\nSELECT 2;"),
        pool.run("countStatements", "SELECT 1; SELECT 2; SELECT 3;"),
        pool.run("reviewSql", "DROP TABLE t;", [{ id: "statement.disallow-drop-table", level: "ERROR" }], "MARIADB"),
      ]);
      expect(split).toEqual([
        { text: "SELECT 1", line: 1, index: 0 },
        { text: "SELECT 2", line: 2, index: 1 },
      ]);
      expect(count).toBe(3);
      expect(review.advices).toEqual([
        expect.objectContaining({ rule: "statement.disallow-drop-table", level: "ERROR" }),
      ]);
      // A task that throws in the worker rejects its own promise; the next task still runs.
      const broken = pool.run("splitStatements", null as unknown as string);
      await expect(broken).rejects.toThrow(/review task splitStatements failed/);
      expect(await pool.run("countStatements", "SELECT 1")).toBe(1);
    } finally {
      await pool.close();
    }
    await expect(pool.run("countStatements", "SELECT 1")).rejects.toThrow(/closed/);
  });
});

describe("npm start's bundle", () => {
  let server: ServerProcess | undefined;
  let databases: ThrowawayDatabases;
  afterAll(async () => {
    await server?.stop();
    await databases?.drop();
  });

  test("reviews a change through its own bundled worker", async () => {
    databases = await ThrowawayDatabases.open();
    const database = await databases.create("tm_bundle", "CREATE TABLE t (id INT PRIMARY KEY)");
    execFileSync("npm", ["run", "--silent", "build:server"], { cwd: root, stdio: "pipe" });
    expect(fs.existsSync(path.join(root, "dist/server/review-worker.js"))).toBe(true);
    // Run from its data directory with no TypeScript loader: only the bundle can serve the worker.
    server = await startServerProcess({ cleanEnv: true, env: { LOG_LEVEL: "warn" } });
    const started = server;
    const call: TestServer["api"] = async (method, p, body) => {
      const res = await started.call(method, p, body);
      return { status: res.status, body: (await res.json()) as never, headers: res.headers };
    };
    expect((await call("POST", "/v1/environments?environmentId=dev", { title: "Dev" })).status).toBe(200);
    const db = connectionTarget();
    const instance = await call("POST", "/v1/instances?instanceId=main", {
      title: "Main",
      engine: "MARIADB",
      environment: "environments/dev",
      dataSources: [{ type: "ADMIN", host: db.host, port: db.port, username: db.username, password: db.password }],
    });
    expect(instance.status).toBe(200);
    const target = await enrolledTarget(call, database);
    const checked = await call("POST", "/v1/projects/app/changes:check", {
      title: "Drop",
      targets: [target],
      sql: "DROP TABLE t;\nUPDATE t SET id = 2;",
    });
    expect(checked.status).toBe(200);
    const body = checked.body as unknown as Check;
    expect(body.checks[0]?.summary).toEqual({ DROP_TABLE: 1, UPDATE: 1 });
  }, 180_000);
});
