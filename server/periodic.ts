// Work a replica does every so often (scheduled syncs, taking over abandoned rollouts): one tick
// at a time, the next `everyMs` after the last ends, and a stop that waits for the tick running.

export abstract class Periodic {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  protected stopped = false;

  constructor(private readonly everyMs: number) {}

  abstract tick(): Promise<void>;

  /** A tick threw: say so in the log (without the error's words, which may be a driver's). */
  protected abstract failed(): void;

  start(): void {
    const loop = (): void => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch(() => this.failed())
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.everyMs);
        });
    };
    this.timer = setTimeout(loop, this.everyMs);
  }

  /** Stops looking for work and waits for the tick in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
