import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";

/** A throwaway MariaDB this test run started: its URL and how to stop it. */
export interface PrivateServer {
  url: string;
  pid: number;
  dir: string;
}

const SEARCH = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/libexec"];

function findBinary(names: string[]): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(":").filter(Boolean), ...SEARCH];
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // Not here: keep looking.
      }
    }
  }
  return undefined;
}

const serverBinary = (): string | undefined => findBinary(["mariadbd", "mysqld"]);
const installBinary = (): string | undefined => findBinary(["mariadb-install-db", "mysql_install_db"]);

/** As root on Debian, install Debian's MariaDB when it is missing, as the README promises. */
export function installMariadbIfMissing(log: (line: string) => void): void {
  if (serverBinary() && installBinary()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !fs.existsSync("/etc/debian_version")) return;
  log("tidemark tests: installing Debian's mariadb-server (needed by the database suites)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "mariadb-server", "mariadb-client"], { stdio: "ignore", env });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a private MariaDB from the local binaries in a temporary directory on a free port,
 * with a password user for the tests. Returns undefined when there are no binaries.
 */
export async function startPrivateMariadb(): Promise<PrivateServer | undefined> {
  const mariadbd = serverBinary();
  const installDb = installBinary();
  if (!mariadbd || !installDb) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-mariadb-"));
  const dataDir = path.join(dir, "data");
  const socket = path.join(dir, "mysqld.sock");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  // mariadbd refuses to run as root without --user; the mysql account owns the files then.
  const userArgs = isRoot ? ["--user=mysql"] : [];
  if (isRoot) execFileSync("chown", ["-R", "mysql:mysql", dir]);
  execFileSync(
    installDb,
    [
      "--no-defaults",
      `--datadir=${dataDir}`,
      "--auth-root-authentication-method=socket",
      "--skip-test-db",
      ...userArgs,
    ],
    { stdio: "pipe" },
  );
  const port = await freePort();
  const child = spawn(
    mariadbd,
    [
      "--no-defaults",
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      `--pid-file=${path.join(dir, "mysqld.pid")}`,
      "--skip-log-bin",
      "--innodb-buffer-pool-size=64M",
      "--innodb-flush-log-at-trx-commit=2",
      "--max-connections=500",
      ...userArgs,
    ],
    { detached: true, stdio: ["ignore", "ignore", fs.openSync(path.join(dir, "error.log"), "a")] },
  );
  child.unref();
  const password = `tm-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const root = await mysql.createConnection({ socketPath: socket, user: "root" });
      for (const host of ["%", "localhost", "127.0.0.1"]) {
        await root.query(`CREATE USER IF NOT EXISTS 'tidemark'@'${host}' IDENTIFIED BY '${password}'`);
        await root.query(`GRANT ALL PRIVILEGES ON *.* TO 'tidemark'@'${host}' WITH GRANT OPTION`);
      }
      await root.end();
      break;
    } catch (err) {
      if (child.exitCode !== null || Date.now() > deadline) {
        stopPrivateMariadb({ url: "", pid: child.pid ?? 0, dir });
        const log = fs.existsSync(path.join(dir, "error.log"))
          ? fs.readFileSync(path.join(dir, "error.log"), "utf8")
          : "";
        throw new Error(`the private MariaDB did not start: ${(err as Error).message}\n${log.slice(-2000)}`);
      }
      await sleep(200);
    }
  }
  return { url: `mysql://tidemark:${password}@127.0.0.1:${port}/`, pid: child.pid ?? 0, dir };
}

export function stopPrivateMariadb(server: PrivateServer): void {
  try {
    process.kill(server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(server.pid, 0);
    } catch {
      break;
    }
    execFileSync("sleep", ["0.1"]);
  }
  try {
    process.kill(server.pid, "SIGKILL");
  } catch {
    // Stopped cleanly.
  }
  fs.rmSync(server.dir, { recursive: true, force: true });
}
