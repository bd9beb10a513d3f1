/**
 * The MySQL-family server of the test run, in one place: how globalSetup finds or starts it,
 * how suites reach it, and how the benchmarks reuse it. The order, as the README promises:
 *
 *   1. TEST_DATABASE_URL, when given (it must connect: a broken one is an error, never skipped);
 *   2. a private, throwaway MariaDB from the local binaries (installed from Debian's packages
 *      first when they are missing and we are root on Debian);
 *   3. testcontainers, when a Docker engine answers;
 *   4. nothing: the database suites fail saying how to provide a server. Unit suites still run.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import crypto from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import mysql, { type Connection, type RowDataPacket } from "mysql2/promise";
import { type ConnectionTarget, quoteIdentifier } from "../../server/engine/connection";

/** A server the tests may use, and how to let it go. */
export interface TestDatabase {
  /** `mysql://user:pass@host:port/` of a user that may create databases and users. */
  readonly url: string;
  /** Where the server came from, for messages. */
  readonly origin: "TEST_DATABASE_URL" | "private MariaDB" | "testcontainers";
  /** Stops what this run started (nothing for a given URL); never leaves a process running. */
  stop(): Promise<void>;
}

export const NO_DATABASE_HELP =
  "The database suites need a MySQL-family server and none could be used. Provide one of: " +
  "TEST_DATABASE_URL=mysql://user:pass@host:port/ (a user that may CREATE/DROP DATABASE and CREATE USER); " +
  "a local MariaDB (Debian: apt-get install mariadb-server) for the tests to start privately; " +
  "or a running Docker engine for testcontainers.";

/**
 * Finds or starts the test server. Throws an Error whose message says what was tried and how to
 * provide a server; globalSetup records that message instead of failing the whole run.
 */
export async function provideTestDatabase(
  options: { url?: string; log?: (line: string) => void } = {},
): Promise<TestDatabase> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const given = "url" in options ? options.url : process.env.TEST_DATABASE_URL;
  if (given) {
    try {
      await (await waitUntilConnects({ uri: given }, 0)).end();
    } catch (err) {
      throw new Error(
        `TEST_DATABASE_URL (${redact(given)}) cannot be used: ${driverWords(err)}. ` +
          "Fix it, or unset it to let the tests start a private MariaDB.",
      );
    }
    return { url: given, origin: "TEST_DATABASE_URL", stop: async () => undefined };
  }

  const problems: string[] = [];
  try {
    await installMariadbIfMissing(log);
    const binaries = mariadbBinaries();
    if (binaries) return await startPrivateMariadb(binaries);
    problems.push("no mariadbd/mysqld and mariadb-install-db/mysql_install_db binaries were found");
  } catch (err) {
    problems.push(firstLine(err));
  }
  try {
    return await startContainer();
  } catch (err) {
    problems.push(/container runtime strategy/.test(firstLine(err)) ? "no Docker engine answered" : firstLine(err));
  }
  throw new Error(`${NO_DATABASE_HELP} (${problems.join("; ")})`);
}

/**
 * The URL of the run's server. A suite that needs one calls this in beforeAll, so a run without
 * a server fails that suite with the reason — never skips it.
 */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  throw new Error(
    process.env.TEST_DATABASE_ERROR ??
      `no test database: run the tests with jest, whose globalSetup provides one. ${NO_DATABASE_HELP}`,
  );
}

/** The server as the engine layer addresses a target: the test user over TCP. */
export function connectionTarget(url = testDatabaseUrl()): ConnectionTarget {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}

/** A connection as the test user, which may create databases and users. */
export function connectAdmin(): Promise<Connection> {
  return mysql.createConnection({ uri: testDatabaseUrl(), multipleStatements: true });
}

/** `prefix_` and random hex: a name no other suite (or earlier run) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(4).toString("hex")}`;
}

/**
 * Databases one suite creates and drops, so suites never depend on each other's leftovers:
 * open in beforeAll, `create` what the suite needs, `drop` in afterAll.
 */
export class ThrowawayDatabases {
  private readonly created: string[] = [];

  private constructor(readonly admin: Connection) {}

  static async open(): Promise<ThrowawayDatabases> {
    return new ThrowawayDatabases(await connectAdmin());
  }

  /**
   * Creates a database named `prefix_<hex>` and runs each statement in it (unqualified table
   * names land there). Returns the name.
   */
  async create(prefix: string, ...statements: string[]): Promise<string> {
    const name = uniqueName(prefix);
    await this.admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    this.created.push(name);
    if (statements.length > 0) {
      await this.admin.query(`USE ${quoteIdentifier(name)}`);
      for (const statement of statements) await this.admin.query(statement);
    }
    return name;
  }

