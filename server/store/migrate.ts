import { StartupError } from "../startup-error";
import fs from "node:fs";
import path from "node:path";
import type { Store } from "./store";

/** schema/migrations/<dialect>/NNNN_name.sql, applied in file-name order. */
export const migrationsRoot = path.resolve(__dirname, "../../schema/migrations");

interface Migration {
  version: string;
  statements: string[];
}

export function loadMigrations(dialect: Store["dialect"], root = migrationsRoot): Migration[] {
  const dir = path.join(root, dialect);
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: file.replace(/\.sql$/, ""),
      statements: splitStatements(fs.readFileSync(path.join(dir, file), "utf8")),
    }));
}

// Migration files are ours: one statement per `;` at a line end, no procedures or strings
// containing `;\n`, so a plain split is exact.
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}

/**
 * Brings the store's tables up to date. Several replicas may start at once on one MySQL store:
 * a named lock serialises them, and each re-reads what is applied once it holds the lock.
 */
export async function migrate(store: Store, root = migrationsRoot): Promise<string[]> {
  const db = store.client;
  const migrations = loadMigrations(store.dialect, root);
  const table = store.dialect === "mysql" ? "`SchemaMigration`" : '"SchemaMigration"';
  const createTable =
    store.dialect === "mysql"
      ? "CREATE TABLE IF NOT EXISTS `SchemaMigration` (`version` VARCHAR(191) NOT NULL, `applyTime` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (`version`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
      : 'CREATE TABLE IF NOT EXISTS "SchemaMigration" ("version" TEXT NOT NULL PRIMARY KEY, "applyTime" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)';

  return db.$transaction(
    async (tx) => {
      if (store.dialect === "mysql") {
        const [lock] = await tx.$queryRawUnsafe<{ got: bigint | number | null }[]>(
          "SELECT GET_LOCK('tidemark.migrate', 60) AS got",
        );
        if (Number(lock?.got) !== 1)
          throw new StartupError("timed out waiting for another server to finish migrating the store");
      }
      try {
        await tx.$executeRawUnsafe(createTable);
        const rows = await tx.$queryRawUnsafe<{ version: string }[]>(`SELECT version FROM ${table}`);
        const applied = new Set(rows.map((r) => r.version));
        const done: string[] = [];
        for (const m of migrations) {
          if (applied.has(m.version)) continue;
          for (const statement of m.statements) await tx.$executeRawUnsafe(statement);
          await tx.$executeRawUnsafe(`INSERT INTO ${table} (version) VALUES ('${m.version}')`);
          done.push(m.version);
        }
        return done;
      } finally {
        if (store.dialect === "mysql") await tx.$queryRawUnsafe("SELECT RELEASE_LOCK('tidemark.migrate')");
      }
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
