import crypto from "node:crypto";
import type { Connection } from "mysql2/promise";
import { type DatabaseSnapshot, introspectInBatches, introspectInstance } from "../../server/engine/introspect";
import { connectAdmin, connectionTarget } from "../support/database";
import { createTestInstance, startTestServer, type TestServer } from "../support/server";

// More databases than SQLite binds variables in one statement (999 in some builds): every list
// of names the sync and the change workflow send to the store must be sliced.
describe("an instance with 1,050 databases", () => {
  const prefix = `tmmany_${crypto.randomBytes(2).toString("hex")}`;
  const names = Array.from({ length: 1050 }, (_, i) => `${prefix}_${i}`);
  let t: TestServer;
  let admin: Connection;

  beforeAll(async () => {
    admin = await connectAdmin();
    for (let i = 0; i < names.length; i += 150) {
      await admin.query(
        names
          .slice(i, i + 150)
          .map((n) => `CREATE DATABASE \`${n}\``)
          .join(";"),
      );
    }
    t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    if (admin) {
      for (let i = 0; i < names.length; i += 150) {
        await admin.query(
          names
            .slice(i, i + 150)
            .map((n) => `DROP DATABASE IF EXISTS \`${n}\``)
            .join(";"),
        );
      }
      await admin.end();
    }
  }, 120_000);

  test("syncs them all, and marks the ones dropped afterwards DELETED", async () => {
    await createTestInstance(t, "many", "environments/test");
    const first = await t.api<{ databases: string[] }>("GET", "/v1/instances/many");
    expect(first.body.databases.filter((d) => d.startsWith(prefix))).toHaveLength(1050);
    await admin.query(
      names
        .slice(0, 1010)
        .map((n) => `DROP DATABASE \`${n}\``)
        .join(";"),
    );
    const second = await t.api<{ databases: string[]; syncError: string }>("POST", "/v1/instances/many:sync");
    expect(second.status).toBe(200);
    expect(second.body.databases.filter((d) => d.startsWith(prefix))).toHaveLength(40);
    const gone = await t.api<{ state: string }>("GET", `/v1/instances/many/databases/${names[0]}`);
    expect(gone.body.state).toBe("DELETED");
  }, 120_000);

  test("introspection hands them over in bounded batches, in name order, the same as one read of them all", async () => {
    const sizes: number[] = [];
    const batched: DatabaseSnapshot[] = [];
    const { names } = await introspectInBatches(
      connectionTarget(),
      async (batch) => {
        sizes.push(batch.length);
        batched.push(...batch.filter((d) => d.name.startsWith(prefix)));
      },
      { batchDatabases: 7 },
    );
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(names.length);
    const whole = (await introspectInstance(connectionTarget())).databases.filter((d) => d.name.startsWith(prefix));
    expect(batched.map((d) => d.name)).toEqual([...names].filter((n) => n.startsWith(prefix)));
    expect(batched).toEqual(whole);
  }, 120_000);
});
