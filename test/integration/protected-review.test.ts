// The built-in review of a protected environment, judged on a real MariaDB: every destructive
// spelling on the list is BLOCKED, cannot run, and leaves the database as it was; a benign change
// is not blocked; a sample schema with triggers and procedures is read without a parse error.
// The list grows with every spelling found to slip through (the unit table in
// test/unit/review/protected-default.test.ts holds the engines' other spellings).
import crypto from "node:crypto";
import type { Connection, RowDataPacket } from "mysql2/promise";
import { loadCorpus } from "../../sql/corpus/load";
import { connectAdmin } from "../support/database";
import { createTestInstance, startTestServer, type TestServer } from "../support/server";

interface Change {
  name: string;
  status: string;
  checks: { advices: { rule: string; level: string; line: number }[] }[];
}

describe("the built-in review of a protected environment, on a real MariaDB", () => {
  let t: TestServer;
  let admin: Connection;
  const suffix = crypto.randomBytes(3).toString("hex");
  const db = `tmp_${suffix}_prod`;
  const target = `instances/main/databases/${db}`;

  const createChange = (sql: string): Promise<{ status: number; body: Change }> =>
    t.api<Change>("POST", "/v1/projects/app/changes", { title: "A change", targets: [target], sql });

  /** Every table's definition and row count: what a blocked change must leave as it was. */
  async function snapshot(): Promise<Record<string, string>> {
    const [tables] = await admin.query<RowDataPacket[]>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name",
      [db],
    );
    const state: Record<string, string> = {};
    for (const { name } of tables as { name: string }[]) {
      const [created] = await admin.query<RowDataPacket[]>(`SHOW CREATE TABLE \`${db}\`.\`${name}\``);
      const [counted] = await admin.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${db}\`.\`${name}\``);
      state[name] = `${String(created[0]?.["Create Table"])} rows=${String(counted[0]?.n)}`;
    }
    return state;
  }

  beforeAll(async () => {
    admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${db}\``);
    await admin.query(`CREATE TABLE \`${db}\`.accounts (id INT PRIMARY KEY, email VARCHAR(255))`);
    await admin.query(`INSERT INTO \`${db}\`.accounts VALUES (1, 'a@x'), (2, 'b@x'), (3, 'c@x')`);
    await admin.query(
      `CREATE TABLE \`${db}\`.events (id INT NOT NULL, year INT NOT NULL, PRIMARY KEY (id, year)) ` +
        "PARTITION BY RANGE (year) (PARTITION p2020 VALUES LESS THAN (2021), PARTITION p2021 VALUES LESS THAN (2022))",
    );
    await admin.query(`INSERT INTO \`${db}\`.events VALUES (1, 2020), (2, 2020), (3, 2021)`);
    await admin.query(
      `CREATE TABLE \`${db}\`.events_archive (id INT NOT NULL, year INT NOT NULL, PRIMARY KEY (id, year))`,
    );
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", order: 1, protected: true });
    await createTestInstance(t, "main", "environments/prod");
    await t.api("POST", "/v1/projects?projectId=app", { title: "App" });
    const enrol = await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [{ database: { name: target, project: "projects/app", environment: "environments/prod" } }],
    });
    expect(enrol.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    }
  });

  const destructive: [string, string][] = [
    ["DROP TABLE accounts", "statement.disallow-drop-table"],
    ["SELECT 1;\n-- tidy up\ndRoP /* really */ TABLE `accounts`", "statement.disallow-drop-table"],
    ["DROP TABLE IF EXISTS events_archive, accounts", "statement.disallow-drop-table"],
    ["/*!50000 DROP TABLE accounts */", "statement.disallow-drop-table"],
    ["PREPARE s FROM 'DROP TABLE accounts';\nEXECUTE s", "statement.disallow-drop-table"],
    ["TRUNCATE accounts", "statement.disallow-truncate"],
    ["TRUNCATE TABLE `accounts`", "statement.disallow-truncate"],
    ["ALTER TABLE events TRUNCATE PARTITION p2020", "statement.disallow-truncate"],
    ["ALTER TABLE events DROP PARTITION p2020", "table.disallow-drop-partition"],
    ["ALTER TABLE events EXCHANGE PARTITION p2020 WITH TABLE events_archive", "table.disallow-drop-partition"],
    ["ALTER TABLE events CONVERT PARTITION p2020 TO TABLE events_2020", "table.disallow-drop-partition"],
    ["ALTER TABLE accounts DISCARD TABLESPACE", "table.disallow-discard-tablespace"],
    ["ALTER TABLE accounts DROP COLUMN email", "column.disallow-drop"],
    ["alter table accounts drop email", "column.disallow-drop"],
    ["ALTER TABLE accounts CHANGE email mail VARCHAR(255)", "column.disallow-rename"],
    ["ALTER TABLE accounts RENAME COLUMN email TO mail", "column.disallow-rename"],
    ["RENAME TABLE accounts TO accounts_old", "table.disallow-rename"],
    ["ALTER TABLE accounts RENAME TO accounts_old", "table.disallow-rename"],
    ["ALTER TABLE accounts ENGINE = BLACKHOLE", "table.disallow-engine-without-rows"],
    ["CREATE OR REPLACE TABLE accounts (id INT PRIMARY KEY)", "table.disallow-create-or-replace"],
    ["DELETE FROM accounts", "statement.where.require-update-delete"],
    ["UPDATE accounts SET email = NULL", "statement.where.require-update-delete"],
    ["SET STATEMENT max_statement_time = 60 FOR DELETE FROM accounts", "statement.where.require-update-delete"],
    ["DELETE FROM accounts WHERE 1 = 1", "statement.where.disallow-always-true"],
    ["UPDATE accounts SET email = NULL WHERE TRUE", "statement.where.disallow-always-true"],
    [`DROP DATABASE \`${db}\``, "statement.disallow-drop-database"],
  ];

  test.each(destructive)("%s is BLOCKED by %s, cannot run, and changes nothing", async (sql, rule) => {
    const before = await snapshot();
    const res = await createChange(sql);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("BLOCKED");
    expect(res.body.checks[0]?.advices).toContainEqual(expect.objectContaining({ rule, level: "ERROR" }));
    const run = await t.api("POST", `/v1/${res.body.name}:run`);
    expect(run.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  test("a benign ALTER TABLE … ADD COLUMN … NULL is not blocked", async () => {
    const res = await createChange("ALTER TABLE accounts ADD COLUMN note VARCHAR(20) NULL");
    expect(res.status).toBe(200);
    expect(res.body.status).not.toBe("BLOCKED");
    expect(res.body.checks[0]?.advices.filter((a) => a.level === "ERROR")).toEqual([]);
  });

  test("a sample schema with triggers, procedures and functions behind DELIMITER is read without a parse error", async () => {
    // Sakila's tables, views and stored programs (sql/corpus/sakila-shapes.sql), as a schema
    // script writes them: each stored program behind DELIMITER, the rest ended by `;`.
    const statements = loadCorpus()
      .filter(
        (s) => s.file === "sakila-shapes.sql" && s.kind !== "session" && !/^\s*(CREATE|DROP) SCHEMA/i.test(s.text),
      )
      .map((s) => s.text);
    const programs = statements.filter((s) => /^\s*CREATE\s+(DEFINER\S*\s+)?(PROCEDURE|FUNCTION|TRIGGER)/i.test(s));
    expect(programs.length).toBeGreaterThanOrEqual(3);
    const script = statements
      .map((s) => (programs.includes(s) ? `DELIMITER //\n${s} //\nDELIMITER ;` : `${s};`))
      .join("\n");
    const res = await createChange(script);
    expect(res.status).toBe(200);
    const advices = res.body.checks[0]?.advices ?? [];
    expect(advices.filter((a) => a.rule === "statement.parse-error")).toEqual([]);
  });
});
