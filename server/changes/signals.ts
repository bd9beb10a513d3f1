// Wake-ups for calls waiting on a change (`:wait`). This replica notifies when it moves a change;
// a change moved by another replica is seen by the waiter's own re-read of the store, on a timer.

type Wake = () => void;

export class ChangeSignals {
  private readonly waiting = new Map<string, Set<Wake>>();
  private closed = false;

  /** Wakes every call waiting on `change` (`projects/{p}/changes/{c}`): it moved, or may have. */
  notify(change: string): void {
    const wakes = this.waiting.get(change);
    if (!wakes) return;
    this.waiting.delete(change);
    for (const wake of wakes) wake();
  }

  /**
   * Resolves at the next notify(change), after `ms`, when `signal` aborts (the caller hung up) or
   * when the server closes, whichever comes first. Resolves at once once closed.
   */
  next(change: string, ms: number, signal?: AbortSignal): Promise<void> {
    if (this.closed || signal?.aborted) return Promise.resolve();
    const wakes = this.waiting.get(change) ?? new Set<Wake>();
    this.waiting.set(change, wakes);
    return new Promise((resolve) => {
      const timer = setTimeout(wake, ms);
      signal?.addEventListener("abort", wake, { once: true });
      function wake(): void {
        clearTimeout(timer);
        signal?.removeEventListener("abort", wake);
        wakes.delete(wake);
        resolve();
      }
      wakes.add(wake);
    });
  }

  /** Whether close() was called: a waiting call answers with what it has. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** The server is stopping: every waiting call wakes, and no new one waits. */
  close(): void {
    this.closed = true;
    for (const change of [...this.waiting.keys()]) this.notify(change);
  }

  /** How many calls wait now, for the tests. */
  get size(): number {
    let n = 0;
    for (const wakes of this.waiting.values()) n += wakes.size;
    return n;
  }
}
