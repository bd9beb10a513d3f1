import type { Logger } from "pino";
import type { ServerKeys } from "./auth/secret";
import type { BackgroundWork } from "./background";
import type { ChangeSignals } from "./changes/signals";
import type { Metrics } from "./metrics";
import type { ReviewPool } from "./review/pool";
import type { Store } from "./store/store";

/** What every service needs, built once at start and passed down explicitly. */
export interface ServerContext {
  readonly store: Store;
  readonly keys: ServerKeys;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly background: BackgroundWork;
  /** Splitting and review of SQL, on worker threads. */
  readonly review: ReviewPool;
  /** How long a session token lives. */
  readonly tokenLifetimeSeconds: number;
  /** Wakes calls waiting on a change (`:wait`) when this replica moves it. */
  readonly changeSignals: ChangeSignals;
  /** How long a rollout's lease lasts unrenewed: a replica that dies is taken over after it. */
  readonly rolloutLeaseMs: number;
}
