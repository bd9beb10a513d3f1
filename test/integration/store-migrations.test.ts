import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../server/store/migrate";
import { openStore, type Store } from "../../server/store/store";
import { connectAdmin, testDatabaseUrl } from "../support/database";
import { STORE_KINDS, type StoreKind } from "../support/server";

interface RuntimeField {
  name: string;
  kind: string;
  type: string;
}
interface RuntimeDataModel {
  models: Record<string, { fields: RuntimeField[]; dbName: string | null }>;
}

/** What a Prisma scalar type may be stored as in each dialect's migrations. */
const COLUMN_TYPES: Record<StoreKind, Record<string, RegExp>> = {
  sqlite: { String: /^TEXT$/i, Int: /^INTEGER$/i, Boolean: /^BOOLEAN$/i, DateTime: /^DATETIME$/i },
  mysql: {
    String: /^(varchar|text|mediumtext|longtext)$/i,
    Int: /^int$/i,
    Boolean: /^tinyint$/i,
    DateTime: /^datetime$/i,
  },
};

async function openFreshStore(
  kind: StoreKind,
): Promise<{ store: Store; cleanup: () => Promise<void>; columns: () => Promise<Map<string, Map<string, string>>> }> {
  if (kind === "sqlite") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-migrate-"));
    const store = openStore({ dataDir });
    return {
      store,
      cleanup: async () => {
        await store.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
      columns: async () => {
        const tables = await store.client.$queryRawUnsafe<{ name: string }[]>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        );
        const out = new Map<string, Map<string, string>>();
        for (const { name } of tables) {
          const cols = await store.client.$queryRawUnsafe<{ name: string; type: string }[]>(
            `PRAGMA table_info("${name}")`,
          );
          out.set(name, new Map(cols.map((c) => [c.name, c.type])));
        }
        return out;
      },
    };
  }
  const database = `tidemark_migrate_${crypto.randomBytes(4).toString("hex")}`;
  const admin = await connectAdmin();
  await admin.query(`CREATE DATABASE \`${database}\``);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${database}`;
  const store = openStore({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.end();
    },
    columns: async () => {
      const [rows] = await admin.query(
        "SELECT TABLE_NAME AS t, COLUMN_NAME AS c, DATA_TYPE AS d FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?",
        [database],
      );
      const out = new Map<string, Map<string, string>>();
      for (const r of rows as { t: string; c: string; d: string }[]) {
        if (!out.has(r.t)) out.set(r.t, new Map());
        out.get(r.t)?.set(r.c, r.d);
      }
      return out;
    },
  };
}

describe.each(STORE_KINDS)("store migrations on %s", (kind) => {
  test("the migrated tables match the Prisma models column for column", async () => {
    const { store, cleanup, columns } = await openFreshStore(kind);
    try {
      expect(await migrate(store)).toEqual(["0001_init", "0002_cross_database_access", "0003_audit_detail"]);
      // Applying again is a no-op: every server start runs migrate.
      expect(await migrate(store)).toEqual([]);
      const actual = await columns();
      const model = Reflect.get(store.client, "_runtimeDataModel") as RuntimeDataModel;
      const expectedTables = Object.entries(model.models)
        .map(([name, m]) => m.dbName ?? name)
        .sort();
      expect([...actual.keys()].sort()).toEqual(expectedTables);
      for (const [name, m] of Object.entries(model.models)) {
        const table = actual.get(m.dbName ?? name);
        const scalars = m.fields.filter((f) => f.kind === "scalar");
        expect([...(table?.keys() ?? [])].sort()).toEqual(scalars.map((f) => f.name).sort());
        for (const f of scalars) {
          const stored = table?.get(f.name) ?? "";
          const allowed = COLUMN_TYPES[kind][f.type];
          if (!allowed?.test(stored))
            throw new Error(`${name}.${f.name}: ${f.type} is stored as ${stored} in the ${kind} migration`);
        }
      }
    } finally {
      await cleanup();
    }
  });
});
