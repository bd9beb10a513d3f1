// What the ledger compares after an interrupted DDL statement (ledger.ts, schemaFingerprint):
// the digest moves when the statement took effect and holds still when only data moved, on a
// real MariaDB.
import type { Connection } from "mysql2/promise";
import { openConnection, quoteIdentifier } from "../../server/engine/connection";
import { fingerprintFrom, schemaFingerprint } from "../../server/engine/ledger";
import { connectionTarget, ThrowawayDatabases } from "../support/database";

describe("schemaFingerprint on a real MariaDB", () => {
  let dbs: ThrowawayDatabases;
  let database: string;
  let other: string;
  let c: Connection;
  beforeAll(async () => {
    dbs = await ThrowawayDatabases.open();
    database = await dbs.create(
      "fingerprint",
      "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, a INT)",
      "CREATE TABLE u (id INT PRIMARY KEY)",
    );
    other = await dbs.create("fingerprint_other", "CREATE TABLE w (id INT PRIMARY KEY)");
    c = await openConnection({ ...connectionTarget(), database });
  });
  afterAll(async () => {
    await c?.end();
    await dbs?.drop();
  });

  const print = (sql: string): Promise<string> => schemaFingerprint(c, database, sql);

  it("moves when the table a statement names changes, and only then", async () => {
    const alter = "ALTER TABLE t ADD COLUMN b INT";
    const before = await print(alter);
    // Rows and the next AUTO_INCREMENT value are not the schema.
    await c.query("INSERT INTO t (a) VALUES (1), (2), (3)");
    expect(await print(alter)).toBe(before);
    // Another table's change is not this statement's doing.
    await c.query("ALTER TABLE u ADD COLUMN z INT");
    expect(await print(alter)).toBe(before);
    await c.query(alter);
    expect(await print(alter)).not.toBe(before);
  });

  it("tells a table that is there from one that is not, by its qualified name too", async () => {
    const create = "CREATE TABLE n (id INT PRIMARY KEY)";
    const absent = await print(create);
    await c.query(create);
    expect(await print(create)).not.toBe(absent);
    const drop = `DROP TABLE IF EXISTS ${quoteIdentifier(other)}.w, n`;
    const present = await print(drop);
    await c.query(drop);
    expect(await print(drop)).not.toBe(present);
  });

  it("reads the whole catalog for a statement whose effect no table's statement shows", async () => {
    const view = "CREATE VIEW v AS SELECT id FROM u";
    const before = await print(view);
    await c.query(view);
    expect(await print(view)).not.toBe(before);
  });

  it("gives the same digest from the create statements the rollout read before, and none it cannot vouch for", async () => {
    const created = new Map<string, string>();
    for (const table of ["t", "u"]) {
      const [rows] = await c.query(`SHOW CREATE TABLE ${quoteIdentifier(table)}`);
      created.set(table, String(Object.values((rows as Record<string, unknown>[])[0] ?? {})[1]));
    }
    for (const sql of [
      "ALTER TABLE t ADD COLUMN later INT",
      `ALTER TABLE ${quoteIdentifier(database)}.u ADD INDEX (id)`,
      "DROP TABLE IF EXISTS t, u, t",
      "TRUNCATE TABLE u",
    ]) {
      expect(fingerprintFrom(created, database, sql)).toBe(await print(sql));
    }
    // Another database's table, a table not among those read, a statement the catalog judges.
    expect(
      fingerprintFrom(created, database, `ALTER TABLE ${quoteIdentifier(other)}.w ADD COLUMN x INT`),
    ).toBeUndefined();
    expect(fingerprintFrom(created, database, "CREATE TABLE fresh (id INT)")).toBeUndefined();
    expect(fingerprintFrom(created, database, "CREATE VIEW v2 AS SELECT 1")).toBeUndefined();
  });
});