  /** Drops every database this object created and closes its connection. */
  async drop(): Promise<void> {
    for (const name of this.created.splice(0)) {
      await this.admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
    }
    await this.admin.end();
  }
}

/** The `terraform` binary on PATH; acceptance suites call this so they fail, not skip, without it. */
export function requireTerraform(): string {
  const terraform = findProgram(["terraform"], pathDirs());
  if (!terraform) throw new Error("terraform is a prerequisite of the acceptance suite: install it and put it on PATH");
  return terraform;
}

// ---------------------------------------------------------------------------------------------
// The private MariaDB.

const execFileAsync = promisify(execFile);

/** Where distributions and tarballs put the server, beyond PATH (sbin is often not on it). */
const SERVER_DIRS = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/local/mysql/bin"];

const pathDirs = (): string[] => (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);

/** The first of `names` found executable in `dirs` (by default PATH and the usual server directories). */
export function findProgram(names: string[], dirs = [...pathDirs(), ...SERVER_DIRS]): string | undefined {
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // Not in this directory.
      }
    }
  }
  return undefined;
}

interface MariadbBinaries {
  server: string;
  installDb: string;
}

function mariadbBinaries(): MariadbBinaries | undefined {
  const server = findProgram(["mariadbd", "mysqld"]);
  const installDb = findProgram(["mariadb-install-db", "mysql_install_db"]);
  return server && installDb ? { server, installDb } : undefined;
}

/** Whether this machine can run a private MariaDB without installing anything. */
export const hasLocalMariadb = (): boolean => mariadbBinaries() !== undefined;

const isRoot = (): boolean => process.getuid?.() === 0;

/** As root on Debian, installs Debian's MariaDB when the binaries are missing. */
async function installMariadbIfMissing(log: (line: string) => void): Promise<void> {
  if (mariadbBinaries() || !isRoot() || !fs.existsSync("/etc/debian_version")) return;
  log("tidemark tests: no MariaDB binaries found; installing Debian's mariadb-server for the database suites");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    await execFileAsync("apt-get", ["update", "-qq"], { env });
    await execFileAsync("apt-get", ["install", "-y", "-qq", "mariadb-server", "mariadb-client"], { env });
  } catch (err) {
    throw new Error(`installing mariadb-server failed: ${firstLine((err as { stderr?: string }).stderr || err)}`);
  }
}

