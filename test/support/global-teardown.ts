/** Stops whatever globalSetup started: no server outlives the test run. */
export default async function globalTeardown(): Promise<void> {
  const database = globalThis.tidemarkTestDatabase;
  globalThis.tidemarkTestDatabase = undefined;
  await database?.stop();
}
