import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { serviceAccountToken, startTestServer, type TestServer } from "../support/server";

interface Advice {
  rule: string;
  level: string;
  line: number;
  statement: string;
}
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
  approvalRequired: boolean;
  checks: { target: string; advices: Advice[]; summary: Record<string, number>; affectedRows: number | null }[];
  tasks: Task[];
  etag: string;
}
interface Changelog {
  change: string;
  version: string;
  status: string;
  appliedStatements: number;
  statements: string[];
  error: string;
  schemaBefore: string;
  schemaAfter: string;
  actor: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe("change management on a real MariaDB", () => {
  let t: TestServer;
  let admin: Connection;
  let dbaToken = "";
  const suffix = crypto.randomBytes(3).toString("hex");
  const user = `tm_chg_${suffix}`;
  const password = `Chg-${crypto.randomBytes(12).toString("hex")}`;
  const testDb = `tmc_${suffix}_test`;
  const prodDb = `tmc_${suffix}_prod`;
  const target = (db: string): string => `instances/main/databases/${db}`;

  async function createChange(body: Record<string, unknown>, id?: string): Promise<{ status: number; body: Change }> {
    return t.api<Change>("POST", `/v1/projects/app/changes${id ? `?changeId=${id}` : ""}`, {
      title: "A change",
      ...body,
    });
  }

  async function runToEnd(name: string): Promise<Change> {
    const started = await t.api<Change>("POST", `/v1/${name}:run`);
    expect(started.status).toBe(200);
    for (let i = 0; i < 300; i++) {
      const change = await t.api<Change>("GET", `/v1/${name}`);
      if (!["RUNNING"].includes(change.body.status)) return change.body;
      await sleep(50);
    }
    throw new Error(`${name} did not finish`);
  }

  /** Environments test and prod (protected), instance main, project app with both databases. */
  async function setUpControlPlane(server: TestServer): Promise<void> {
    const url = new URL(testDatabaseUrl());
    await server.api("POST", "/v1/environments?environmentId=test", { title: "Test", order: 0 });
    await server.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", order: 1, protected: true });
    const instance = await server.api("POST", "/v1/instances?instanceId=main", {
      title: "Main",
      engine: "MARIADB",
      environment: "environments/test",
      dataSources: [{ type: "ADMIN", host: url.hostname, port: Number(url.port), username: user, password }],
    });
    expect(instance.status).toBe(200);
    await server.api("POST", "/v1/projects?projectId=app", { title: "App" });
    const enrol = await server.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: target(testDb), project: "projects/app" } },
        { database: { name: target(prodDb), project: "projects/app", environment: "environments/prod" } },
      ],
    });
    expect(enrol.status).toBe(200);
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    for (const db of [testDb, prodDb]) {
      await admin.query(`CREATE DATABASE \`${db}\``);
      await admin.query(`CREATE TABLE \`${db}\`.accounts (id INT PRIMARY KEY, email VARCHAR(255))`);
      await admin.query(`INSERT INTO \`${db}\`.accounts VALUES (1, 'a@x'), (2, 'b@x'), (3, 'c@x')`);
    }
    for (const host of ["%", "localhost"]) {
      await admin.query(`CREATE USER '${user}'@'${host}' IDENTIFIED BY '${password}'`);
      for (const db of [testDb, prodDb]) await admin.query(`GRANT ALL ON \`${db}\`.* TO '${user}'@'${host}'`);
      // Tidemark's ledger of applied statements (server/engine/ledger.ts).
      await admin.query(`GRANT ALL ON \`_tidemark\`.* TO '${user}'@'${host}'`);
    }
    t = await startTestServer("sqlite");
    await setUpControlPlane(t);
    const dba = await t.api<{ email: string; key: string }>("POST", "/v1/serviceAccounts?serviceAccountId=dba", {
      title: "DBA",
      role: "workspaceDBA",
    });
    dbaToken = (
      await t.api<{ token: string }>("POST", "/v1/auth/login", { email: dba.body.email, password: dba.body.key })
    ).body.token;
  });

  afterAll(async () => {
    await t?.close();
    if (admin) {
      for (const db of [testDb, prodDb]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      for (const host of ["%", "localhost"]) await admin.query(`DROP USER IF EXISTS '${user}'@'${host}'`);
      await admin.end();
    }
  });

  test("DROP TABLE into a protected environment is blocked by the built-in review, however it is spelled", async () => {
    const res = await createChange({
      targets: [target(prodDb)],
      sql: "SELECT 1;\n-- tidy up\ndRoP /* really */ TABLE `accounts`",
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("BLOCKED");
    const advice = res.body.checks[0]?.advices.find((a) => a.rule === "statement.disallow-drop-table");
    expect(advice).toMatchObject({ level: "ERROR", line: 3 });
    const run = await t.api("POST", `/v1/${res.body.name}:run`);
    expect(run.status).toBe(400);
    const [rows] = await admin.query(`SHOW TABLES FROM \`${prodDb}\``);
    expect((rows as unknown[]).length).toBe(1);
  });

  test("a statement reaching another database is blocked even where the project does not enforce review", async () => {
    const project = await t.api<{ etag: string }>("PATCH", "/v1/projects/app?updateMask=enforceSqlReview", {
      enforceSqlReview: false,
    });
    expect(project.status).toBe(200);
    try {
      const res = await createChange({
        targets: [target(testDb)],
        sql: `INSERT INTO \`${prodDb}\`.accounts VALUES (9, 'z@x')`,
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("BLOCKED");
      const advice = res.body.checks[0]?.advices.find((a) => a.rule === "statement.target-boundary");
      expect(advice).toMatchObject({ level: "ERROR" });
      const run = await t.api("POST", `/v1/${res.body.name}:run`);
      expect(run.status).toBe(400);
      const [rows] = await admin.query(`SELECT COUNT(*) AS n FROM \`${prodDb}\`.accounts WHERE id = 9`);
      expect(Number((rows as { n: number }[])[0]?.n)).toBe(0);
    } finally {
      await t.api("PATCH", "/v1/projects/app?updateMask=enforceSqlReview", { enforceSqlReview: true });
    }
  });

  test("review reads the target's synced schema: a table that is not there, and a column's type changed", async () => {
    const rc = await t.api("POST", "/v1/reviewConfigs?reviewConfigId=schema-aware", {
      title: "Schema-aware",
      rules: [
        { id: "schema.object-exists", level: "ERROR" },
        { id: "column.disallow-change-type", level: "ERROR" },
      ],
    });
    expect(rc.status).toBe(200);
    await t.api("PATCH", "/v1/projects/app?updateMask=reviewConfig", { reviewConfig: "reviewConfigs/schema-aware" });
    try {
      const missing = await createChange({
        targets: [target(testDb)],
        sql: "ALTER TABLE no_such_table ADD COLUMN x INT",
      });
      expect(missing.body.status).toBe("BLOCKED");
      expect(missing.body.checks[0]?.advices.map((a) => a.rule)).toContain("schema.object-exists");
      // accounts.email is varchar(255) in the synced schema.
      const retyped = await createChange({ targets: [target(testDb)], sql: "ALTER TABLE accounts MODIFY email INT" });
      expect(retyped.body.status).toBe("BLOCKED");
      expect(retyped.body.checks[0]?.advices.map((a) => a.rule)).toContain("column.disallow-change-type");
      // A table the change itself creates first is there for the statements after it.
      const fresh = await createChange({
        targets: [target(testDb)],
        sql: "CREATE TABLE fresh (id INT PRIMARY KEY);\nALTER TABLE fresh ADD COLUMN x INT",
      });
      expect(fresh.body.checks[0]?.advices.map((a) => a.rule)).not.toContain("schema.object-exists");
    } finally {
      await t.api("PATCH", "/v1/projects/app?updateMask=reviewConfig", { reviewConfig: "" });
    }
  });

  test("UPDATE without WHERE is blocked under a review config that has the rule", async () => {
    const rc = await t.api("POST", "/v1/reviewConfigs?reviewConfigId=strict", {
      title: "Strict",
      rules: [{ id: "statement.where.require-update-delete", level: "ERROR" }],
    });
    expect(rc.status).toBe(200);
    await t.api("PATCH", "/v1/projects/app?updateMask=reviewConfig", { reviewConfig: "reviewConfigs/strict" });
    const res = await createChange({ targets: [target(testDb)], sql: "UPDATE accounts SET email = NULL" });
    expect(res.body.status).toBe("BLOCKED");
    expect(res.body.checks[0]?.advices.map((a) => a.rule)).toContain("statement.where.require-update-delete");
    const fine = await createChange({
      targets: [target(testDb)],
      sql: "UPDATE accounts SET email = 'z@x' WHERE id > 1",
    });
    expect(fine.body.status).toBe("APPROVED");
    expect(fine.body.checks[0]?.affectedRows).toBeGreaterThanOrEqual(1);
    expect(fine.body.checks[0]?.summary.UPDATE).toBe(1);
    await t.api("PATCH", "/v1/projects/app?updateMask=reviewConfig", { reviewConfig: "" });
  });

  test("an approved ALTER TABLE runs test before prod and is recorded with both schemas", async () => {
    const res = await createChange({
      targets: [target(prodDb), target(testDb)],
      sql: "ALTER TABLE accounts ADD COLUMN nickname VARCHAR(64) NULL",
    });
    expect(res.body).toMatchObject({ status: "PENDING_APPROVAL", approvalRequired: true });
    expect(res.body.tasks.map((task) => task.target)).toEqual([target(testDb), target(prodDb)]);
    expect((await t.api("POST", `/v1/${res.body.name}:run`)).status).toBe(400);
    // The author may not approve their own change here; a DBA may.
    expect((await t.api("POST", `/v1/${res.body.name}:approve`, {})).status).toBe(403);
    const approved = await t.api<Change>(
      "POST",
      `/v1/${res.body.name}:approve`,
      { comment: "ok" },
      { authorization: `Bearer ${dbaToken}` },
    );
    expect(approved.body.status).toBe("APPROVED");
    const done = await runToEnd(res.body.name);
    expect(done.status).toBe("DONE");
    expect(done.tasks.map((task) => task.status)).toEqual(["DONE", "DONE"]);
    const logs = await t.api<{ changelogs: Changelog[] }>("GET", `/v1/${target(prodDb)}/changelogs`);
    const log = logs.body.changelogs[0];
    expect(log).toMatchObject({
      change: res.body.name,
      status: "DONE",
      appliedStatements: 1,
      actor: "serviceAccounts/admin",
    });
    expect(log?.schemaBefore).not.toContain("nickname");
    expect(log?.schemaAfter).toContain("`nickname` varchar(64)");
    const db = await t.api<{ drifted: boolean }>("GET", `/v1/${target(prodDb)}`);
    expect(db.body.drifted).toBe(false);
  });

  test("a project that wants two approvals runs nothing on one, and counts each approver once", async () => {
    await t.api("PATCH", "/v1/projects/app?updateMask=requiredApprovals", { requiredApprovals: 2 });
    try {
      const res = await createChange({
        targets: [target(prodDb)],
        sql: "ALTER TABLE accounts ADD COLUMN twice INT NULL",
      });
      expect(res.body.status).toBe("PENDING_APPROVAL");
      const dba = { authorization: `Bearer ${dbaToken}` };
      const first = await t.api<Change>("POST", `/v1/${res.body.name}:approve`, {}, dba);
      expect(first.body.status).toBe("PENDING_APPROVAL");
      expect((await t.api("POST", `/v1/${res.body.name}:approve`, {}, dba)).status).toBe(400);
      expect((await t.api("POST", `/v1/${res.body.name}:run`)).status).toBe(400);
      const second = await serviceAccountToken(t, "dba2", "workspaceDBA");
      const approved = await t.api<Change>(
        "POST",
        `/v1/${res.body.name}:approve`,
        {},
        { authorization: `Bearer ${second}` },
      );
      expect(approved.body.status).toBe("APPROVED");
    } finally {
      await t.api("PATCH", "/v1/projects/app?updateMask=requiredApprovals", { requiredApprovals: 1 });
    }
  });

  test("a migration whose third statement fails records the first two, and a rerun after the fix resumes", async () => {
    await admin.query(`CREATE TABLE \`${testDb}\`.audit (id INT PRIMARY KEY)`); // makes statement 3 fail
    const sql = [
      "CREATE TABLE events (id INT PRIMARY KEY, kind VARCHAR(32))",
      "INSERT INTO events VALUES (1, 'first')",
      "CREATE TABLE audit (id INT PRIMARY KEY, note TEXT)",
      "INSERT INTO events VALUES (2, 'second')",
    ].join(";\n");
    const res = await createChange({ targets: [target(testDb)], sql, version: "0007" }, "migration-7");
    expect(res.body.status).toBe("APPROVED");
    const failed = await runToEnd(res.body.name);
    expect(failed.status).toBe("FAILED");
    expect(failed.tasks[0]).toMatchObject({ status: "FAILED", appliedStatements: 2, failedStatement: 2 });
    expect(failed.tasks[0]?.error).toMatch(/already exists/);
    let logs = (
      await t.api<{ changelogs: Changelog[] }>("GET", `/v1/${target(testDb)}/changelogs?filter=version%3D%220007%22`)
    ).body.changelogs;
    expect(logs[0]).toMatchObject({ status: "FAILED", appliedStatements: 2 });
    expect(logs[0]?.statements).toHaveLength(2);

    await admin.query(`DROP TABLE \`${testDb}\`.audit`); // the fix
    const resumed = await runToEnd(res.body.name);
    expect(resumed.status).toBe("DONE");
    const [rows] = await admin.query(`SELECT id FROM \`${testDb}\`.events ORDER BY id`);
    // Statement 2 ran once: resuming did not apply it again.
    expect((rows as { id: number }[]).map((r) => r.id)).toEqual([1, 2]);
    logs = (
      await t.api<{ changelogs: Changelog[] }>("GET", `/v1/${target(testDb)}/changelogs?filter=version%3D%220007%22`)
    ).body.changelogs;
    expect(logs[0]).toMatchObject({ status: "DONE", appliedStatements: 4 });
    expect(logs[0]?.statements).toHaveLength(2);
  });

  test("a version already applied is refused, and one with other SQL is reported, not re-run", async () => {
    const same = await createChange({
      targets: [target(testDb)],
      version: "0007",
      sql: [
        "CREATE TABLE events (id INT PRIMARY KEY, kind VARCHAR(32))",
        "INSERT INTO events VALUES (1, 'first')",
        "CREATE TABLE audit (id INT PRIMARY KEY, note TEXT)",
        "INSERT INTO events VALUES (2, 'second')",
      ].join(";\n"),
    });
    expect(same.status).toBe(400);
    expect(JSON.stringify(same.body)).toMatch(/already applied/);
    const other = await createChange({
      targets: [target(testDb)],
      version: "0007",
      sql: "CREATE TABLE other (id INT PRIMARY KEY)",
    });
    expect(other.status).toBe(400);
    expect(JSON.stringify(other.body)).toMatch(/different SQL/);
  });

  test("two runs against one database at once are serialised by the lock", async () => {
    await admin.query(`CREATE TABLE \`${testDb}\`.trace (who VARCHAR(8), at DATETIME(6))`);
    const changes: string[] = [];
    for (const who of ["a", "b"]) {
      const sql = `INSERT INTO trace VALUES ('${who}', NOW(6));\nDO SLEEP(0.6);\nINSERT INTO trace VALUES ('${who}', NOW(6))`;
      changes.push((await createChange({ targets: [target(testDb)], sql })).body.name);
    }
    const finished = await Promise.all(changes.map((name) => runToEnd(name)));
    expect(finished.map((c) => c.status)).toEqual(["DONE", "DONE"]);
    const [rows] = await admin.query(`SELECT who FROM \`${testDb}\`.trace ORDER BY at, who`);
    const order = (rows as { who: string }[]).map((r) => r.who).join("");
    // Each change's two rows are adjacent: one ran entirely before the other.
    expect(["aabb", "bbaa"]).toContain(order);
  });

  test("an out-of-band ALTER TABLE is reported as drift after the next sync", async () => {
    await admin.query(`ALTER TABLE \`${prodDb}\`.accounts ADD COLUMN sneaky INT NULL`);
    await t.api("POST", "/v1/instances/main:sync");
    const db = await t.api<{ drifted: boolean }>("GET", `/v1/${target(prodDb)}`);
    expect(db.body.drifted).toBe(true);
    const diff = await t.api<{ drifted: boolean; diff: string }>("GET", `/v1/${target(prodDb)}:diff`);
    expect(diff.body.drifted).toBe(true);
    expect(diff.body.diff).toMatch(/^\+.*`sneaky` int/m);
  });
  describe(":wait", () => {
    const signals = () => t.server.context.changeSignals;
    const wait = (name: string, body: unknown = {}, headers: Record<string, string> = {}) =>
      t.api<Change>("POST", `/v1/${name}:wait`, body, headers);
    /** Until `n` calls wait, so a test acts only once its call is held. */
    async function waiters(n: number): Promise<void> {
      while (signals().size !== n) await sleep(10);
    }

    test("one call answers with the rollout's end: held while a table lock holds the statement", async () => {
      const locker = await connectAdmin();
      try {
        const res = await createChange({
          targets: [target(testDb)],
          sql: "UPDATE accounts SET email = 'w@x' WHERE id = 3",
        });
        expect(res.body.status).toBe("APPROVED");
        // After the change is created: its review reads the table, which the lock would hold up too.
        await locker.query(`LOCK TABLES \`${testDb}\`.accounts WRITE`);
        expect((await t.api<Change>("POST", `/v1/${res.body.name}:run`)).body.status).toBe("RUNNING");
        let answered = false;
        const waiting = wait(res.body.name, { timeout: "60s" }).finally(() => (answered = true));
        await waiters(1);
        // Re-reads on its timer find the change still running: the call stays held.
        await sleep(1200);
        expect(answered).toBe(false);
        await locker.query("UNLOCK TABLES");
        const done = await waiting;
        expect(done.status).toBe(200);
        expect(done.body.status).toBe("DONE");
        expect(done.body.tasks.map((task) => task.status)).toEqual(["DONE"]);
        expect(signals().size).toBe(0);
      } finally {
        await locker.end();
      }
    });

    test("a settled change is answered at once; an unsettled one when its timeout passes", async () => {
      const done = await createChange({
        targets: [target(testDb)],
        sql: "UPDATE accounts SET email = 'v@x' WHERE id = 2",
      });
      expect((await wait(done.body.name)).body.status).toBe("APPROVED");
      const pending = await createChange({
        targets: [target(prodDb)],
        sql: "UPDATE accounts SET email = 'v@x' WHERE id = 2",
      });
      expect(pending.body.status).toBe("PENDING_APPROVAL");
      const timedOut = await wait(pending.body.name, { timeout: "0.2s" });
      expect(timedOut.status).toBe(200);
      expect(timedOut.body.status).toBe("PENDING_APPROVAL");
      expect((await wait(pending.body.name, { timeout: "0s" })).body.status).toBe("PENDING_APPROVAL");
      expect(signals().size).toBe(0);
    });

    test("a wait on approval wakes when a DBA approves, and sees a change moved where it was not notified", async () => {
      const res = await createChange({
        targets: [target(prodDb)],
        sql: "UPDATE accounts SET email = 'u@x' WHERE id = 1",
      });
      const waiting = wait(res.body.name, { timeout: "60s" });
      await waiters(1);
      const approved = await t.api<Change>(
        "POST",
        `/v1/${res.body.name}:approve`,
        {},
        { authorization: `Bearer ${dbaToken}` },
      );
      expect(approved.body.status).toBe("APPROVED");
      expect((await waiting).body.status).toBe("APPROVED");

      // Another replica's move reaches this one only through the store: the call's own re-read finds it.
      const other = await createChange({
        targets: [target(prodDb)],
        sql: "UPDATE accounts SET email = 't@x' WHERE id = 1",
      });
      const [projectId, changeId] = [other.body.name.split("/")[1] as string, other.body.name.split("/")[3] as string];
      const held = wait(other.body.name, { timeout: "60s" });
      await waiters(1);
      await t.server.context.store.client.change.updateMany({
        where: { projectId, id: changeId },
        data: { status: "REJECTED" },
      });
      expect((await held).body.status).toBe("REJECTED");
    });

    test("a caller that hangs up stops waiting; bad timeouts and bodies are 400s naming the field", async () => {
      const res = await createChange({
        targets: [target(prodDb)],
        sql: "UPDATE accounts SET email = 's@x' WHERE id = 1",
      });
      const hangUp = new AbortController();
      const call = fetch(`${t.url}/v1/${res.body.name}:wait`, {
        method: "POST",
        headers: { authorization: `Bearer ${t.token}`, "content-type": "application/json" },
        body: JSON.stringify({ timeout: "60s" }),
        signal: hangUp.signal,
      });
      await waiters(1);
      hangUp.abort();
      await expect(call).rejects.toThrow();
      await waiters(0);

      for (const body of [
        { timeout: "61s" },
        { timeout: "30" },
        { timeout: "-1s" },
        { timeout: 30 },
        { until: "DONE" },
      ]) {
        const bad = await t.api<{ error: { details?: { field: string }[]; message: string } }>(
          "POST",
          `/v1/${res.body.name}:wait`,
          body,
        );
        expect(bad.status).toBe(400);
        expect(JSON.stringify(bad.body.error)).toMatch(/timeout|until/);
      }
      expect((await wait("projects/app/changes/nope")).status).toBe(404);
    });

    test("closing the server answers a waiting call with what it has, instead of holding the close", async () => {
      const other = await startTestServer("sqlite");
      let closed = false;
      try {
        await setUpControlPlane(other);
        const res = await other.api<Change>("POST", "/v1/projects/app/changes", {
          title: "Waits for approval",
          targets: [target(prodDb)],
          sql: "UPDATE accounts SET email = 'r@x' WHERE id = 1",
        });
        expect(res.body.status).toBe("PENDING_APPROVAL");
        const waiting = other.api<Change>("POST", `/v1/${res.body.name}:wait`, { timeout: "60s" });
        while (other.server.context.changeSignals.size !== 1) await sleep(10);
        await other.close();
        closed = true;
        const answer = await waiting;
        expect(answer.status).toBe(200);
        expect(answer.body.status).toBe("PENDING_APPROVAL");
      } finally {
        if (!closed) await other.close();
      }
    });
  });
});
