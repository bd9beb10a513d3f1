// Review off the main thread: a small pool of worker threads, started at the first task and
// stopped when idle, so one change with 90,000 statements costs one request, not every request.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { TASKS, TaskAnswer, TaskName, TaskRequest } from "./worker";

type Tasks = typeof TASKS;

/** A task's result as it crosses threads: plain data, as structured clone copies it. */
export type Answer<K extends TaskName> = ReturnType<Tasks[K]>;

interface Job {
  request: TaskRequest;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  idle?: NodeJS.Timeout;
}

/**
 * At most two workers (one on a two-core machine: the main thread keeps the other core), each
 * doing one task at a time; the rest wait in order.
 */
export const POOL_SIZE = Math.max(1, Math.min(2, os.availableParallelism() - 1));
/** A worker with nothing to do for this long is stopped, giving its memory back. */
const IDLE_MS = 30_000;

/**
 * How a worker is started. From the esbuild bundle (`npm start`), the worker's own bundle beside
 * it; from the TypeScript sources (tests, `tsx`), the source entry through tsx's require hook.
 */
function workerEntry(): { code: string; eval: boolean } {
  const bundled = path.join(__dirname, "review-worker.js");
  if (fs.existsSync(bundled)) return { code: bundled, eval: false };
  const source = path.join(__dirname, "worker.ts");
  const hook = require.resolve("tsx/cjs");
  return { code: `require(${JSON.stringify(hook)}); require(${JSON.stringify(source)});`, eval: true };
}

export class ReviewPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly size = POOL_SIZE) {}

  /** Runs one of the worker's tasks with these arguments and resolves with its result. */
  run<K extends TaskName>(task: K, ...args: Parameters<Tasks[K]>): Promise<Answer<K>> {
    if (this.closed) return Promise.reject(new Error("the review pool is closed"));
    // cast: the worker answers with what TASKS[task] returned, copied across threads as unknown: the type the signature says.
    return new Promise<unknown>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, task, args }, resolve, reject });
      this.dispatch();
    }) as Promise<Answer<K>>;
  }

  /** Stops every worker; tasks not finished fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the server is shutting down"));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift();
      if (!job) return;
      clearTimeout(slot.idle);
      slot.job = job;
      // A busy worker keeps the process alive; an idle one must not.
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.code, { eval: entry.eval });
    const slot: Slot = { worker };
    worker.on("message", (answer: TaskAnswer) => {
      const job = slot.job;
      if (!job || job.request.id !== answer.id) return;
      slot.job = undefined;
      if (answer.ok) job.resolve(answer.value);
      else job.reject(new Error(`review task ${job.request.task} failed: ${answer.error}`));
      this.idle(slot);
      this.dispatch();
    });
    const lost = (why: string): void => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      clearTimeout(slot.idle);
      slot.job?.reject(new Error(`the review worker ${why}`));
      slot.job = undefined;
      if (!this.closed) this.dispatch();
    };
    worker.on("error", (err) => lost(`failed (${err.name})`));
    worker.on("exit", (code) => lost(`exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private idle(slot: Slot): void {
    slot.worker.unref();
    slot.idle = setTimeout(() => {
      const at = this.slots.indexOf(slot);
      if (at >= 0 && !slot.job) {
        this.slots.splice(at, 1);
        void this.stop(slot);
      }
    }, IDLE_MS);
    slot.idle.unref();
  }

  private async stop(slot: Slot): Promise<void> {
    clearTimeout(slot.idle);
    slot.job?.reject(new Error("the server is shutting down"));
    slot.job = undefined;
    await slot.worker.terminate();
  }
}
