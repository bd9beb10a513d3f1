// The review worker's entry: splitting and review of a change's SQL, off the server's main
// thread. It imports only the reviewer, so it starts small; every answer is plain data.
import { parentPort } from "node:worker_threads";
import { type Review, type ReviewTarget, parseChange, reviewParsed, reviewSql } from "../../sql/review/review";
import { splitStatements } from "../../sql/review/split";
import type { Engine, Statement } from "../../sql/review/types";

/**
 * reviewSql, sending its statements back only when there are at most `keep` of them: copying
 * 90,000 statements into the main thread would stall it for a tenth of a second, for nothing.
 */
function reviewKeeping(keep: number, ...args: Parameters<typeof reviewSql>): KeptReview {
  return kept(keep, reviewSql(...args));
}

function kept(keep: number, { statements, ...review }: Review): KeptReview {
  return { ...review, statementCount: statements.length, ...(statements.length <= keep ? { statements } : {}) };
}

/** One change reviewed for many targets of one engine: split and parsed once, its rules run per target. */
function reviewTargets(keep: number, sql: string, engine: Engine, targets: ReviewTarget[]): KeptReview[] {
  const change = parseChange(sql, engine);
  return targets.map((target) => kept(keep, reviewParsed(change, target)));
}

export interface KeptReview extends Omit<Review, "statements"> {
  statementCount: number;
  /** Present when there are at most the `keep` statements asked for. */
  statements?: Statement[];
}

/** What the worker can be asked to do: functions of server/review, run as they are. */
export const TASKS = {
  reviewSql,
  reviewKeeping,
  reviewTargets,
  splitStatements,
  /** How many statements the SQL holds, without sending them back. */
  countStatements: (sql: string): number => splitStatements(sql).length,
};

export type TaskName = keyof typeof TASKS;

export interface TaskRequest {
  id: number;
  task: TaskName;
  args: unknown[];
}

export type TaskAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

function run(request: TaskRequest): unknown {
  // cast: the pool types each task's arguments against TASKS; they arrive here as unknown[], passed on as they are.
  const task = TASKS[request.task] as (...args: unknown[]) => unknown;
  return task(...request.args);
}

parentPort?.on("message", (request: TaskRequest) => {
  let answer: TaskAnswer;
  try {
    answer = { id: request.id, ok: true, value: run(request) };
  } catch (err) {
    answer = {
      id: request.id,
      ok: false,
      error: err instanceof Error ? `${err.constructor.name}: ${err.message}` : String(err),
    };
  }
  parentPort?.postMessage(answer);
});
