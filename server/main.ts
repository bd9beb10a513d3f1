import v8 from "node:v8";
import { readConfig } from "./config";
import { createLogger } from "./log";
import { startServer, type RunningServer } from "./server";
import { StartupError, startupMessage } from "./startup-error";

// After a burst of requests V8 keeps the heap it grew until its memory reducer happens to run
// (after 25 s in one soak, not within 40 s in the next): sized for memory, the server's RSS is back
// at its idle level once the burst is over, at no loss of requests per second (bench:soak).
v8.setFlagsFromString("--optimize-for-size");

// The entry point of `npm start`. Configuration comes from the environment only.
async function main(): Promise<void> {
  const running: { server?: RunningServer } = {};
  // From the first instant: a signal during start-up (a store that does not answer yet) ends
  // the process at once; once running, it drains in-flight requests first.
  const stop = (signal: NodeJS.Signals): void => {
    const { server } = running;
    if (!server) {
      process.stderr.write(`tidemark stopped by ${signal} while starting\n`);
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
    server.context.log.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const config = readConfig();
  const { logLevel, ...options } = config;
  running.server = await startServer({ ...options, log: createLogger({ level: logLevel }) });
}

main().catch((err: unknown) => {
  // Never the raw message: a store driver's can carry its connection URL and password.
  process.stderr.write(`tidemark failed to start: ${startupMessage(err)}\n`);
  process.exit(err instanceof StartupError ? 2 : 1);
});
