/**
 * One `ALTER TABLE` rolled out to 50 databases against its floor (DESIGN.md, performance
 * targets): the same SQL through the `mariadb` client, one database after another, on the same
 * server in the same run. Target: ≤ 0.5× the floor, from bounded parallelism across targets.
 * Absolute times on shared machines are noise; the ratio is the measure.
 *
 *   npm run bench:rollout [-- <concurrency>]   (TEST_DATABASE_URL, else a private MariaDB)
 *
 * Measured at the engine level: `applyStatements` for every database through `rollOut`, each
 * taking its database's change lock on its own connection, as the control plane's rollout does.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import mysql from "mysql2/promise";
import { quoteIdentifier } from "../server/engine/connection";
import { applyStatements, ROLLOUT_CONCURRENCY, rollOut } from "../server/engine/execute";
import { compareWithFloor, dropDatabases, formatMs } from "./measure";
import { connectionTarget, findProgram, provideTestDatabase, uniqueName } from "../test/support/database";

const DATABASES = 50;
const ROWS_PER_TABLE = 1000;
/** Odd, so the median is one measured round. */
const REPETITIONS = 5;
const CONCURRENCY = Number(process.argv[2] ?? ROLLOUT_CONCURRENCY);
const SETUP_CONNECTIONS = 4;

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

    const { floorTimes, oursTimes, floorMs, oursMs, ratio } = await compareWithFloor(viaClient, viaEngine, REPETITIONS);
    console.log(`one ALTER TABLE on ${DATABASES} databases, median of ${REPETITIONS}:`);
    console.log(
      `  ${path.basename(client)} client, one database after another (floor): ${formatMs(floorMs)}  [${floorTimes.map(formatMs).join(", ")}]`,
    );
    console.log(
      `  applyStatements, ${CONCURRENCY} databases at a time:        ${formatMs(oursMs)}  [${oursTimes.map(formatMs).join(", ")}]`,
    );
    console.log(`  ratio: ${ratio.toFixed(2)}× the floor (target ≤ 0.50×)`);
  } finally {
    await dropDatabases(database.url, names);
    await database.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
