import { provideTestDatabase, type TestDatabase } from "./database";

declare global {
  // Jest runs globalSetup and globalTeardown in one process; this is how they share the server.
  var tidemarkTestDatabase: TestDatabase | undefined;
}

/**
 * Finds or starts the run's database server (see database.ts for the order). A missing server
 * does not fail the run: unit suites still pass, and every database suite fails with the
 * recorded TEST_DATABASE_ERROR. Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  delete process.env.TEST_DATABASE_ERROR;
  try {
    const database = await provideTestDatabase();
    globalThis.tidemarkTestDatabase = database;
    process.env.TEST_DATABASE_URL = database.url;
  } catch (err) {
    delete process.env.TEST_DATABASE_URL;
    process.env.TEST_DATABASE_ERROR = err instanceof Error ? err.message : String(err);
  }
}
