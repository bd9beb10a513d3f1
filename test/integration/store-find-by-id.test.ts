import type { RowsById, Store } from "../../server/store/store";
import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

describe.each(STORE_KINDS)("Store.findById on the %s store", (storeKind) => {
  let t: TestServer;
  let store: Store;
  beforeAll(async () => {
    t = await startTestServer(storeKind);
    store = t.server.context.store;
    const db = store.client;
    const time = new Date("2024-02-29T23:59:58.123Z");
    await db.environment.create({
      data: { id: "prod", title: "Prod", order: 3, protected: true, labels: '{"tier":"gold"}', etag: "e1" },
    });
    await db.environment.create({ data: { id: "dev", title: "Dev", labels: "{}", etag: "e2", createTime: time } });
    await db.instance.create({
      data: {
        id: "main",
        title: "Main",
        engine: "MARIADB",
        environmentId: "prod",
        labels: "{}",
        dataSources: "[]",
        lastSyncTime: time,
        nextSyncTime: null,
        syncInterval: 60,
        etag: "i1",
      },
    });
    await db.project.create({
      data: {
        id: "shop",
        title: "Shop",
        labels: "{}",
        iamPolicy: '{"bindings":[]}',
        etag: "p1",
        requireApproval: false,
      },
    });
    await db.reviewConfig.create({ data: { id: "strict", title: "Strict", rules: "[]", etag: "r1" } });
    // A row whose creation time the store's own column default wrote, not Prisma.
    const q = storeKind === "sqlite" ? '"' : "`";
    await db.$executeRawUnsafe(
      `INSERT INTO ${q}ReviewConfig${q} (${q}id${q}, ${q}title${q}, ${q}rules${q}, ${q}etag${q}, ${q}updateTime${q}) ` +
        `VALUES ('defaulted', 'Defaulted', '[]', 'r2', ?)`,
      time,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const rows: [keyof RowsById, string][] = [
    ["Environment", "prod"],
    ["Environment", "dev"],
    ["Instance", "main"],
    ["Project", "shop"],
    ["ReviewConfig", "strict"],
    ["ReviewConfig", "defaulted"],
    ["ServiceAccount", "admin"],
  ];

  test.each(rows)("a %s row (%s) is what Prisma's findUnique returns, field for field", async (table, id) => {
    const db = store.client;
    const prisma = {
      Environment: () => db.environment.findUnique({ where: { id } }),
      Instance: () => db.instance.findUnique({ where: { id } }),
      Project: () => db.project.findUnique({ where: { id } }),
      ReviewConfig: () => db.reviewConfig.findUnique({ where: { id } }),
      ServiceAccount: () => db.serviceAccount.findUnique({ where: { id } }),
    }[table];
    const expected = await prisma();
    expect(expected).not.toBeNull();
    const found = await store.findById(table, id);
    expect(found).toStrictEqual(expected);
  });

  test("an unknown id is null", async () => {
    expect(await store.findById("Environment", "nowhere")).toBeNull();
  });

  test("a write is seen by the very next read, and a deletion too", async () => {
    const db = store.client;
    expect((await store.findById("Environment", "dev"))?.title).toBe("Dev");
    for (let i = 0; i < 5; i++) {
      await db.environment.update({ where: { id: "dev" }, data: { title: `Dev ${i}`, protected: i % 2 === 0 } });
      const row = await store.findById("Environment", "dev");
      expect(row).toMatchObject({ title: `Dev ${i}`, protected: i % 2 === 0 });
    }
    await db.$transaction(async (tx) => {
      await tx.environment.update({ where: { id: "dev" }, data: { title: "Committed" } });
    });
    expect((await store.findById("Environment", "dev"))?.title).toBe("Committed");
    await db.environment.delete({ where: { id: "dev" } });
    expect(await store.findById("Environment", "dev")).toBeNull();
  });
});