/** The OS account that owns the server's files when we are root: mysql if it exists. */
function mysqlAccount(): { uid: number; gid: number } | undefined {
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("mysql:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : undefined;
}

/** A port on 127.0.0.1 that nothing listens on at the moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Outlives the test process by at most a second: when the process that started the server dies
 * without its teardown (Ctrl-C, a crash), its end of this pipe closes, `read` returns, and the
 * server is stopped and its directory removed.
 */
const WATCHDOG = `read _ignored
kill -TERM "$1" 2>/dev/null
i=0
while kill -0 "$1" 2>/dev/null && [ "$i" -lt 150 ]; do sleep 0.1; i=$((i+1)); done
kill -KILL "$1" 2>/dev/null
rm -rf "$2"`;

async function startPrivateMariadb(binaries: MariadbBinaries): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-mariadb-"));
  const dataDir = path.join(dir, "data");
  const socket = path.join(dir, "mysqld.sock");
  const errorLog = path.join(dir, "error.log");
  // Its temporary tables stay in its own directory, out of reach of whatever tidies the shared /tmp.
  const tmpDir = path.join(dir, "tmp");
  fs.mkdirSync(tmpDir);
  let userArgs: string[] = [];
  if (isRoot()) {
    // mariadbd refuses to run as root unless told which account to use.
    const account = mysqlAccount();
    if (account) for (const owned of [dir, tmpDir]) fs.chownSync(owned, account.uid, account.gid);
    userArgs = [account ? "--user=mysql" : "--user=root"];
  }
  let server: ChildProcess | undefined;
  let watchdog: ChildProcess | undefined;
  const stop = async (): Promise<void> => {
    watchdog?.kill("SIGKILL");
    if (server) await stopProcess(server);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await execFileAsync(binaries.installDb, ["--no-defaults", `--datadir=${dataDir}`, "--skip-test-db", ...userArgs]);
    // A port picked here can be taken before the server binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const running = spawnDetached(binaries.server, [
        "--no-defaults",
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--port=${port}`,
        "--bind-address=127.0.0.1",
        `--pid-file=${path.join(dir, "mysqld.pid")}`,
        `--log-error=${errorLog}`,
        `--tmpdir=${tmpDir}`,
        "--skip-name-resolve",
        // What MySQL 8 and TiDB default to; Debian's MariaDB would otherwise make new databases latin1.
        "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_general_ci",
        "--skip-log-bin",
        "--innodb-flush-log-at-trx-commit=2",
        "--max-connections=500",
        ...userArgs,
      ]);
      server = running;
      watchdog = spawnDetached("sh", ["-c", WATCHDOG, "tidemark-test-watchdog", String(running.pid), dir], "pipe");
      // The pipe must not keep this process alive; it exists only to close when we die.
      (watchdog.stdin as net.Socket).unref();
      const exited = (): boolean => running.exitCode !== null || running.signalCode !== null;
      try {
        const password = await createPasswordUser(socket, exited);
        return { url: `mysql://tidemark:${password}@127.0.0.1:${port}/`, origin: "private MariaDB", stop };
      } catch (err) {
        const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, "utf8") : "";
        if (!exited())
          throw new Error(`the private MariaDB did not let the tests in: ${firstLine(err)} (${lastLines(log)})`);
        watchdog.kill("SIGKILL");
        if (attempt < 3 && /address already in use|bind on tcp/i.test(log)) continue;
        throw new Error(`the private MariaDB exited while starting: ${lastLines(log)}`);
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Waits for the new server over its socket (root or the installing OS account gets in there
 * without a password) and creates `tidemark` with a password, which every test uses over TCP.
 */
async function createPasswordUser(socket: string, exited: () => boolean): Promise<string> {
  const admin = await waitUntilConnects({ socketPath: socket, user: os.userInfo().username }, 30_000, exited);
  const password = crypto.randomBytes(12).toString("hex");
  try {
    // Anonymous accounts would shadow ours for connections from localhost.
    const [anonymous] = await admin.query<RowDataPacket[]>("SELECT Host AS host FROM mysql.user WHERE User = ''");
    for (const { host } of anonymous) await admin.query("DROP USER ''@?", [String(host)]);
    for (const host of ["%", "localhost"]) {
      await admin.query("CREATE USER 'tidemark'@? IDENTIFIED BY ?", [host, password]);
      await admin.query("GRANT ALL PRIVILEGES ON *.* TO 'tidemark'@? WITH GRANT OPTION", [host]);
    }
  } finally {
    await admin.end();
  }
  return password;
}

/**
 * In its own process group, so a Ctrl-C at the terminal leaves the cleanup to the watchdog
 * instead of half-stopping things; unref'd so it never keeps this process alive.
 */
function spawnDetached(command: string, args: string[], stdin: "ignore" | "pipe" = "ignore"): ChildProcess {
  const child = spawn(command, args, { detached: true, stdio: [stdin, "ignore", "ignore"] });
  // A failed spawn shows as a missing pid below; its 'error' event must not crash the run.
  child.on("error", () => undefined);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  child.unref();
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 20_000))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------
// testcontainers.

async function startContainer(): Promise<TestDatabase> {
  // Loaded only here: it takes a noticeable fraction of a second and matters only without local binaries.
  const { MySqlContainer } = await import("@testcontainers/mysql");
  const password = crypto.randomBytes(12).toString("hex");
  const container = await new MySqlContainer("mysql:8.4").withRootPassword(password).start();
  const url = `mysql://root:${password}@${container.getHost()}:${container.getPort()}/`;
  const stop = async (): Promise<void> => {
    await container.stop();
  };
  try {
    await (await waitUntilConnects({ uri: url }, 60_000)).end();
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, origin: "testcontainers", stop };
}

// ---------------------------------------------------------------------------------------------
// Small shared pieces.

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Connects, retrying every 100 ms until `patienceMs` has passed (0: one try) or `hopeless` says so. */
async function waitUntilConnects(
  options: mysql.ConnectionOptions,
  patienceMs: number,
  hopeless: () => boolean = () => false,
): Promise<Connection> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    try {
      return await mysql.createConnection({ connectTimeout: 5000, ...options });
    } catch (err) {
      if (Date.now() >= deadline || hopeless()) throw err;
      await sleep(100);
    }
  }
}

const redact = (url: string): string => url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@");

/** The driver's code and first line; its messages name the user, never the password. */
function driverWords(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? `${code}: ${firstLine(err)}` : firstLine(err);
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0]?.trim() || "unknown error";
}

const lastLines = (text: string): string => text.trim().split("\n").slice(-5).join(" | ");
