/**
 * One `ALTER TABLE` rolled out to 50 databases against its floor (DESIGN.md, performance
 * targets): the same SQL through the `mariadb` client, one database after another, on the same
 * server in the same run. Target: ≤ 0.3× the floor (DESIGN.md), from bounded parallelism across targets.
 * Absolute times on shared machines are noise; the ratio is the measure.
 *
 *   npm run bench:rollout [-- <concurrency>]   (TEST_DATABASE_URL, else a private MariaDB)
 *
 * Measured twice: at the engine level (`applyStatements` for every database through `rollOut`,
 * each taking its database's change lock on its own connection), and through the real API
 * (create a change targeting all 50 databases, `:run`, `:wait` until DONE), which adds the review,
 * the store's progress records and the schema read before and after each target. The API is the
 * production server (`npm run build:server`, built first) in a process of its own, as a user
 * runs it: the client's requests and polling do not share its event loop, and it logs as it does
 * in production. The sync the control plane starts after a rollout is awaited untimed, so it
 * cannot slow the next measurement.
 */
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import mysql from "mysql2/promise";
import { type ConnectionTarget, quoteIdentifier } from "../server/engine/connection";
import { applyStatements, ROLLOUT_CONCURRENCY, rollOut } from "../server/engine/execute";
import { isRecord } from "../server/store/json";
import { connectionTarget, findProgram, provideTestDatabase, uniqueName } from "../test/support/database";
import { compareWithFloor, dropDatabases, formatMs, startServerProcess, type Timing } from "./measure";

const DATABASES = 50;
const ROWS_PER_TABLE = 1000;
/** Odd, so the median is one measured round. */
const REPETITIONS = 5;
const CONCURRENCY = Number(process.argv[2] ?? ROLLOUT_CONCURRENCY);
const SETUP_CONNECTIONS = 4;
/** How often the untimed wait for the sync after a rollout asks whether it is done. */
const POLL_MS = 10;
const SYNC_PATIENCE_MS = 60_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const rowValues = Array.from({ length: ROWS_PER_TABLE }, (_, i) => `(${i + 1}, 'row ${i + 1}', ${i % 97})`).join(", ");

async function createDatabases(url: string, names: string[]): Promise<void> {
  await rollOut(
    names,
    async (name) => {
      const connection = await mysql.createConnection({ uri: url, multipleStatements: true });
      try {
        await connection.query(
          `CREATE DATABASE ${quoteIdentifier(name)} DEFAULT CHARACTER SET utf8mb4;
           USE ${quoteIdentifier(name)};
           CREATE TABLE t (id INT NOT NULL PRIMARY KEY, label VARCHAR(64) NOT NULL, bucket INT NOT NULL);
           INSERT INTO t VALUES ${rowValues};`,
        );
      } finally {
        await connection.end();
      }
    },
    SETUP_CONNECTIONS,
  );
}

type ApiCall = (method: string, pathAndQuery: string, body?: unknown) => Promise<Record<string, unknown>>;

/**
 * A control plane with the databases enrolled in project `bench`, in an unprotected environment
 * (so a change needs no approval), set up through the calls a user makes.
 */
