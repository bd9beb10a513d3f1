// The server's configuration, read from the environment once and checked before anything
// starts: each bad value is refused in one line that names the variable and what it must be.
import path from "node:path";
import { LOG_LEVELS } from "./log";
import type { ServerOptions } from "./server";
import { StartupError } from "./startup-error";

type Env = Record<string, string | undefined>;

/** A variable's value; an empty one counts as unset, as an `.env` line `PORT=` means. */
function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
}

/** What a rejected value looked like, short and on one line (none of these variables is a secret). */
function shown(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}

function integer(env: Env, name: string, min: number, max: number, unit: string): number | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^[0-9]+$/.test(raw) || n < min || n > max) {
    throw new StartupError(
      `${name} must be a whole number of ${unit} from ${min.toLocaleString("en")} to ${max.toLocaleString("en")}, not ${shown(raw)}`,
    );
  }
  return n;
}

export interface Config extends Omit<ServerOptions, "log" | "print"> {
  logLevel: string;
}

export function readConfig(env: Env = process.env): Config {
  const logLevel = value(env, "LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.some((level) => level === logLevel)) {
    throw new StartupError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not ${shown(logLevel)}`);
  }
  const port = integer(env, "PORT", 0, 65535, "a TCP port") ?? 8080;
  const databaseUrl = value(env, "DATABASE_URL");
  const secret = env.TIDEMARK_SECRET ? env.TIDEMARK_SECRET : undefined;
  const tokenLifetimeSeconds = integer(env, "TIDEMARK_TOKEN_LIFETIME_SECONDS", 1, 31_536_000, "seconds");
  const schedulerTickMs = integer(env, "TIDEMARK_SCHEDULER_TICK_MS", 10, 3_600_000, "milliseconds");
  const schedulerLeaseMs = integer(env, "TIDEMARK_SCHEDULER_LEASE_MS", 1000, 86_400_000, "milliseconds");
  const rolloutLeaseMs = integer(env, "TIDEMARK_ROLLOUT_LEASE_MS", 1000, 86_400_000, "milliseconds");
  return {
    logLevel,
    port,
    host: value(env, "HOST") ?? "0.0.0.0",
    dataDir: path.resolve(value(env, "TIDEMARK_DATA_DIR") ?? "data"),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(secret ? { secret } : {}),
    ...(tokenLifetimeSeconds ? { tokenLifetimeSeconds } : {}),
    ...(schedulerTickMs ? { schedulerTickMs } : {}),
    ...(schedulerLeaseMs ? { schedulerLeaseMs } : {}),
    ...(rolloutLeaseMs ? { rolloutLeaseMs } : {}),
  };
}
