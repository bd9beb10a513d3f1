// Rollouts under fire, on a real MariaDB: the target connection killed at several points of a
// rollout, the server killed with SIGKILL and restarted, and two replicas with the holder
// killed. In every case the data equals running each statement exactly once, the changelog
// tells the truth, and no change stays RUNNING once its lease has lapsed.
//
// Faults are placed with the database's own means, not hooks in Tidemark: a trigger that sleeps
// on one row holds a statement (or its ledger record) open while the test kills the connection
// or the server.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Connection } from "mysql2/promise";
import { ledgerKey, LEDGER_DATABASE, prepareLedger } from "../../server/engine/ledger";
import { connectAdmin, freePort, testDatabaseUrl } from "../support/database";

const root = path.resolve(__dirname, "../..");
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Task {
  target: string;
  status: string;
  appliedStatements: number;
  failedStatement?: number;
  error: string;
}
interface Change {
  name: string;
  status: string;
  checksum: string;
  etag: string;
  tasks: Task[];
}
interface Changelog {
  change: string;
  status: string;
  appliedStatements: number;
  statements: string[];
}

/** One server process on the shared MariaDB store. */
class Replica {
  child: ChildProcess;
  readonly url: string;
  private readonly exited: Promise<void>;

  constructor(
    readonly dataDir: string,
    port: number,
    env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [path.join(root, "dist/server/main.js")], {
      env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", TIDEMARK_DATA_DIR: dataDir },
      stdio: "ignore",
    });
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()));
  }

  async ready(): Promise<void> {
    for (let tries = 0; ; tries++) {
      const ok = await fetch(`${this.url}/readyz`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) return;
      if (tries > 150 || this.child.exitCode !== null) throw new Error(`replica ${this.url} did not become ready`);
      await sleep(200);
    }
  }

  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    await this.exited;
  }
}

