import path from "node:path";
import { createLogger } from "./log";
import { startServer } from "./server";
import { startupMessage } from "./startup-error";

// The entry point of `npm start`. Configuration comes from the environment only.
async function main(): Promise<void> {
  const log = createLogger();
  const rawPort = process.env.PORT ?? "8080";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    log.fatal({ port: rawPort }, "PORT must be a TCP port number");
    process.exit(2);
  }
  const server = await startServer({
    port,
    host: process.env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(process.env.TIDEMARK_DATA_DIR ?? "data"),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.TIDEMARK_SECRET ? { secret: process.env.TIDEMARK_SECRET } : {}),
    ...(process.env.TIDEMARK_TOKEN_LIFETIME_SECONDS
      ? { tokenLifetimeSeconds: Number(process.env.TIDEMARK_TOKEN_LIFETIME_SECONDS) }
      : {}),
    ...(process.env.TIDEMARK_SCHEDULER_TICK_MS
      ? { schedulerTickMs: Number(process.env.TIDEMARK_SCHEDULER_TICK_MS) }
      : {}),
    ...(process.env.TIDEMARK_SCHEDULER_LEASE_MS
      ? { schedulerLeaseMs: Number(process.env.TIDEMARK_SCHEDULER_LEASE_MS) }
      : {}),
    log,
  });
  const stop = (signal: string): void => {
    log.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  // Never the raw message: a store driver's can carry its connection URL and password.
  process.stderr.write(`tidemark failed to start: ${startupMessage(err)}\n`);
  process.exit(1);
});
