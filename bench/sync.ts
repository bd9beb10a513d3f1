/**
 * Schema sync against its floor (DESIGN.md, performance targets): introspecting 50 databases ×
 * 20 tables versus `mysqldump --no-data` of the same databases, on the same server in the same
 * run. Target: introspection ≤ 0.5× the dump. Absolute times on shared machines are noise; the
 * ratio is the measure.
 *
 *   npm run bench:sync          (TEST_DATABASE_URL, else a private MariaDB, as the tests do)
 *
 * Introspection reads every database on the server and the dump only ours, so on a busy shared
 * server (TEST_DATABASE_URL) the ratio errs against us; the private server holds only ours.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import mysql from "mysql2/promise";
import { quoteIdentifier } from "../server/engine/connection";
import { introspectInstance } from "../server/engine/introspect";
import { connectionTarget, findProgram, provideTestDatabase, uniqueName } from "../test/support/database";

const DATABASES = 50;
const TABLES_PER_DATABASE = 20;
const REPETITIONS = 5;
/** Creating 1,000 InnoDB tables one after another is the slow part of the setup; spread it. */
const SETUP_CONNECTIONS = 4;

const TABLE_NAMES = [
  "accounts",
  "addresses",
  "audit_events",
  "carts",
  "cart_items",
  "categories",
  "coupons",
  "customers",
  "invoices",
  "invoice_lines",
  "orders",
  "order_items",
  "payments",
  "products",
  "product_prices",
  "refunds",
  "reviews",
  "shipments",
  "stock_levels",
  "warehouses",
];

/** A table shaped like the ones teams keep: several types, a unique key and a composite index. */
const createTable = (name: string): string => `CREATE TABLE ${quoteIdentifier(name)} (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  account_id BIGINT UNSIGNED NOT NULL,
  code VARCHAR(64) NOT NULL,
  title VARCHAR(191) NOT NULL DEFAULT '',
  status ENUM('active','suspended','closed') NOT NULL DEFAULT 'active',
  amount DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  attributes JSON NULL,
  notes TEXT NULL COMMENT 'free text from operators',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_code (account_id, code),
  KEY idx_status_created (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='${name} of the shop'`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function createDatabases(url: string, names: string[]): Promise<void> {
  const queue = [...names];
  await Promise.all(
    Array.from({ length: SETUP_CONNECTIONS }, async () => {
      const connection = await mysql.createConnection({ uri: url, multipleStatements: true });
      try {
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
          await connection.query(`CREATE DATABASE ${quoteIdentifier(name)} DEFAULT CHARACTER SET utf8mb4`);
          await connection.query(`USE ${quoteIdentifier(name)}; ${TABLE_NAMES.map(createTable).join(";\n")}`);
        }
      } finally {
        await connection.end();
      }
    }),
  );
}

async function dropDatabases(url: string, names: string[]): Promise<void> {
  const connection = await mysql.createConnection({ uri: url });
  try {
    for (const name of names) await connection.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
  } finally {
    await connection.end();
  }
}

async function main(): Promise<void> {
  const dump = findProgram(["mariadb-dump", "mysqldump"]);
  if (!dump) throw new Error("the floor needs mariadb-dump or mysqldump: install mariadb-client");
  const database = await provideTestDatabase();
  const names = Array.from({ length: DATABASES }, () => uniqueName("bench_sync"));
  try {
    const setupStarted = Date.now();
    await createDatabases(database.url, names);
    console.log(
      `${database.origin}: created ${DATABASES} databases × ${TABLES_PER_DATABASE} tables in ${Date.now() - setupStarted} ms`,
    );

    const target = connectionTarget(database.url);
    // The password travels in the environment, not on a command line others can read.
    const dumpArgs = [
      `--host=${target.host}`,
      `--port=${target.port}`,
      `--user=${target.username}`,
      "--no-data",
      "--databases",
      ...names,
    ];
    const runDump = (): Promise<unknown> =>
      promisify(execFile)(dump, dumpArgs, {
        env: { ...process.env, MYSQL_PWD: target.password },
        maxBuffer: 256 * 1024 * 1024,
      }).catch((err: { stderr?: string }) => {
        throw new Error(`${path.basename(dump)} failed: ${err.stderr?.trim() || String(err)}`);
      });
    const runIntrospect = async (): Promise<void> => {
      const snapshot = await introspectInstance(target);
      const ours = snapshot.databases.filter((d) => names.includes(d.name));
      const tables = ours.reduce((sum, d) => sum + d.tables.length, 0);
      if (tables !== DATABASES * TABLES_PER_DATABASE) throw new Error(`introspection saw ${tables} of our tables`);
    };

    // One unmeasured round warms caches for both; then they alternate so drift hits both alike.
    await runDump();
    await runIntrospect();
    const dumpTimes: number[] = [];
    const introspectTimes: number[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      dumpTimes.push(await timed(runDump));
      introspectTimes.push(await timed(runIntrospect));
    }
    const floor = median(dumpTimes);
    const ours = median(introspectTimes);
    const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
    console.log(
      `${path.basename(dump)} --no-data (floor), median of ${REPETITIONS}: ${fmt(floor)}  [${dumpTimes.map(fmt).join(", ")}]`,
    );
    console.log(
      `introspectInstance, median of ${REPETITIONS}:       ${fmt(ours)}  [${introspectTimes.map(fmt).join(", ")}]`,
    );
    console.log(`ratio: ${(ours / floor).toFixed(2)}× the floor (target ≤ 0.50×)`);
  } finally {
    await dropDatabases(database.url, names);
    await database.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