async function benchControlPlane(
  target: ConnectionTarget,
  names: string[],
): Promise<{ call: ApiCall; close(): Promise<void> }> {
  execFileSync("npm", ["run", "--silent", "build:server"], { cwd: path.resolve(__dirname, ".."), stdio: "inherit" });
  const server = await startServerProcess();
  const call: ApiCall = async (method, pathAndQuery, body) => {
    const response = await server.call(method, pathAndQuery, body);
    // The API's answers are JSON objects (schema/), errors included.
    const answer: unknown = await response.json();
    if (response.status !== 200 || !isRecord(answer))
      throw new Error(`${method} ${pathAndQuery}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  try {
    await call("POST", "/v1/environments?environmentId=bench", { title: "Bench", order: 0 });
    const { host, port, username, password } = target;
    await call("POST", "/v1/instances?instanceId=bench", {
      title: "Bench",
      engine: "MARIADB",
      environment: "environments/bench",
      dataSources: [{ type: "ADMIN", host, port, username, password }],
    });
    await call("POST", "/v1/projects?projectId=bench", { title: "Bench" });
    await call("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: names.map((name) => ({
        database: { name: `instances/bench/databases/${name}`, project: "projects/bench" },
      })),
    });
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { call, close: () => server.stop() };
}

async function main(): Promise<void> {
  const client = findProgram(["mariadb", "mysql"]);
  if (!client) throw new Error("the floor needs the mariadb (or mysql) client: install mariadb-client");
  const database = await provideTestDatabase();
  const names = Array.from({ length: DATABASES }, () => uniqueName("bench_rollout"));
  try {
    const setupStarted = Date.now();
    await createDatabases(database.url, names);
    console.log(
      `${database.origin}: created ${DATABASES} databases, each a table of ${ROWS_PER_TABLE} rows, in ${Date.now() - setupStarted} ms`,
    );
    const target = connectionTarget(database.url);
    let column = 0;
    const alter = (): string => `ALTER TABLE t ADD COLUMN c${++column} INT NULL`;

    const viaClient = async (): Promise<void> => {
      const sql = alter();
      for (const name of names) {
        // The password travels in the environment, not on a command line others can read.
        await promisify(execFile)(
          client,
          [
            `--host=${target.host}`,
            `--port=${target.port}`,
            `--user=${target.username}`,
            `--database=${name}`,
            "-e",
            sql,
          ],
          { env: { ...process.env, MYSQL_PWD: target.password } },
        ).catch((err: { stderr?: string }) => {
          throw new Error(`${path.basename(client)} failed on ${name}: ${err.stderr?.trim() || String(err)}`);
        });
      }
    };
    const viaEngine = async (): Promise<void> => {
      const sql = alter();
      const results = await rollOut(
        names,
        (name) => applyStatements(target, name, [sql], { from: 0, onProgress: async () => undefined }),
        CONCURRENCY,
      );
      const failed = results.find((r) => r.status !== "DONE");
      if (failed) throw new Error(`applyStatements did not finish: ${JSON.stringify(failed)}`);
    };

    const api = await benchControlPlane(target, names);
    try {
      let apiRunStarted = 0;
      const viaApi = async (): Promise<void> => {
        apiRunStarted = Date.now();
        const change = await api.call("POST", "/v1/projects/bench/changes", {
          title: "Add a column",
          targets: names.map((name) => `instances/bench/databases/${name}`),
          sql: alter(),
        });
        const name = String(change.name);
        if (change.status !== "APPROVED") throw new Error(`${name} is ${String(change.status)}, not APPROVED`);
        await api.call("POST", `/v1/${name}:run`);
        // As the provider waits: the server answers when the rollout ends.
        for (;;) {
          const progress = await api.call("POST", `/v1/${name}:wait`, { timeout: "60s" });
          if (progress.status === "DONE") return;
          if (progress.status !== "RUNNING") throw new Error(`${name} ended ${JSON.stringify(progress)}`);
        }
      };
      // After a rollout the control plane syncs the instance in the background: let it finish.
      const syncAfterRollout = async (): Promise<void> => {
        for (const deadline = Date.now() + SYNC_PATIENCE_MS; Date.now() < deadline; await sleep(POLL_MS)) {
          const instance = await api.call("GET", "/v1/instances/bench");
          if (Date.parse(String(instance.lastSyncTime)) >= apiRunStarted) return;
        }
        throw new Error(`the instance was not synced within ${SYNC_PATIENCE_MS} ms of a rollout`);
      };
      const result = await compareWithFloor(
        viaClient,
        { engine: viaEngine, api: { run: viaApi, settle: syncAfterRollout } },
        REPETITIONS,
      );
      const line = (label: string, timing: Timing, ratio = true): string =>
        `  ${label.padEnd(62)} ${formatMs(timing.medianMs).padStart(8)}` +
        (ratio ? `  ${timing.ratio.toFixed(2)}×` : "       ") +
        `  [${timing.times.map(formatMs).join(", ")}]`;
      console.log(`one ALTER TABLE on ${DATABASES} databases, median of ${REPETITIONS} (target ≤ 0.30× the floor):`);
      console.log(line(`${path.basename(client)} client, one database after another (floor)`, result.floor, false));
      console.log(line(`applyStatements through rollOut, ${CONCURRENCY} at a time`, result.engine));
      console.log(line("the API: create the change, :run, :wait until DONE", result.api));
    } finally {
      await api.close();
    }
  } finally {
    await dropDatabases(database.url, names);
    await database.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
