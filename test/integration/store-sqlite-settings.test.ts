import { startTestServer, type TestServer } from "../support/server";

/**
 * The SQLite store's per-connection settings (prepareStore) hold for the store's whole life, not
 * only until its first transaction: a connection without them syncs the disk on every commit
 * and answers SQLITE_BUSY at once instead of waiting for a writer.
 */
describe("the SQLite store's connection settings", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await t?.close();
  });

  async function pragma(name: string): Promise<number> {
    const rows = await t.server.context.store.client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    return Number(Object.values(rows[0] ?? {})[0]);
  }

  async function expectSettings(): Promise<void> {
    expect(await pragma("synchronous")).toBe(1); // NORMAL
    expect(await pragma("busy_timeout")).toBe(5000);
  }

  it("are in force after transactions, one after another and alongside other queries", async () => {
    const db = t.server.context.store.client;
    await expectSettings();
    for (let i = 0; i < 3; i++) {
      await db.$transaction(async (tx) => {
        await tx.environment.create({ data: { id: `e${i}`, title: `E${i}`, labels: "{}", etag: `e${i}` } });
      });
      await expectSettings();
    }
    await Promise.all([
      db.$transaction(async (tx) => tx.environment.update({ where: { id: "e0" }, data: { title: "Renamed" } })),
      db.environment.findMany(),
      db.$transaction([db.environment.findMany(), db.environment.count()]),
    ]);
    await expectSettings();
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
  });
});
