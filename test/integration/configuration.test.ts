import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort, testDatabaseUrl } from "../support/database";

const root = path.resolve(__dirname, "../..");
const main = path.join(root, "dist/server/main.js");
// Far beyond the few seconds any failure takes: a server still starting then has spun or hung.
const HANG_MS = 30_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  lines: string[];
}

/**
 * Starts the built server with `env` (over a fresh data directory) and waits for it to exit; `user`
 * runs it as another user.
 */
function start(
  env: Record<string, string>,
  onStart?: (child: ChildProcess) => void,
  user?: { uid: number; gid: number },
): Promise<Exit> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-config-"));
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      TIDEMARK_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    ...user,
  });
  onStart?.(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const hang = setTimeout(() => child.kill("SIGKILL"), HANG_MS);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(hang);
      fs.rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, signal, stderr, lines: stderr.split("\n").filter((l) => l !== "") });
    });
  });
}

/** One line on stderr, our own words naming what is wrong; no stack trace, no secret. */
function expectOneLine(exit: Exit, names: RegExp, secrets: string[] = []): void {
  expect(exit.signal).toBeNull();
  expect(exit.code).toBe(2);
  expect(exit.lines).toHaveLength(1);
  expect(exit.lines[0]).toMatch(/^tidemark failed to start: /);
  expect(exit.lines[0]).toMatch(names);
  expect(exit.stderr).not.toMatch(/\n\s+at |Error:|Prisma/);
  for (const secret of secrets) expect(exit.stderr).not.toContain(secret);
}

