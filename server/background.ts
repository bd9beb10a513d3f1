/** Work a request started and left running (rollouts): tracked so shutdown can wait for it. */
export class BackgroundWork {
  private readonly running = new Set<Promise<unknown>>();

  run(work: Promise<unknown>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /** Resolves once everything started so far has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
