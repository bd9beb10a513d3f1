// The probe, as an attacker would run it: a developer of project A writes a change for A's
// database `a` that reaches `b`, which belongs to project B in a protected environment. In every
// spelling the change is BLOCKED by the locked target-boundary rule — even though A's own
// environment is unprotected and the project enforces nothing — cannot be run, and `b` is left
// exactly as it was, schema and rows.
import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { connectAdmin } from "../support/database";
import { createTestInstance, serviceAccountToken, startTestServer, type TestServer } from "../support/server";

interface Change {
  name: string;
  status: string;
  checks: { advices: { rule: string; level: string }[] }[];
}

describe("a change reaches only its targets, in every spelling", () => {
  let t: TestServer;
  let admin: Connection;
  let developer = "";
  const suffix = crypto.randomBytes(3).toString("hex");
  const a = `tmb_${suffix}_a`;
  const b = `tmb_${suffix}_b`;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  /** Everything about b a change could alter: its tables' DDL and a checksum of their rows. */
  async function stateOfB(): Promise<string> {
    const [tables] = await admin.query(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME",
      [b],
    );
    const parts: string[] = [];
    for (const { name } of tables as { name: string }[]) {
      const [ddl] = await admin.query(`SHOW CREATE TABLE \`${b}\`.\`${name}\``);
      const [sum] = await admin.query(`CHECKSUM TABLE \`${b}\`.\`${name}\``);
      parts.push(JSON.stringify(ddl), JSON.stringify(sum));
    }
    const [routines] = await admin.query(
      "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?",
      [b],
    );
    const [triggers] = await admin.query(
      "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?",
      [b],
    );
    return [...parts, JSON.stringify(routines), JSON.stringify(triggers)].join("\n");
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${a}\``);
    await admin.query(`CREATE DATABASE \`${b}\``);
    for (const db of [a, b]) {
      await admin.query(`CREATE TABLE \`${db}\`.t (id INT PRIMARY KEY, v VARCHAR(20))`);
      await admin.query(`INSERT INTO \`${db}\`.t VALUES (1, 'one'), (2, 'two')`);
    }
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=dev", { title: "Dev", order: 0 });
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", order: 1, protected: true });
    await createTestInstance(t, "main", "environments/dev");
    developer = await serviceAccountToken(t, "dev", "workspaceMember");
    // A enforces nothing: only the locked rule stands between its developer and b.
    await t.api("POST", "/v1/projects?projectId=pa", { title: "A", requireApproval: false, enforceSqlReview: false });
    await t.api("POST", "/v1/projects?projectId=pb", { title: "B" });
    const policy = await t.api("POST", "/v1/projects/pa:setIamPolicy", {
      policy: { bindings: [{ role: "projectDeveloper", members: ["serviceAccounts/dev"] }] },
    });
    expect(policy.status).toBe(200);
    const enrol = await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: `instances/main/databases/${a}`, project: "projects/pa" } },
        {
          database: { name: `instances/main/databases/${b}`, project: "projects/pb", environment: "environments/prod" },
        },
      ],
    });
    expect(enrol.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    if (admin) {
      for (const db of [a, b]) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    }
  });

  const spellings: [string, (b: string) => string][] = [
    ["a qualified INSERT", (x) => `INSERT INTO ${x}.t VALUES (9, 'nine')`],
    ["a backticked name", (x) => `INSERT INTO \`${x}\`.\`t\` VALUES (9, 'nine')`],
    ["CREATE TABLE in b", (x) => `CREATE TABLE ${x}.x (id INT)`],
    ["DROP TABLE in b", (x) => `DROP TABLE ${x}.t`],
    ["USE b, then DROP", (x) => `USE ${x};\nDROP TABLE t`],
    ["USE with backticks and a comment", (x) => `USE /* here */ \`${x}\`;\nDELETE FROM t WHERE id = 1`],
    ["RENAME TABLE into a", (x) => `RENAME TABLE ${x}.t TO t_stolen`],
    ["UPDATE", (x) => `UPDATE ${x}.t SET v = 'x' WHERE id = 1`],
    ["DELETE", (x) => `DELETE FROM ${x}.t WHERE id = 1`],
    ["a multi-table DELETE", (x) => `DELETE t, bt FROM t JOIN ${x}.t AS bt ON bt.id = t.id WHERE t.id = 1`],
    ["ALTER", (x) => `ALTER TABLE ${x}.t ADD COLUMN evil INT`],
    ["TRUNCATE", (x) => `TRUNCATE TABLE ${x}.t`],
    ["CREATE TABLE … LIKE", (x) => `CREATE TABLE ${x}.copy LIKE t`],
    ["CREATE TABLE a.x LIKE b.t", (x) => `CREATE TABLE copy LIKE ${x}.t`],
    ["INSERT … SELECT from b", (x) => `INSERT INTO t SELECT id + 10, v FROM ${x}.t`],
    ["a view in b", (x) => `CREATE VIEW ${x}.v AS SELECT 1 AS one`],
    ["a view in a reading b", (x) => `CREATE VIEW v AS SELECT * FROM ${x}.t`],
    ["a procedure in b", (x) => `CREATE PROCEDURE ${x}.p() BEGIN DELETE FROM t; END`],
    ["a procedure in a writing b", (x) => `CREATE PROCEDURE p() BEGIN DELETE FROM ${x}.t; END`],
    ["a trigger on b's table", (x) => `CREATE TRIGGER tr BEFORE INSERT ON ${x}.t FOR EACH ROW SET NEW.v = 'x'`],
    ["CALL into b", (x) => `CALL ${x}.p()`],
    ["DROP DATABASE b", (x) => `DROP DATABASE ${x}`],
    ["an executable comment", (x) => `/*!50000 DROP TABLE ${x}.t */`],
    ["a TiDB executable comment", (x) => `/*T![placement] DROP TABLE ${x}.t */`],
    ["a mixed-case name", (x) => `DROP TABLE ${x.toUpperCase()}.t`],
    ["dynamic SQL", (x) => `PREPARE s FROM 'DROP TABLE ${x}.t';\nEXECUTE s`],
  ];

  test.each(spellings)("%s is blocked and cannot run, and b is untouched", async (label, sql) => {
    const before = await stateOfB();
    const id = `c${crypto.randomBytes(4).toString("hex")}`;
    const created = await t.api<Change>(
      "POST",
      `/v1/projects/pa/changes?changeId=${id}`,
      { title: label, targets: [`instances/main/databases/${a}`], sql: sql(b) },
      as(developer),
    );
    expect(created.status).toBe(200);
    expect(created.body.status).toBe("BLOCKED");
    const advice = created.body.checks.flatMap((c) => c.advices).filter((x) => x.rule === "statement.target-boundary");
    expect(advice.length).toBeGreaterThan(0);
    expect(advice.every((x) => x.level === "ERROR")).toBe(true);
    const run = await t.api("POST", `/v1/projects/pa/changes/${id}:run`, undefined, as(developer));
    expect(run.status).toBe(400);
    expect(await stateOfB()).toBe(before);
  });
});
