import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createLogger } from "../../server/log";
import { startServer, type RunningServer, type ServerOptions } from "../../server/server";
import { connectAdmin, connectionTarget, testDatabaseUrl } from "./database";

export type StoreKind = "sqlite" | "mysql";
export const STORE_KINDS: StoreKind[] = ["sqlite", "mysql"];

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestServer {
  readonly url: string;
  readonly server: RunningServer;
  readonly dataDir: string;
  readonly storeKind: StoreKind;
  /** Every log line the server wrote, as raw JSON text. */
  readonly logs: string[];
  /** Everything the server printed outside its log (the bootstrap message). */
  readonly printed: string[];
  readonly bootstrap: { email: string; key: string };
  token: string;
  /** Calls the API as the bootstrap admin; `body` is sent as JSON unless it is a string. */
  api<T = Record<string, unknown>>(
    method: string,
    pathAndQuery: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  /** The MySQL store's database name, for tests that read raw rows. */
  readonly storeDatabase?: string;
  close(): Promise<void>;
}

/**
 * A real server in this process, on a free port, with its own data directory and a fresh
 * store: SQLite in the data directory, or a new database on the test MariaDB.
 */
export async function startTestServer(
  storeKind: StoreKind,
  /** `log` replaces the debug log kept in `logs` (a benchmark logs as production does). */
  options: Pick<ServerOptions, "tokenLifetimeSeconds" | "log"> = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-test-"));
  const logs: string[] = [];
  const printed: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((l) => l !== ""),
      );
      done();
    },
  });
  let databaseUrl: string | undefined;
  let storeDatabase: string | undefined;
  if (storeKind === "mysql") {
    storeDatabase = `tidemark_store_${crypto.randomBytes(4).toString("hex")}`;
    const admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${storeDatabase}\``);
    await admin.end();
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${storeDatabase}`;
    databaseUrl = url.toString();
  }
  const server = await startServer({
    port: 0,
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    log: createLogger({ level: "debug", destination }),
    print: (m) => printed.push(m),
    ...options,
  });
  const bootstrap = JSON.parse(
    fs.readFileSync(path.join(dataDir, "bootstrap.json"), "utf8"),
  ) as TestServer["bootstrap"];

  const call = async <T>(
    method: string,
    pathAndQuery: string,
    body?: unknown,
    headers: Record<string, string> = {},
    token?: string,
  ): Promise<ApiResponse<T>> => {
    const res = await fetch(server.url + pathAndQuery, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
  };

  const login = await call<{ token: string }>("POST", "/v1/auth/login", {
    email: bootstrap.email,
    password: bootstrap.key,
  });
  if (login.status !== 200) throw new Error(`bootstrap login failed: ${login.status}`);

  const test: TestServer = {
    url: server.url,
    server,
    dataDir,
    storeKind,
    logs,
    printed,
    bootstrap,
    token: login.body.token,
    ...(storeDatabase ? { storeDatabase } : {}),
    api: (method, p, body, headers) =>
      call(method, p, body, headers, headers?.authorization === undefined ? test.token : undefined),
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (storeDatabase) {
        const admin = await connectAdmin();
        await admin.query(`DROP DATABASE IF EXISTS \`${storeDatabase}\``);
        await admin.end();
      }
    },
  };
  return test;
}

/**
 * An instance of the test run's MariaDB, created through the API with the test user as its
 * ADMIN data source: what acceptance suites need before they enrol databases.
 */
export async function createTestInstance(t: TestServer, id: string, environment: string): Promise<void> {
  const target = connectionTarget();
  const res = await t.api("POST", `/v1/instances?instanceId=${id}`, {
    title: id,
    engine: "MARIADB",
    environment,
    dataSources: [
      { type: "ADMIN", host: target.host, port: target.port, username: target.username, password: target.password },
    ],
  });
  if (res.status !== 200) throw new Error(`creating instances/${id} failed: ${JSON.stringify(res.body)}`);
}

/** A new service account with a workspace role, logged in: the token for calls as someone else (a DBA who approves). */
export async function serviceAccountToken(t: TestServer, id: string, role: string): Promise<string> {
  const account = await t.api<{ email: string; key: string }>("POST", `/v1/serviceAccounts?serviceAccountId=${id}`, {
    title: id,
    role,
  });
  if (account.status !== 200) throw new Error(`creating serviceAccounts/${id} failed: ${JSON.stringify(account.body)}`);
  const login = await t.api<{ token: string }>("POST", "/v1/auth/login", {
    email: account.body.email,
    password: account.body.key,
  });
  return login.body.token;
}
