/**
 * What every benchmark against a floor does the same way (DESIGN.md, performance targets): time
 * our run and the floor's in the same process, alternating, and report medians and their ratio.
 */
import mysql from "mysql2/promise";
import { quoteIdentifier } from "../server/engine/connection";

export interface FloorComparison {
  floorTimes: number[];
  oursTimes: number[];
  /** Medians, in milliseconds. */
  floorMs: number;
  oursMs: number;
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
 * One unmeasured round of each warms caches for both; then `repetitions` rounds alternate, so
 * whatever else the machine does hits both alike.
 */
export async function compareWithFloor(
  floor: () => Promise<unknown>,
  ours: () => Promise<unknown>,
  repetitions: number,
): Promise<FloorComparison> {
  await floor();
  await ours();
  const floorTimes: number[] = [];
  const oursTimes: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    floorTimes.push(await timed(floor));
    oursTimes.push(await timed(ours));
  }
  const floorMs = median(floorTimes);
  const oursMs = median(oursTimes);
  return { floorTimes, oursTimes, floorMs, oursMs, ratio: oursMs / floorMs };
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
