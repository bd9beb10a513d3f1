// The data directory and the private files in it: created for this user alone (0700 and 0600),
// and tightened on start when someone loosened them.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { errorCode } from "./error-code";
import { StartupError } from "./startup-error";

export const DIRECTORY_MODE = 0o700;
export const FILE_MODE = 0o600;

/** A file or directory whose mode was tightened on start, for the log line that says so. */
export interface ModeChange {
  path: string;
  was: string;
  now: string;
}

/** Why a path cannot serve, in words an operator acts on. */
function reason(err: unknown): string {
  const code = errorCode(err) ?? "unknown error";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOTDIR":
      return "a part of the path is a file, not a directory";
    case "ENOSPC":
      return "the disk is full";
    default:
      return `the file system refused (${code})`;
  }
}

const dataDirProblem = (dir: string, problem: string): StartupError =>
  new StartupError(
    `the data directory ${dir} ${problem}: set TIDEMARK_DATA_DIR to a directory this user can create and write`,
  );

/**
 * Creates the data directory one level at a time, never with `mkdir -p`: Node's recursive mkdir
 * loops for ever under a file system that answers ENOENT for a parent that exists (`/proc`).
 * Then checks it is a directory this process can write, and tightens it to 0700.
 */
export function prepareDataDir(dir: string): ModeChange[] {
  const missing: string[] = [];
  let existing = path.resolve(dir);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(existing);
    } catch (err) {
      if (errorCode(err) !== "ENOENT") throw dataDirProblem(dir, `cannot be reached (${reason(err)})`);
    }
    if (stat) {
      if (!stat.isDirectory()) {
        throw dataDirProblem(
          dir,
          missing.length === 0 ? "is a file, not a directory" : `cannot be created: ${existing} is a file`,
        );
      }
      break;
    }
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level, { mode: DIRECTORY_MODE });
    } catch (err) {
      if (errorCode(err) !== "EEXIST") throw dataDirProblem(dir, `cannot be created (${reason(err)})`);
    }
  }
  // Writing is the only proof: permission bits say nothing for root, nor for /proc or a read-only mount.
  const probe = path.join(dir, `.write-check-${process.pid}-${crypto.randomBytes(4).toString("hex")}`);
  try {
    fs.writeFileSync(probe, "", { flag: "wx", mode: FILE_MODE });
    fs.unlinkSync(probe);
  } catch (err) {
    throw dataDirProblem(dir, `is not writable (${reason(err)})`);
  }
  const changed = restrictMode(dir, DIRECTORY_MODE);
  return changed ? [changed] : [];
}

/**
 * Sets `mode` on a file or directory that grants anything beyond it (group or others can read),
 * and says what it was; a missing path is nothing to do.
 */
export function restrictMode(file: string, mode: number): ModeChange | undefined {
  let current: number;
  try {
    current = fs.statSync(file).mode & 0o777;
  } catch (err) {
    if (errorCode(err) === "ENOENT") return undefined;
    throw new StartupError(`${file} cannot be checked (${reason(err)}): make it accessible to this user`);
  }
  if ((current & ~mode) === 0) return undefined;
  try {
    fs.chmodSync(file, mode);
  } catch (err) {
    throw new StartupError(
      `${file} is readable by others and its mode cannot be tightened (${reason(err)}): chmod ${mode.toString(8)} it`,
    );
  }
  return { path: file, was: current.toString(8).padStart(4, "0"), now: mode.toString(8).padStart(4, "0") };
}