describe("rollouts under fire on a real MariaDB", () => {
  const suffix = crypto.randomBytes(3).toString("hex");
  const user = `tm_flt_${suffix}`;
  const password = `Flt-${crypto.randomBytes(12).toString("hex")}`;
  const database = `tmf_${suffix}`;
  const storeDatabase = `tidemark_faults_${suffix}`;
  const secret = crypto.randomBytes(24).toString("hex");
  const replicas: Replica[] = [];
  let admin: Connection;
  let token = "";
  let changeCount = 0;

  async function startReplica(): Promise<Replica> {
    const storeUrl = new URL(testDatabaseUrl());
    storeUrl.pathname = `/${storeDatabase}`;
    const replica = new Replica(fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-faults-")), await freePort(), {
      DATABASE_URL: storeUrl.toString(),
      TIDEMARK_SECRET: secret,
      // A short lease, so a dead holder's rollout is taken over within seconds.
      TIDEMARK_ROLLOUT_LEASE_MS: "3000",
      LOG_LEVEL: "warn",
    });
    replicas.push(replica);
    await replica.ready();
    return replica;
  }

  async function call<T>(
    replica: Replica,
    method: string,
    p: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${replica.url}${p}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  async function createChange(replica: Replica, sql: string): Promise<Change> {
    changeCount++;
    const res = await call<Change>(replica, "POST", `/v1/projects/app/changes?changeId=fault${changeCount}`, {
      title: `Fault ${changeCount}`,
      targets: [`instances/main/databases/${database}`],
      sql,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("APPROVED");
    return res.body;
  }

  /** Polls until the change leaves RUNNING (or `until` says stop). */
  async function settle(replica: Replica, name: string, until?: (c: Change) => boolean): Promise<Change> {
    for (let i = 0; i < 600; i++) {
      const res = await call<Change>(replica, "GET", `/v1/${name}`);
      if (res.status === 200 && (until ? until(res.body) : res.body.status !== "RUNNING")) return res.body;
      await sleep(100);
    }
    throw new Error(`${name} did not settle`);
  }

  /**
   * The connection of the target account running `like`, once it shows in the process list. A
   * statement held by a sleeping trigger shows the trigger's `DO SLEEP`, so `sleeping` looks for that.
   */
  async function connectionRunning(like: string, sleeping = false): Promise<number> {
    for (let i = 0; i < 300; i++) {
      // Inside a trigger the process list names the trigger's definer, not the account that fired it.
      const [rows] = sleeping
        ? await admin.query("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE 'DO SLEEP%'")
        : await admin.query("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE USER = ? AND INFO LIKE ?", [
            user,
            like,
          ]);
      const id = (rows as { id: number }[])[0]?.id;
      if (id !== undefined) return Number(id);
      await sleep(50);
    }
    const [rows] = await admin.query("SELECT USER, COMMAND, STATE, INFO FROM information_schema.PROCESSLIST");
    throw new Error(`no connection of ${user} ran ${like}: ${JSON.stringify(rows)}`);
  }

  async function changelogs(replica: Replica, change: string): Promise<Changelog[]> {
    const res = await call<{ changelogs: Changelog[] }>(
      replica,
      "GET",
      `/v1/instances/main/databases/${database}/changelogs?filter=${encodeURIComponent(`change="${change}"`)}`,
    );
    expect(res.status).toBe(200);
    // Oldest first, to read the attempts in order.
    return [...res.body.changelogs].reverse();
  }

  /** n of every row, sorted: each statement's row exactly once reads 1…count. */
  async function values(table: string): Promise<number[]> {
    const [rows] = await admin.query(`SELECT n FROM \`${database}\`.\`${table}\` ORDER BY n`);
    return (rows as { n: number }[]).map((r) => Number(r.n));
  }

  const inserts = (table: string, count: number): string =>
    Array.from({ length: count }, (_, i) => `INSERT INTO ${table} (n) VALUES (${i + 1})`).join(";\n");
  const oneToN = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);

  /** A trigger that sleeps for `seconds` when row n is inserted into `table`. */
  async function sleepOn(table: string, n: number, seconds: number): Promise<string> {
    const trigger = `slow_${table}`;
    await admin.query(
      `CREATE TRIGGER \`${database}\`.\`${trigger}\` BEFORE INSERT ON \`${database}\`.\`${table}\` FOR EACH ROW
       BEGIN IF NEW.n = ${n} THEN DO SLEEP(${seconds}); END IF; END`,
    );
    return `DROP TRIGGER IF EXISTS \`${database}\`.\`${trigger}\``;
  }

  /**
   * A trigger on the ledger that sleeps when statement `index` of a change is recorded as `state`:
   * the statement to undo it, and a LIKE pattern for the process list that matches that record only.
   */
  async function sleepOnRecord(
    change: Change,
    index: number,
    state: string,
    seconds: number,
  ): Promise<{ undo: string; record: string }> {
    const key = ledgerKey(change.name, change.checksum, database);
    const trigger = `slow_record_${suffix}_${changeCount}`;
    await admin.query(
      `CREATE TRIGGER \`${LEDGER_DATABASE}\`.\`${trigger}\` BEFORE INSERT ON \`${LEDGER_DATABASE}\`.applied_statement FOR EACH ROW
       BEGIN IF NEW.change_key = '${key}' AND NEW.statement_index = ${index} AND NEW.state = '${state}' THEN DO SLEEP(${seconds}); END IF; END`,
    );
    return {
      undo: `DROP TRIGGER IF EXISTS \`${LEDGER_DATABASE}\`.\`${trigger}\``,
      record: `%'${key}', ${index}, '${state}'%`,
    };
  }

  async function newTable(table: string): Promise<void> {
    await admin.query(`CREATE TABLE \`${database}\`.\`${table}\` (id INT AUTO_INCREMENT PRIMARY KEY, n INT NOT NULL)`);
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${storeDatabase}\``);
    await admin.query(`CREATE DATABASE \`${database}\``);
    // The ledger exists before the first rollout, so tests can put triggers on it.
    await prepareLedger(admin);
    for (const host of ["%", "localhost"]) {
      await admin.query(`CREATE USER '${user}'@'${host}' IDENTIFIED BY '${password}'`);
      await admin.query(`GRANT ALL ON \`${database}\`.* TO '${user}'@'${host}'`);
      await admin.query(`GRANT ALL ON \`${LEDGER_DATABASE}\`.* TO '${user}'@'${host}'`);
    }
    execFileSync("npm", ["run", "--silent", "build:server"], { cwd: root, stdio: "pipe" });
    const first = await startReplica();
    const { email, key } = JSON.parse(fs.readFileSync(path.join(first.dataDir, "bootstrap.json"), "utf8")) as {
      email: string;
      key: string;
    };
    const login = await fetch(`${first.url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: key }),
    });
    token = ((await login.json()) as { token: string }).token;
    const url = new URL(testDatabaseUrl());
    expect((await call(first, "POST", "/v1/environments?environmentId=test", { title: "Test" })).status).toBe(200);
    const instance = await call(first, "POST", "/v1/instances?instanceId=main", {
      title: "Main",
      engine: "MARIADB",
      environment: "environments/test",
      dataSources: [{ type: "ADMIN", host: url.hostname, port: Number(url.port), username: user, password }],
    });
    expect(instance.status).toBe(200);
    expect((await call(first, "POST", "/v1/projects?projectId=app", { title: "App" })).status).toBe(200);
    const enrol = await call(first, "POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [{ database: { name: `instances/main/databases/${database}`, project: "projects/app" } }],
    });
    expect(enrol.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) {
      await r.kill();
      fs.rmSync(r.dataDir, { recursive: true, force: true });
    }
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.query(`DROP DATABASE IF EXISTS \`${storeDatabase}\``);
      for (const host of ["%", "localhost"]) await admin.query(`DROP USER IF EXISTS '${user}'@'${host}'`);
      await admin.end();
    }
  });

  const live = (): Replica => {
    const r = replicas.find((x) => x.child.exitCode === null && x.child.signalCode === null);
    if (!r) throw new Error("no live replica");
    return r;
  };

  test("the target connection killed during statement 41 of 200: 40 recorded, and the rerun applies the rest once", async () => {
    const r = live();
    await newTable("t_during");
    const change = await createChange(r, inserts("t_during", 200));
    const undo = await sleepOn("t_during", 41, 30);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await admin.query(`KILL CONNECTION ${await connectionRunning("%VALUES (41)%", true)}`);
    await admin.query(undo);
    const failed = await settle(r, change.name);
    expect(failed.status).toBe("FAILED");
    expect(failed.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 40, failedStatement: 40 });
    expect((await changelogs(r, change.name)).map((l) => [l.status, l.appliedStatements, l.statements.length])).toEqual(
      [["FAILED", 40, 40]],
    );
    expect(await values("t_during")).toEqual(oneToN(40));
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    const done = await settle(r, change.name);
    expect(done.status).toBe("DONE");
    expect(done.tasks[0]).toMatchObject({ status: "DONE", appliedStatements: 200 });
    expect(await values("t_during")).toEqual(oneToN(200));
    const logs = await changelogs(r, change.name);
    expect(logs.map((l) => [l.status, l.appliedStatements, l.statements.length])).toEqual([
      ["FAILED", 40, 40],
      ["DONE", 200, 160],
    ]);
    expect(logs[1]?.statements[0]).toBe("INSERT INTO t_during (n) VALUES (41)");
  }, 120_000);

  test("killed after statement 41 ran but before its record committed: the statement is rolled back with it and run once later", async () => {
    const r = live();
    await newTable("t_between");
    const change = await createChange(r, inserts("t_between", 100));
    const { undo, record } = await sleepOnRecord(change, 40, "APPLIED", 30);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    // The statement has run inside its transaction; its record is being written.
    await admin.query(`KILL CONNECTION ${await connectionRunning(record, true)}`);
    await admin.query(undo);
    const failed = await settle(r, change.name);
    expect(failed.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 40 });
    expect(await values("t_between")).toEqual(oneToN(40));
    await call(r, "POST", `/v1/${change.name}:run`);
    expect((await settle(r, change.name)).status).toBe("DONE");
    expect(await values("t_between")).toEqual(oneToN(100));
  }, 120_000);

  test("killed while waiting for the database's lock, before any statement: nothing ran, and the rerun runs everything once", async () => {
    const r = live();
    await newTable("t_before");
    const change = await createChange(r, inserts("t_before", 20));
    const holder = await connectAdmin();
    try {
      await holder.query("SELECT GET_LOCK(?, 30)", [`tidemark:${database}`]);
      expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
      await admin.query(`KILL CONNECTION ${await connectionRunning("%GET_LOCK%")}`);
      const failed = await settle(r, change.name);
      expect(failed.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 0 });
    } finally {
      await holder.end();
    }
    expect(await values("t_before")).toEqual([]);
    await call(r, "POST", `/v1/${change.name}:run`);
    expect((await settle(r, change.name)).status).toBe("DONE");
    expect(await values("t_before")).toEqual(oneToN(20));
  }, 120_000);

  test("an ALTER that committed before its record: the outcome is UNKNOWN until a person resolves it, then the rest runs once", async () => {
    const r = live();
    await newTable("t_ddl");
    const change = await createChange(
      r,
      "ALTER TABLE t_ddl ADD COLUMN c1 INT;\nALTER TABLE t_ddl ADD COLUMN c2 INT;\nINSERT INTO t_ddl (n, c1, c2) VALUES (1, 1, 1)",
    );
    const { undo, record } = await sleepOnRecord(change, 0, "APPLIED", 30);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await admin.query(`KILL CONNECTION ${await connectionRunning(record, true)}`);
    await admin.query(undo);
    // The attempt that lost its connection cannot say; the next one reads the ledger and the schema.
    await settle(r, change.name);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    const unknown = await settle(r, change.name);
    expect(unknown.status).toBe("FAILED");
    expect(unknown.tasks[0]).toMatchObject({ status: "UNKNOWN", appliedStatements: 0, failedStatement: 0 });
    expect(unknown.tasks[0]?.error).toMatch(/statement 1 .*may have taken effect/);
    // Running again is refused until someone says what happened; a guess about another statement is refused too.
    const rerun = await call<{ error: { message: string } }>(r, "POST", `/v1/${change.name}:run`);
    expect(rerun.status).toBe(400);
    expect(rerun.body.error.message).toMatch(/:resolve/);
    const wrong = await call<{ error: { details: { field: string }[] } }>(r, "POST", `/v1/${change.name}:resolve`, {
      statement: 2,
      applied: true,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]?.field).toBe("statement");
    // A person looks: the column is there.
    const [columns] = await admin.query(`SHOW COLUMNS FROM \`${database}\`.t_ddl LIKE 'c1'`);
    expect((columns as unknown[]).length).toBe(1);
    const resolved = await call<Change>(r, "POST", `/v1/${change.name}:resolve`, {
      statement: 1,
      applied: true,
      comment: "c1 is there",
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 1 });
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    const done = await settle(r, change.name);
    expect(done.status).toBe("DONE");
    const [all] = await admin.query(`SHOW COLUMNS FROM \`${database}\`.t_ddl`);
    expect((all as { Field: string }[]).map((c) => c.Field)).toEqual(["id", "n", "c1", "c2"]);
    expect(await values("t_ddl")).toEqual([1]);
  }, 120_000);

  test("an ALTER killed before it took effect is known not to have: the rerun runs it", async () => {
    const r = live();
    await newTable("t_ddl_before");
    const change = await createChange(r, "ALTER TABLE t_ddl_before ADD COLUMN c1 INT");
    // The ALTER waits for the metadata lock a test transaction holds; it has not changed anything.
    const blocker = await connectAdmin();
    try {
      await blocker.query("START TRANSACTION");
      await blocker.query(`SELECT * FROM \`${database}\`.t_ddl_before`);
      expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
      await admin.query(`KILL CONNECTION ${await connectionRunning("ALTER TABLE t_ddl_before%")}`);
      await blocker.query("ROLLBACK");
    } finally {
      await blocker.end();
    }
    await settle(r, change.name);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    const done = await settle(r, change.name);
    expect(done.status).toBe("DONE");
    const [all] = await admin.query(`SHOW COLUMNS FROM \`${database}\`.t_ddl_before`);
    expect((all as { Field: string }[]).map((c) => c.Field)).toEqual(["id", "n", "c1"]);
  }, 120_000);

  test("a change's own transaction killed before COMMIT rolls back whole, and the rerun begins at its START TRANSACTION", async () => {
    const r = live();
    await newTable("t_txn");
    const sql = [
      "INSERT INTO t_txn (n) VALUES (1)",
      "START TRANSACTION",
      inserts("t_txn", 10).replace(/VALUES \((\d+)\)/g, (_, n: string) => `VALUES (${Number(n) + 1})`),
      "COMMIT",
      "INSERT INTO t_txn (n) VALUES (12)",
    ].join(";\n");
    const change = await createChange(r, sql);
    const undo = await sleepOn("t_txn", 8, 30);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await admin.query(`KILL CONNECTION ${await connectionRunning("%VALUES (8)%", true)}`);
    await admin.query(undo);
    const failed = await settle(r, change.name);
    // Statement 1 committed on its own; the transaction's statements went with the connection.
    expect(failed.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 1 });
    expect(await values("t_txn")).toEqual([1]);
    await call(r, "POST", `/v1/${change.name}:run`);
    expect((await settle(r, change.name)).status).toBe("DONE");
    expect(await values("t_txn")).toEqual(oneToN(12));
  }, 120_000);

  test("session settings made before a failure are in force again when the rollout resumes", async () => {
    const r = live();
    await newTable("t_session");
    const sql = [
      "SET @base = 1000",
      ...Array.from({ length: 20 }, (_, i) => `INSERT INTO t_session (n) VALUES (@base + ${i + 1})`),
    ].join(";\n");
    const change = await createChange(r, sql);
    const undo = await sleepOn("t_session", 1010, 30);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await admin.query(`KILL CONNECTION ${await connectionRunning("%@base + 10%", true)}`);
    await admin.query(undo);
    expect((await settle(r, change.name)).tasks[0]).toMatchObject({ appliedStatements: 10 });
    await call(r, "POST", `/v1/${change.name}:run`);
    expect((await settle(r, change.name)).status).toBe("DONE");
    expect(await values("t_session")).toEqual(oneToN(20).map((i) => 1000 + i));
  }, 120_000);

  test("a statement reaching another database is refused by the executor when access was withdrawn after review", async () => {
    const r = live();
    const other = `${database}_other`;
    await admin.query(`CREATE DATABASE \`${other}\``);
    try {
      await admin.query(`CREATE TABLE \`${other}\`.t (n INT)`);
      await newTable("t_reach");
      for (const host of ["%", "localhost"]) await admin.query(`GRANT ALL ON \`${other}\`.* TO '${user}'@'${host}'`);
      await call(r, "POST", "/v1/instances/main:sync");
      const otherName = `instances/main/databases/${other}`;
      const allow = await call<{ etag: string }>(r, "PATCH", "/v1/projects/app?updateMask=crossDatabaseAccess", {
        crossDatabaseAccess: [otherName],
      });
      expect(allow.status).toBe(200);
      const change = await createChange(
        r,
        `INSERT INTO t_reach (n) VALUES (1);\nINSERT INTO \`${other}\`.t (n) SELECT n FROM t_reach`,
      );
      const withdraw = await call(r, "PATCH", "/v1/projects/app?updateMask=crossDatabaseAccess", {
        crossDatabaseAccess: [],
      });
      expect(withdraw.status).toBe(200);
      expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
      const failed = await settle(r, change.name);
      expect(failed.status).toBe("FAILED");
      expect(failed.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 1, failedStatement: 1 });
      expect(failed.tasks[0]?.error).toContain(other);
      const [rows] = await admin.query(`SELECT COUNT(*) AS c FROM \`${other}\`.t`);
      expect(Number((rows as { c: number }[])[0]?.c)).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS \`${other}\``);
    }
  }, 120_000);

  test("cancel stops a running rollout after its statement, and task and change agree", async () => {
    const r = live();
    await newTable("t_cancel");
    const change = await createChange(r, inserts("t_cancel", 50));
    const undo = await sleepOn("t_cancel", 10, 2);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await connectionRunning("%VALUES (10)%", true);
    const canceled = await call<Change>(r, "POST", `/v1/${change.name}:cancel`);
    expect(canceled.status).toBe(200);
    await admin.query(undo);
    const settled = await settle(r, change.name, (c) => c.tasks.every((t) => t.status !== "RUNNING"));
    expect(settled.status).toBe("CANCELED");
    expect(settled.tasks[0]?.status).toBe("CANCELED");
    const applied = settled.tasks[0]?.appliedStatements ?? -1;
    expect(applied).toBeGreaterThanOrEqual(10);
    expect(applied).toBeLessThan(50);
    expect(await values("t_cancel")).toEqual(oneToN(applied));
    // A canceled change stays canceled.
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(400);
  }, 120_000);

  test("the server killed with SIGKILL mid-rollout and restarted: the rollout is taken over, recorded and finished once", async () => {
    const r = live();
    await newTable("t_sigkill");
    const change = await createChange(r, inserts("t_sigkill", 200));
    const undo = await sleepOn("t_sigkill", 41, 5);
    expect((await call(r, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await connectionRunning("%VALUES (41)%", true);
    await r.kill();
    await admin.query(undo);
    const restarted = await startReplica();
    const done = await settle(restarted, change.name);
    expect(done.status).toBe("DONE");
    expect(done.tasks[0]).toMatchObject({ status: "DONE", appliedStatements: 200 });
    expect(await values("t_sigkill")).toEqual(oneToN(200));
    const logs = await changelogs(restarted, change.name);
    // The dead attempt's entry, written by the one that took over from the target's ledger, then its own.
    expect(logs.map((l) => [l.status, l.appliedStatements, l.statements.length])).toEqual([
      ["INTERRUPTED", 40, 40],
      ["DONE", 200, 160],
    ]);
  }, 120_000);

  test("two replicas, the one holding the rollout killed: the other takes it over and finishes it once", async () => {
    const a = live();
    const b = await startReplica();
    await newTable("t_replicas");
    const change = await createChange(a, inserts("t_replicas", 100));
    const undo = await sleepOn("t_replicas", 30, 5);
    expect((await call(a, "POST", `/v1/${change.name}:run`)).status).toBe(200);
    await connectionRunning("%VALUES (30)%", true);
    await a.kill();
    await admin.query(undo);
    const done = await settle(b, change.name);
    expect(done.status).toBe("DONE");
    expect(await values("t_replicas")).toEqual(oneToN(100));
    const logs = await changelogs(b, change.name);
    expect(logs.map((l) => [l.status, l.appliedStatements])).toEqual([
      ["INTERRUPTED", 29],
      ["DONE", 100],
    ]);
  }, 120_000);
});
