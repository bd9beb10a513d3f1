// Long-running operations, as the provider waits for them: poll a resource until it reaches a
// state, with a deadline, and durations written as Terraform users write them. One feature of the
// framework, used by tidemark_migration (a change waiting for approval, then its rollout) and by
// anything that must wait on the API later.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration as Terraform users write them (`0s`, `90s`, `10m`, `1h30m`) in milliseconds; undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) return undefined;
  let ms = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  return ms;
}

export interface WaitOptions<T> {
  /**
   * Reads the resource again, given how long the wait has left (Infinity without a timeout): a
   * read that itself waits on the server (a `:wait` call) waits no longer than that.
   */
  poll: (leftMs: number) => Promise<T>;
  /** While this holds, the wait goes on. */
  pending: (value: T) => boolean;
  /** Between reads: 0 when each read waits on the server. */
  intervalMs: number;
  /** Gives up after this long (the value last read is returned, still pending); no limit when absent. */
  timeoutMs?: number;
  /** Stops waiting early (Terraform's StopProvider). */
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/**
 * Waits for an operation: reads `initial`'s resource every `intervalMs` while it is pending and
 * time is left, and returns the last value read — which the caller judges (done, failed, or
 * still pending because the wait ran out).
 */
export async function waitFor<T>(initial: T, options: WaitOptions<T>): Promise<T> {
  const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeoutMs;
  let value = initial;
  while (options.pending(value) && Date.now() < deadline && !options.signal?.aborted) {
    if (options.intervalMs > 0) {
      await sleep(Math.min(options.intervalMs, Math.max(0, deadline - Date.now())), options.signal);
    }
    value = await options.poll(Math.max(0, deadline - Date.now()));
  }
  return value;
}
