import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createLogger } from "../../server/log";
import { startServer } from "../../server/server";
import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

const KEY = /tmk_[A-Za-z0-9_-]{8,}/;

const modeOf = (file: string): number => fs.statSync(file).mode & 0o777;

/** A logger whose lines land in `lines`, as the server writes them (JSON text). */
function capturedLogger(lines: string[]) {
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return createLogger({ level: "debug", destination });
}

interface AuditRecord {
  actor: string;
  action: string;
  resource: string;
  result: string;
}

describe.each(STORE_KINDS)("nothing typed into a credential field is kept, on the %s store", (storeKind) => {
  let t: TestServer;
  let key = "";
  beforeAll(async () => {
    t = await startTestServer(storeKind);
    const created = await t.api<{ key: string }>("POST", "/v1/serviceAccounts?serviceAccountId=typist", {
      title: "Typist",
      role: "workspaceMember",
    });
    key = created.body.key;
    expect(key).toMatch(KEY);
  });
  afterAll(async () => {
    await t?.close();
  });

  const audits = async (): Promise<AuditRecord[]> =>
    (await t.api<{ auditLogs: AuditRecord[] }>("GET", "/v1/auditLogs?pageSize=1000")).body.auditLogs;

  test("a key typed into the login email field reaches neither the log nor the audit record", async () => {
    const before = t.logs.length;
    // The key in the email field, and once more with another key as the password.
    for (const password of [key, t.bootstrap.key]) {
      const refused = await t.api("POST", "/v1/auth/login", { email: key, password });
      expect(refused.status).toBe(401);
    }
    const logged = t.logs.slice(before).join("\n");
    expect(logged).toContain("login refused");
    expect(logged).not.toContain(key);
    expect(logged).not.toContain(t.bootstrap.key);
    expect(logged).not.toMatch(KEY);

    const records = await audits();
    const refusals = records.filter((r) => r.action === "auth.login" && r.result === "UNAUTHENTICATED");
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(refusals[0]?.actor).toBe("unknown:[not an account email]");
    const text = JSON.stringify(records);
    expect(text).not.toContain(key);
    expect(text).not.toMatch(KEY);
  });

  test("a refused login with an account's email keeps the email, never the password", async () => {
    const email = "nobody-here@service.tidemark.local";
    expect((await t.api("POST", "/v1/auth/login", { email, password: key })).status).toBe(401);
    const records = await audits();
    expect(records.find((r) => r.actor === `unknown:${email}`)).toMatchObject({ action: "auth.login" });
    expect(JSON.stringify(records)).not.toContain(key);
    expect(t.logs.join("\n")).toContain(email);
    expect(t.logs.join("\n")).not.toContain(key);
  });

  test("a key anywhere in a logged or audited path is masked", async () => {
    const before = t.logs.length;
    // A mutating call (audited) and a read (logged) with the key where a name should be.
    const posted = await t.api("POST", `/v1/projects/${key}/changes`, { title: "x", targets: [], sql: "SELECT 1" });
    expect(posted.status).toBeGreaterThanOrEqual(400);
    expect(posted.status).toBeLessThan(500);
    expect((await t.api("GET", `/v1/environments/${key}`)).status).toBe(404);
    // The audit record is written once the response has gone: wait for it.
    let records: AuditRecord[] = [];
    for (let i = 0; i < 100; i++) {
      records = await audits();
      if (records.some((r) => r.action === "changes.create")) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const audited = records.find((r) => r.action === "changes.create");
    expect(audited?.resource).toBe("projects/[redacted key]/changes");
    expect(JSON.stringify(records)).not.toMatch(KEY);
    const logged = t.logs.slice(before).join("\n");
    expect(logged).toContain("[redacted key]");
    expect(logged).not.toMatch(KEY);
  });
});

describe("the logger", () => {
  test("redacts passwords, keys and tokens in request bodies, nested and in lists, and masks keys in any field", () => {
    const lines: string[] = [];
    const log = capturedLogger(lines);
    log.info(
      {
        password: "p0",
        body: {
          email: "tmk_typedIntoTheWrongField1234",
          password: "p1",
          dataSources: [{ password: "p2", tls: { key: "k1" } }],
          key: "k2",
        },
        request: { headers: { authorization: "Bearer t1", cookie: "c1" } },
        token: "t2",
      },
      "a body that should never be logged",
    );
    const line = lines.join("\n");
    for (const secret of ["p0", "p1", "p2", "k1", "k2", "t1", "t2", "c1", "tmk_typedIntoTheWrongField1234"]) {
      expect(line).not.toContain(`"${secret}"`);
    }
    expect(line).not.toMatch(/tmk_/);
    expect(JSON.parse(line).body.email).toBe("[redacted key]");
  });
});

describe("store files on disk", () => {
  test("the data directory is 0700 and the SQLite files, secret and bootstrap.json are 0600 after writes", async () => {
    const t = await startTestServer("sqlite");
    try {
      for (let i = 0; i < 5; i++) {
        expect((await t.api("POST", `/v1/environments?environmentId=e${i}`, { title: `E${i}` })).status).toBe(200);
      }
      const files = ["tidemark.db", "tidemark.db-wal", "tidemark.db-shm", "secret", "bootstrap.json"];
      const present = fs.readdirSync(t.dataDir);
      // WAL mode: the -wal and -shm files exist while the store is open, so they are checked too.
      expect(present).toEqual(expect.arrayContaining(files));
      expect(modeOf(t.dataDir)).toBe(0o700);
      for (const name of present) expect([name, modeOf(path.join(t.dataDir, name))]).toEqual([name, 0o600]);
    } finally {
      await t.close();
    }
  });

  test("looser modes are tightened on the next start, and a log line says which", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-modes-"));
    const dataDir = path.join(parent, "nested", "data");
    try {
      const first = await startServer({ port: 0, dataDir, log: createLogger({ level: "silent" }), print: () => {} });
      await first.close();
      expect(modeOf(dataDir)).toBe(0o700);
      fs.chmodSync(dataDir, 0o755);
      // The -wal outlives the process (SQLite keeps it for the next open): loosened too.
      for (const name of ["tidemark.db", "tidemark.db-wal", "secret", "bootstrap.json"]) {
        fs.chmodSync(path.join(dataDir, name), 0o644);
      }

      const lines: string[] = [];
      const second = await startServer({ port: 0, dataDir, log: capturedLogger(lines), print: () => {} });
      await second.close();
      expect(modeOf(dataDir)).toBe(0o700);
      for (const name of ["tidemark.db", "tidemark.db-wal", "secret", "bootstrap.json"]) {
        expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, 0o600]);
      }
      const said = lines.map(
        (l) => JSON.parse(l) as { msg: string; files?: { path: string; was: string; now: string }[] },
      );
      const tightened = said.find((l) => /modes were tightened/.test(l.msg));
      expect(tightened?.files).toEqual(
        expect.arrayContaining([
          { path: dataDir, was: "0755", now: "0700" },
          { path: path.join(dataDir, "tidemark.db"), was: "0644", now: "0600" },
          { path: path.join(dataDir, "tidemark.db-wal"), was: "0644", now: "0600" },
          { path: path.join(dataDir, "secret"), was: "0644", now: "0600" },
          { path: path.join(dataDir, "bootstrap.json"), was: "0644", now: "0600" },
        ]),
      );
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