/** A TCP server that accepts connections and never says a word: a host that does not answer. */
async function silentServer(): Promise<{ port: number; connected: Promise<void>; close(): void }> {
  const sockets: net.Socket[] = [];
  let connected!: () => void;
  const first = new Promise<void>((resolve) => (connected = resolve));
  const server = net.createServer((s) => {
    sockets.push(s);
    connected();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    port: (server.address() as net.AddressInfo).port,
    connected: first,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

const storeUrl = (edit: (url: URL) => void): string => {
  const url = new URL(testDatabaseUrl());
  url.pathname = "/mysql";
  edit(url);
  return url.toString();
};

describe("a bad configuration is refused in one line naming the variable or file", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "--silent", "build:server"], { cwd: root, stdio: "pipe" });
  }, 120_000);

  describe("DATABASE_URL", () => {
    const password = "pw-" + crypto.randomBytes(6).toString("hex");

    test.concurrent("unparsable", async () => {
      expectOneLine(
        await start({ DATABASE_URL: `mysql://tidemark:${password}@[oops/tidemark` }),
        /DATABASE_URL is not a valid URL/,
        [password],
      );
    });

    test.concurrent("with a bad %-escape in its password", async () => {
      expectOneLine(
        await start({ DATABASE_URL: `mysql://tidemark:${password}%zz@127.0.0.1/tidemark` }),
        /DATABASE_URL has a malformed %-escape/,
        [password],
      );
    });

    test.concurrent("naming no database", async () => {
      expectOneLine(
        await start({ DATABASE_URL: `mysql://tidemark:${password}@127.0.0.1:3306/` }),
        /DATABASE_URL must name one database/,
        [password],
      );
    });

    test.concurrent("of another kind of database", async () => {
      expectOneLine(
        await start({ DATABASE_URL: `postgres://u:${password}@127.0.0.1/x` }),
        /DATABASE_URL must be a mysql:\/\/ URL/,
        [password],
      );
    });

    test.concurrent("a port nobody listens on (connection refused)", async () => {
      const port = await freePort();
      const exit = await start({ DATABASE_URL: `mysql://tidemark:${password}@127.0.0.1:${port}/tidemark` });
      expectOneLine(
        exit,
        new RegExp(`DATABASE_URL: nothing accepts connections at 127\\.0\\.0\\.1:${port} \\(connection refused\\)`),
        [password],
      );
    });

    test.concurrent("a host that never answers (connect timeout of a few seconds)", async () => {
      const silent = await silentServer();
      try {
        const exit = await start({ DATABASE_URL: `mysql://tidemark:${password}@127.0.0.1:${silent.port}/tidemark` });
        expectOneLine(exit, new RegExp(`DATABASE_URL: 127\\.0\\.0\\.1:${silent.port} did not answer within 5 s`), [
          password,
        ]);
      } finally {
        silent.close();
      }
    });

    test.concurrent("a host name that does not resolve", async () => {
      const exit = await start({ DATABASE_URL: `mysql://tidemark:${password}@no-such-host.invalid:3306/tidemark` });
      expectOneLine(exit, /DATABASE_URL: the host in no-such-host\.invalid:3306 cannot be resolved/, [password]);
    });

    test.concurrent("a wrong password (access denied)", async () => {
      const url = storeUrl((u) => (u.password = password));
      expectOneLine(
        await start({ DATABASE_URL: url }),
        /DATABASE_URL: the server at .* refused user "[^"]+" \(access denied\): check the user name and password/,
        [password],
      );
    });

    test.concurrent("an unknown database", async () => {
      const real = decodeURIComponent(new URL(testDatabaseUrl()).password);
      const missing = `tidemark_missing_${crypto.randomBytes(4).toString("hex")}`;
      const url = storeUrl((u) => (u.pathname = `/${missing}`));
      const exit = await start({ DATABASE_URL: url });
      expectOneLine(exit, new RegExp(`DATABASE_URL: the database "${missing}" does not exist`), [real]);
    });
  });

  describe("files in the data directory", () => {
    /** Starts over a data directory prepared by `prepare`, with no DATABASE_URL or TIDEMARK_SECRET. */
    const startOver = async (prepare: (dir: string) => void): Promise<{ exit: Exit; dir: string }> => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-config-files-"));
      try {
        prepare(dir);
        return { exit: await start({ TIDEMARK_DATA_DIR: dir }), dir };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };

    test.concurrent("a corrupt SQLite file is named, not DATABASE_URL", async () => {
      const { exit, dir } = await startOver((d) =>
        fs.writeFileSync(path.join(d, "tidemark.db"), crypto.randomBytes(8192)),
      );
      expectOneLine(
        exit,
        new RegExp(`the SQLite store ${path.join(dir, "tidemark.db")} is not a readable SQLite database`),
      );
      expect(exit.stderr).not.toContain("DATABASE_URL");
    });

    test.concurrent("a corrupt SQLite file named by DATABASE_URL says so", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-config-files-"));
      try {
        const file = path.join(dir, "store.db");
        fs.writeFileSync(file, "not a database, only text ".repeat(400));
        const exit = await start({ DATABASE_URL: `file:${file}` });
        expectOneLine(exit, new RegExp(`the SQLite file ${file} \\(DATABASE_URL\\) is not a readable SQLite database`));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test.concurrent("a corrupt secret file is named, not TIDEMARK_SECRET", async () => {
      const { exit, dir } = await startOver((d) => fs.writeFileSync(path.join(d, "secret"), "this is not base64!\n"));
      expectOneLine(exit, new RegExp(`the secret file ${path.join(dir, "secret")} is damaged`));
      expect(exit.stderr).not.toContain("TIDEMARK_SECRET");
    });

    test.concurrent("a truncated secret file is refused, not used as a different secret", async () => {
      const { exit, dir } = await startOver((d) =>
        fs.writeFileSync(path.join(d, "secret"), crypto.randomBytes(32).toString("base64").slice(0, 24) + "\n"),
      );
      expectOneLine(exit, new RegExp(`the secret file ${path.join(dir, "secret")} is damaged`));
    });

    test.concurrent("an unreadable secret file is named", async () => {
      const { exit, dir } = await startOver((d) => fs.mkdirSync(path.join(d, "secret")));
      expectOneLine(exit, new RegExp(`the secret file ${path.join(dir, "secret")} cannot be read`));
      expect(exit.stderr).not.toContain("TIDEMARK_SECRET");
    });
  });

  describe("TIDEMARK_DATA_DIR", () => {
    test.concurrent("under /proc: refused at once, no spinning", async () => {
      const exit = await start({ TIDEMARK_DATA_DIR: "/proc/tidemark-data" });
      expectOneLine(exit, /the data directory \/proc\/tidemark-data cannot be created .*TIDEMARK_DATA_DIR/);
    });

    test.concurrent("a file, not a directory", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-config-file-"));
      try {
        const file = path.join(dir, "plain-file");
        fs.writeFileSync(file, "x");
        expectOneLine(
          await start({ TIDEMARK_DATA_DIR: file }),
          /the data directory .*plain-file is a file, not a directory: set TIDEMARK_DATA_DIR/,
        );
        expectOneLine(
          await start({ TIDEMARK_DATA_DIR: path.join(file, "data") }),
          /the data directory .*plain-file\/data cannot be reached .*TIDEMARK_DATA_DIR/,
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test.concurrent("a directory this user may not write", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-config-locked-"));
      try {
        const isRoot = process.getuid?.() === 0;
        // Root ignores permission bits: the server then runs as nobody, who may not enter this 0700 directory.
        if (!isRoot) fs.chmodSync(dir, 0o500);
        const exit = await start(
          { TIDEMARK_DATA_DIR: path.join(dir, "data") },
          undefined,
          isRoot ? { uid: 65534, gid: 65534 } : undefined,
        );
        expectOneLine(
          exit,
          /the data directory .*\/data cannot be (created|reached) \(permission denied\): set TIDEMARK_DATA_DIR/,
        );
      } finally {
        fs.chmodSync(dir, 0o700);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test.concurrent("SIGTERM while the store does not answer yet ends start-up at once", async () => {
      const silent = await silentServer();
      try {
        let child: ChildProcess | undefined;
        const exiting = start({ DATABASE_URL: `mysql://u:p@127.0.0.1:${silent.port}/tidemark` }, (c) => (child = c));
        // The server is now waiting on the store's handshake: the moment to stop it.
        await silent.connected;
        child?.kill("SIGTERM");
        const exit = await exiting;
        expect(exit.code).toBe(143);
        expect(exit.lines).toEqual(["tidemark stopped by SIGTERM while starting"]);
      } finally {
        silent.close();
      }
    });
  });

  describe("secrets and numbers", () => {
    test.concurrent("TIDEMARK_SECRET too short", async () => {
      const exit = await start({ TIDEMARK_SECRET: "short-secret" });
      expectOneLine(exit, /TIDEMARK_SECRET is too short: it must be at least 16 characters/, ["short-secret"]);
    });

    test.concurrent.each([
      ["PORT", "80a", /PORT must be a whole number of a TCP port from 0 to 65,535, not "80a"/],
      ["PORT", "70000", /PORT must be a whole number of a TCP port from 0 to 65,535, not "70000"/],
      [
        "TIDEMARK_TOKEN_LIFETIME_SECONDS",
        "-5",
        /TIDEMARK_TOKEN_LIFETIME_SECONDS must be a whole number of seconds from 1 to /,
      ],
      ["TIDEMARK_TOKEN_LIFETIME_SECONDS", "1h", /TIDEMARK_TOKEN_LIFETIME_SECONDS must be a whole number of seconds/],
      [
        "TIDEMARK_SCHEDULER_TICK_MS",
        "0.5",
        /TIDEMARK_SCHEDULER_TICK_MS must be a whole number of milliseconds from 10 to /,
      ],
      [
        "TIDEMARK_SCHEDULER_LEASE_MS",
        "soon",
        /TIDEMARK_SCHEDULER_LEASE_MS must be a whole number of milliseconds from 1,000 to /,
      ],
      ["LOG_LEVEL", "loud", /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "loud"/],
    ])("%s=%s", async (name, value, message) => {
      expectOneLine(await start({ [name]: value }), message);
    });

    test.concurrent("PORT already in use", async () => {
      const holder = net.createServer();
      await new Promise<void>((r) => holder.listen(0, "127.0.0.1", r));
      const port = (holder.address() as net.AddressInfo).port;
      try {
        expectOneLine(
          await start({ PORT: String(port) }),
          new RegExp(`PORT ${port} is already in use on 127\\.0\\.0\\.1: .*set PORT to a free port`),
        );
      } finally {
        holder.close();
      }
    });

    test.concurrent("HOST that is not an address of this machine", async () => {
      // 192.0.2.0/24 is reserved for documentation: never a local address.
      expectOneLine(await start({ HOST: "192.0.2.7" }), /HOST 192\.0\.2\.7 is not an address of this machine/);
    });
  });
});
