/**
 * What every benchmark against a floor does the same way (DESIGN.md, performance targets): time
 * our run and the floor's in the same process, alternating, and report medians and their ratio.
 */
import fs from "node:fs";
import mysql from "mysql2/promise";
import { quoteIdentifier } from "../server/engine/connection";

/** Times of one contender's measured rounds, their median in milliseconds, and its ratio to the floor's. */
export interface Timing {
  times: number[];
  medianMs: number;
  ratio: number;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Odd counts give a measured round; even ones the mean of the middle two. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * What is measured: a run, or a run and the background work it leaves behind, awaited untimed
 * after each run so that work does not slow whatever is measured next.
 */
export type Contender = (() => Promise<unknown>) | { run: () => Promise<unknown>; settle: () => Promise<unknown> };

/**
 * `warmUp` unmeasured rounds of each (one by default) warm caches and the JIT for all; then
 * `repetitions` rounds run the floor and every contender in turn, so whatever else the machine
 * does hits them alike.
 */
export async function compareWithFloor<Name extends string>(
  floor: Contender,
  contenders: Record<Name, Contender>,
  repetitions: number,
  warmUp = 1,
): Promise<{ floor: Timing } & Record<Name, Timing>> {
  const runs = [["floor", floor] as const, ...Object.entries<Contender>(contenders)].map(([name, contender]) => ({
    name,
    ...(typeof contender === "function" ? { run: contender, settle: async () => undefined } : contender),
  }));
  const times = new Map<string, number[]>(runs.map(({ name }) => [name, []]));
  for (let round = -warmUp; round < repetitions; round++) {
    for (const { name, run, settle } of runs) {
      const ms = await timed(run);
      await settle();
      if (round >= 0) times.get(name)?.push(ms);
    }
  }
  const floorMs = median(times.get("floor") ?? []);
  const timing = (name: string): Timing => {
    const measured = times.get(name) ?? [];
    return { times: measured, medianMs: median(measured), ratio: median(measured) / floorMs };
  };
  // cast: Object.fromEntries types its keys as strings; they are "floor" and the keys of `contenders`
  return Object.fromEntries(runs.map(({ name }) => [name, timing(name)])) as { floor: Timing } & Record<Name, Timing>;
}

export const formatMs = (ms: number): string => `${ms.toFixed(0)} ms`;

/** Drops what a benchmark created, one statement at a time so a missing one does not stop the rest. */
export async function dropDatabases(url: string, names: string[]): Promise<void> {
  const connection = await mysql.createConnection({ uri: url });
  try {
    for (const name of names) await connection.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
  } finally {
    await connection.end();
  }
}

/** Resident memory of a process now and at its peak (VmHWM), in MB, from /proc. */
export function processMemory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

export { type ServerProcess, startServerProcess } from "../test/support/server-process";
