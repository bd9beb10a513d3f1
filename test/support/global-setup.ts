import mysql from "mysql2/promise";
import { installMariadbIfMissing, type PrivateServer, startPrivateMariadb } from "./mariadb";

/** What globalTeardown must stop; Jest runs both in the same parent process. */
export interface TestDatabaseState {
  privateServer?: PrivateServer;
  container?: { stop(): Promise<unknown> };
}

declare global {
  var tidemarkTestDatabase: TestDatabaseState | undefined;
}

const HOW_TO =
  "The database suites need a MySQL-family server and found none. Set TEST_DATABASE_URL=mysql://user:pass@host:port/ " +
  "(a user that may create databases and users), or install MariaDB (Debian: apt-get install mariadb-server), " +
  "or run a Docker engine for testcontainers.";

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function reachable(url: string): Promise<void> {
  const conn = await mysql.createConnection({ uri: url, connectTimeout: 5000 });
  await conn.query("SELECT 1");
  await conn.end();
}

/**
 * Finds the MySQL-family server the database suites use, in the README's order: a given
 * TEST_DATABASE_URL, a private MariaDB from local binaries, testcontainers. A missing server is
 * not an error here, so unit suites still run; database suites fail on TEST_DATABASE_ERROR.
 */
export default async function globalSetup(): Promise<void> {
  const state: TestDatabaseState = {};
  globalThis.tidemarkTestDatabase = state;
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    try {
      await reachable(given);
    } catch (err) {
      process.env.TEST_DATABASE_ERROR = `TEST_DATABASE_URL is set but cannot be used: ${(err as { code?: string }).code ?? "connection failed"}`;
      delete process.env.TEST_DATABASE_URL;
    }
    return;
  }
  const problems: string[] = [];
  try {
    installMariadbIfMissing(log);
    const server = await startPrivateMariadb();
    if (server) {
      state.privateServer = server;
      process.env.TEST_DATABASE_URL = server.url;
      return;
    }
    problems.push("no mariadbd or mysqld binary was found");
  } catch (err) {
    problems.push((err as Error).message.split("\n")[0] ?? "the private MariaDB failed");
  }
  try {
    const { MySqlContainer } = await import("@testcontainers/mysql");
    const container = await new MySqlContainer("mariadb:11").withRootPassword("tidemark").start();
    state.container = container;
    process.env.TEST_DATABASE_URL = `mysql://root:tidemark@${container.getHost()}:${container.getPort()}/`;
    return;
  } catch {
    problems.push("no Docker engine answered for testcontainers");
  }
  process.env.TEST_DATABASE_ERROR = `${HOW_TO} (${problems.join("; ")})`;
}
