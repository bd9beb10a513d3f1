import { stopPrivateMariadb } from "./mariadb";

/** Stops whatever globalSetup started: no server outlives the test run. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.tidemarkTestDatabase;
  if (state?.privateServer) stopPrivateMariadb(state.privateServer);
  await state?.container?.stop();
}
