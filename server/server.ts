import http from "node:http";
import path from "node:path";
import type { Express } from "express";
import type { Logger } from "pino";
import { createApp, type AppState } from "./app";
import { bootstrapAdmin } from "./auth/bootstrap";
import { loadServerKeys, secretFile } from "./auth/secret";
import { TOKEN_LIFETIME_SECONDS } from "./auth/tokens";
import type { ServerContext } from "./context";
import { BackgroundWork } from "./background";
import { ChangeSignals } from "./changes/signals";
import { FILE_MODE, prepareDataDir, restrictMode } from "./data-dir";
import { errorCode } from "./error-code";
import { answerClientError } from "./http/errors";
import { createLogger } from "./log";
import { Metrics } from "./metrics";
import { ReviewPool } from "./review/pool";
import { ROLLOUT_LEASE_MS, RolloutSweeper } from "./changes/rollout";
import { SyncScheduler } from "./scheduler";
import { migrate } from "./store/migrate";
import { openStore, prepareStore, type Store } from "./store/store";
import { StartupError, listenProblem } from "./startup-error";

export interface ServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** `mysql://…` for a MySQL/TiDB store; SQLite in `dataDir` when absent. */
  databaseUrl?: string;
  /** Shared secret for replicas; generated into `dataDir` when absent. */
  secret?: string;
  log?: Logger;
  /** Where the one-time bootstrap message goes (stdout by default). */
  print?: (message: string) => void;
  /** Run scheduled syncs (default true). */
  scheduler?: boolean;
  /** How often the scheduler looks for due syncs (default 1 s). */
  schedulerTickMs?: number;
  /** How long a replica's claim on a sync lasts if it dies (default 5 min). */
  schedulerLeaseMs?: number;
  /** How long session tokens live (default one hour). */
  tokenLifetimeSeconds?: number;
  /** How long a rollout's lease lasts if its replica dies before the rollout is taken over (default 60 s). */
  rolloutLeaseMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly context: ServerContext;
  /** The Express application, for tests that inspect what it serves. */
  readonly app: Express;
  /** Stops accepting connections, lets in-flight requests finish, closes the store. */
  close(): Promise<void>;
}

/**
 * Starts listening at once (so /healthz answers while the store is prepared), then opens and
 * migrates the store, bootstraps the first admin and marks the server ready.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger();
  const tightened = prepareDataDir(options.dataDir);
  const store = openStore({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  const keys = loadServerKeys({ dataDir: options.dataDir, ...(options.secret ? { secret: options.secret } : {}) });
  for (const file of [secretFile(options.dataDir), path.join(options.dataDir, "bootstrap.json"), ...store.files]) {
    const changed = restrictMode(file, FILE_MODE);
    if (changed) tightened.push(changed);
  }
  if (tightened.length > 0) {
    log.warn({ files: tightened }, "others could read the data directory or store files: their modes were tightened");
  }
  const context: ServerContext = {
    store,
    keys,
    log,
    metrics: new Metrics(),
    background: new BackgroundWork(),
    review: new ReviewPool(),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS,
    rolloutLeaseMs: options.rolloutLeaseMs ?? ROLLOUT_LEASE_MS,
    changeSignals: new ChangeSignals(),
  };
  // Looks for rollouts whose replica died, a few times per lease.
  const sweeper = new RolloutSweeper(context, Math.max(100, Math.floor(context.rolloutLeaseMs / 3)));
  const scheduler = new SyncScheduler(context, {
    tickMs: options.schedulerTickMs ?? 1000,
    leaseMs: options.schedulerLeaseMs ?? 5 * 60_000,
  });
  const state: AppState = { ready: false };
  const app = createApp(context, state);
  // Host is checked in the app (requireHost), so that its 400 has the error shape like any other.
  const server = http.createServer({ requireHostHeader: false }, app);
  server.on("clientError", answerClientError);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err) => reject(listenProblem(err, host, options.port)));
    server.listen(options.port, host, () => resolve());
  }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const port = tcpPort(server.address());
  const close = async (): Promise<void> => {
    await scheduler.stop();
    await sweeper.stop();
    await context.background.drain();
    // Calls waiting on a change answer with what they have, so closing waits for none of them.
    context.changeSignals.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    // After the last request: in-flight checks still need their reviews.
    await context.review.close();
    await store.close();
  };
  try {
    await prepareStore(store);
    const applied = await migrate(store);
    if (applied.length > 0) log.info({ store: store.description, migrations: applied }, "store migrated");
    await bootstrapAdmin(context, options.dataDir, options.print ?? ((m) => process.stdout.write(m + "\n")));
  } catch (err) {
    await close();
    throw err instanceof StartupError ? err : storeProblem(store, err);
  }
  state.ready = true;
  if (options.scheduler !== false) scheduler.start();
  sweeper.start();
  log.info({ port, store: store.description }, "tidemark is ready");
  return { url: `http://127.0.0.1:${port}`, port, context, app, close };
}

/** The port a server listening on TCP took (the one asked for, or the one given for port 0). */
function tcpPort(address: ReturnType<http.Server["address"]>): number {
  if (address === null || typeof address === "string") throw new Error("the server is not listening on a TCP port");
  return address.port;
}

/** A store that opened but could not be migrated or bootstrapped, without the driver's words. */
function storeProblem(store: Store, err: unknown): StartupError {
  const code = errorCode(err);
  const what = `${err instanceof Error ? err.constructor.name : "error"}${code !== undefined && /^[A-Z0-9_]{1,40}$/.test(code) ? ` ${code}` : ""}`;
  const advice =
    store.dialect === "mysql"
      ? "check that DATABASE_URL's user may create and alter tables in its database, and the database server's log"
      : "check the file and the disk it is on";
  return new StartupError(`the store ${store.description} could not be opened or migrated (${what}): ${advice}`);
}
