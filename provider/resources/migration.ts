// tidemark_migration: applies a directory of versioned migration files (`0001_create_users.sql`:
// version `0001`) to databases through Tidemark's change workflow — reviewed, approved where a
// target's environment is protected, rolled out and recorded. The plan shows the pending
// versions and the review advice, and fails on advice that would block the change. Each target
// gets the versions it lacks, so a database added to `targets` later catches up. Destroy forgets
// the resource only: it never rolls a database back. Not importable: declaring it and applying
// finds what is already applied.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ApiCallError, type TidemarkClient } from "../client/api";
import { type Value, type ValueRecord, isRecord, record, unknown } from "../protocol/cty";
import { type Diagnostic, error, warning } from "../protocol/provider";
import type { Operations } from "../framework/operations";
import type { ResourceType } from "../framework/resource";
import { attribute } from "../framework/schema";
import type { ChangeStatus, ChangeTask } from "../../schema/generated/types";
import { parseDuration, waitFor } from "../framework/operation";

export { parseDuration };

export interface MigrationFile {
  version: string;
  file: string;
  sql: string;
  checksum: string;
}

interface Advice {
  rule: string;
  level: string;
  line: number;
  title: string;
  content: string;
}

interface Check {
  status: ChangeStatus;
  checks: { target: string; advices: Advice[] }[];
}

interface Change extends Check {
  name: string;
  version: string;
  checksum: string;
  targets: string[];
  approvals: { approver: string; decision: string; comment: string }[];
  tasks: Pick<ChangeTask, "target" | "status" | "appliedStatements" | "failedStatement" | "error">[];
}

/** A version and the targets that still lack it, in rollout order of versions. */
export interface Step {
  file: MigrationFile;
  targets: string[];
}

/** Per target: the versions applied there (DONE) and the checksum each was applied with. */
export type AppliedVersions = Map<string, Map<string, string>>;

const MIGRATION = /^(\d+(?:\.\d+)*)_.*\.sql$/;
/** The longest one `:wait` call holds (the server takes up to 60 s): a stop or a dead connection is noticed within it. */
const WAIT_CALL_MS = 30_000;
/** Statuses of a change that can still get to DONE by approving or running it. */
const RESUMABLE: ReadonlySet<ChangeStatus> = new Set<ChangeStatus>([
  "PENDING_APPROVAL",
  "APPROVED",
  "RUNNING",
  "FAILED",
]);

/**
 * The directory's migrations in version order. A `.sql` file without a version, or two files
 * with one version, is an error rather than skipped: a migration silently left out would be
 * missing from every database.
 */
export function readMigrations(directory: string): MigrationFile[] {
  if (!fs.existsSync(directory) || !fs.statSync(directory).isDirectory()) {
    throw new Error(`${directory} is not a directory: set directory to the folder of <version>_<name>.sql files`);
  }
  const files = fs
    .readdirSync(directory)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => {
      const version = MIGRATION.exec(file)?.[1];
      if (version === undefined) {
        throw new Error(
          `${file} has no version: name migration files <version>_<name>.sql, such as 0001_create_users.sql`,
        );
      }
      const sql = fs.readFileSync(path.join(directory, file), "utf8");
      return { version, file, sql, checksum: crypto.createHash("sha256").update(sql, "utf8").digest("hex") };
    })
    .sort((a, b) => compareVersions(a.version, b.version) || (a.file < b.file ? -1 : 1));
  for (let i = 1; i < files.length; i++) {
    const [a, b] = [files[i - 1], files[i]];
    if (compareVersions(a.version, b.version) === 0) {
      throw new Error(`${a.file} and ${b.file} have the same version: give each migration its own`);
    }
  }
  return files;
}

/** Numeric, part by part: `2` < `10`, `1.2` < `1.10`, `0001` = `1`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

async function appliedVersions(client: TidemarkClient, targets: string[]): Promise<AppliedVersions> {
  const logs = await Promise.all(
    targets.map((target) =>
      client.list<{ version: string; checksum: string }>(`${target}/changelogs`, "changelogs", {
        filter: 'status = "DONE"',
      }),
    ),
  );
  return new Map(
    targets.map((target, i) => {
      const versions = new Map<string, string>();
      // Newest first: a version's latest record wins.
      for (const log of logs[i] ?? [])
        if (log.version !== "" && !versions.has(log.version)) versions.set(log.version, log.checksum);
      return [target, versions];
    }),
  );
}

/** For each file, in order, the targets it is not applied to yet; files applied everywhere are left out. */
export function pendingSteps(files: MigrationFile[], targets: string[], applied: AppliedVersions): Step[] {
  return files
    .map((file) => ({ file, targets: targets.filter((t) => !applied.get(t)?.has(file.version)) }))
    .filter((step) => step.targets.length > 0);
}

/** Files changed after they were applied: Tidemark never runs a version twice, so the change would be lost. */
export function editedAfterApply(files: MigrationFile[], targets: string[], applied: AppliedVersions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of files) {
    const target = targets.find((t) => {
      const checksum = applied.get(t)?.get(file.version);
      return checksum !== undefined && checksum !== file.checksum;
    });
    if (target === undefined) continue;
    const was = applied.get(target)?.get(file.version) ?? "";
    out.push(
      error(
        `${file.file} changed after it was applied`,
        `Version ${file.version} was applied to ${target} with checksum ${was.slice(0, 12)}…; the file's is now ${file.checksum.slice(0, 12)}…. ` +
          "An applied migration is never run again: restore the file and put the change in a new version.",
        ["directory"],
      ),
    );
  }
  return out;
}

function changeRequest(step: Step): object {
  return {
    title: `Migration ${step.file.version} (${step.file.file})`,
    targets: step.targets,
    sql: step.file.sql,
    version: step.file.version,
  };
}

/** `LEVEL rule file:line: title` for each distinct finding of a check, over all targets. */
function adviceLines(file: MigrationFile, check: Pick<Check, "checks">): { line: string; advice: Advice }[] {
  const seen = new Map<string, Advice>();
  for (const c of check.checks) {
    for (const a of c.advices) seen.set(`${a.level} ${a.rule} ${file.file}:${a.line}: ${a.title}`, a);
  }
  return [...seen].map(([line, advice]) => ({ line, advice }));
}

/** Review of every pending step, as the plan shows it: advice lines, and diagnostics for what would stop the apply. */
async function review(
  client: TidemarkClient,
  project: string,
  steps: Step[],
): Promise<{ advice: string[]; diagnostics: Diagnostic[] }> {
  const advice: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const step of steps) {
    let check: Check;
    try {
      check = await client.verb<Check>(`${project}/changes`, "check", changeRequest(step));
    } catch (err) {
      if (!(err instanceof ApiCallError) || err.httpStatus !== 400) throw err;
      diagnostics.push(error(`${step.file.file} cannot be applied`, `${err.message}.`, ["directory"]));
      continue;
    }
    for (const { line, advice: a } of adviceLines(step.file, check)) {
      advice.push(line);
      if (a.level !== "ERROR") continue;
      const detail = `${step.file.file}, line ${a.line}: ${a.title}. ${a.content}`.trim();
      // The server blocks ERROR advice where review is enforced (a protected environment, or a
      // project that enforces it); elsewhere it is a warning the plan still shows.
      diagnostics.push(
        check.status === "BLOCKED"
          ? error(`SQL review blocks ${step.file.file}: ${a.rule}`, detail, ["directory"])
          : warning(`SQL review: ${step.file.file}: ${a.rule}`, `${detail} (not enforced for these targets)`),
      );
    }
  }
  return { advice, diagnostics };
}

/** A change id a retry finds again: the version, and a digest of the SQL and the targets. */
function changeId(step: Step, taken: Set<string>): string {
  const digest = crypto
    .createHash("sha256")
    .update([step.file.checksum, ...[...step.targets].sort()].join("\n"))
    .digest("hex")
    .slice(0, 10);
  const base = `m-${step.file.version.replace(/\./g, "-").slice(0, 40)}-${digest}`;
  // A blocked or cancelled change keeps its id: a new attempt (after a review config was eased) gets the next.
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const sameTargets = (a: string[], b: string[]): boolean => a.length === b.length && a.every((t) => b.includes(t));

/** The change that applies a step: one an earlier, interrupted apply left to resume, or a new one. */
async function changeFor(client: TidemarkClient, project: string, step: Step): Promise<Change> {
  const existing = await client.list<Change>(`${project}/changes`, "changes", {
    filter: `version = "${step.file.version}"`,
  });
  const same = existing.filter((c) => c.checksum === step.file.checksum);
  const rejected = same.find((c) => c.status === "REJECTED" && c.targets.some((t) => step.targets.includes(t)));
  if (rejected) {
    const by = rejected.approvals.find((a) => a.decision === "REJECTED");
    throw new Error(
      `${rejected.name} (${step.file.file}) was rejected${by ? ` by ${by.approver}${by.comment ? `: "${by.comment}"` : ""}` : ""}. ` +
        "Change the file (a new change is reviewed) or remove it, then apply again.",
    );
  }
  const resumable = same.find(
    (c) =>
      RESUMABLE.has(c.status) &&
      sameTargets(
        c.tasks.filter((t) => t.status !== "DONE").map((t) => t.target),
        step.targets,
      ),
  );
  if (resumable) return resumable;
  const id = changeId(step, new Set(existing.map((c) => c.name.slice(c.name.lastIndexOf("/") + 1))));
  try {
    return await client.create<Change>(`${project}/changes`, "changeId", id, changeRequest(step));
  } catch (err) {
    // Created by an apply running at the same time: carry on with it.
    if (!(err instanceof ApiCallError && err.httpStatus === 409)) throw err;
    return client.get<Change>(`${project}/changes/${id}`);
  }
}

/** Takes a change to DONE: waits for approval up to `waitMs`, runs it, waits for the rollout. */
async function settle(client: TidemarkClient, change: Change, file: MigrationFile, waitMs: number): Promise<void> {
  const name = change.name;
  const what = `${name} (${file.file})`;
  if (change.status === "BLOCKED") {
    const findings = adviceLines(file, change)
      .filter((a) => a.advice.level === "ERROR")
      .map((a) => a.line);
    throw new Error(`${what} is blocked by SQL review: ${findings.join("; ")}`);
  }
  // The server holds each call until the change settles (approved, rejected, rollout ended) or the
  // call's timeout passes: no polling, and the answer comes as soon as the change moves.
  const poll = (leftMs: number): Promise<Change> =>
    client.verb<Change>(name, "wait", { timeout: `${(Math.min(leftMs, WAIT_CALL_MS) / 1000).toFixed(3)}s` });
  change = await waitFor(change, {
    poll,
    pending: (c) => c.status === "PENDING_APPROVAL",
    intervalMs: 0,
    timeoutMs: waitMs,
  });
  if (change.status === "PENDING_APPROVAL") {
    throw new Error(
      `${what} targets a protected environment and waits for approval: approve it (POST /v1/${name}:approve) and apply again` +
        (waitMs > 0 ? ` (waited ${waitMs / 1000} s of approval_timeout)` : ""),
    );
  }
  if (change.status === "REJECTED" || change.status === "CANCELED") {
    throw new Error(
      `${what} was ${change.status.toLowerCase()}: change the file (a new change is reviewed) or remove it`,
    );
  }
  const unknown = (c: Change) => c.tasks.find((t) => t.status === "UNKNOWN");
  if (!unknown(change) && (change.status === "APPROVED" || change.status === "FAILED")) {
    change = await client.verb<Change>(name, "run");
  }
  change = await waitFor(change, { poll, pending: (c) => c.status === "RUNNING", intervalMs: 0 });
  if (change.status === "DONE") return;
  const undecided = unknown(change);
  if (undecided) {
    const statement = (undecided.failedStatement ?? undecided.appliedStatements) + 1;
    throw new Error(
      `${what}: on ${undecided.target}, statement ${statement} was interrupted and may or may not have taken effect. ` +
        `Check the database, say which with POST /v1/${name}:resolve {"statement": ${statement}, "applied": true|false}, and apply again.`,
    );
  }
  const failed = change.tasks.find((t) => t.status === "FAILED");
  if (!failed) throw new Error(`${what} ended ${change.status.toLowerCase()}`);
  throw new Error(await failureText(what, file, failed));
}

/** Which statement failed where, with the server's error: the file's line and the statement's text. */
async function failureText(
  what: string,
  file: MigrationFile,
  task: { target: string; appliedStatements: number; failedStatement?: number; error: string },
): Promise<string> {
  const index = task.failedStatement ?? task.appliedStatements;
  // The server's own splitter, so statement numbers agree; loaded only on this path.
  const { splitStatements } = await import("../../sql/review/split");
  const statement = splitStatements(file.sql)[index];
  const shown = statement
    ? ` (${file.file}:${statement.line}: ${statement.text.replace(/\s+/g, " ").slice(0, 200)})`
    : "";
  return (
    `${what} failed on ${task.target} at statement ${index + 1}${shown}: ${task.error}. ` +
    (index > 0 ? `The ${index} statement(s) before it stay applied; ` : "") +
    "fix the cause and apply again: the rollout resumes at that statement."
  );
}

/** Checks that the directory still holds what the plan reviewed. */
function assertUnchanged(files: MigrationFile[], planned: Value): void {
  if (!isRecord(planned)) return;
  const now = new Map(files.map((f) => [f.version, f.checksum]));
  const changed = [
    ...files.filter((f) => planned[f.version] !== f.checksum).map((f) => f.file),
    ...Object.keys(planned).filter((v) => !now.has(v)),
  ];
  if (changed.length > 0) {
    throw new Error(
      `the directory changed after the plan (${changed.join(", ")}): run terraform apply again to review it`,
    );
  }
}

async function applyPending(client: TidemarkClient, planned: ValueRecord): Promise<ValueRecord> {
  const project = String(planned.project);
  const targets = strings(planned.targets);
  const files = readMigrations(String(planned.directory));
  assertUnchanged(files, planned.files);
  const waitMs = parseDuration(String(planned.approval_timeout ?? "0s")) ?? 0;
  for (const step of pendingSteps(files, targets, await appliedVersions(client, targets))) {
    await settle(client, await changeFor(client, project, step), step.file, waitMs);
  }
  // pending_versions and advice stay as planned (Terraform holds an apply to its plan): they
  // say what this apply did; the next refresh finds nothing pending. Terraform plans again
  // with every value known before it applies, so none of them is unknown here.
  const state = Object.assign(record(), planned);
  state.applied_versions = files.map((f) => f.version);
  return state;
}

const filesValue = (files: MigrationFile[]): ValueRecord =>
  Object.assign(record(), Object.fromEntries(files.map((f) => [f.version, f.checksum])));

const operations: Operations = {
  async plan({ client }, { planned }) {
    const targets = strings(planned.targets);
    const { project, directory } = planned;
    // Values known only at apply (a directory or target from another resource): computed ones stay unknown.
    const known = Array.isArray(planned.targets) && targets.length === planned.targets.length;
    if (typeof directory !== "string" || typeof project !== "string" || !known) {
      return { planned };
    }
    let files: MigrationFile[];
    try {
      files = readMigrations(directory);
    } catch (err) {
      return {
        planned,
        diagnostics: [
          error("Cannot read the migrations", err instanceof Error ? err.message : String(err), ["directory"]),
        ],
      };
    }
    const applied = await appliedVersions(client, targets);
    const steps = pendingSteps(files, targets, applied);
    const edited = editedAfterApply(files, targets, applied);
    const { advice, diagnostics } = await review(client, project, steps);
    const out = Object.assign(record(), planned);
    out.files = filesValue(files);
    out.pending_versions = steps.map((s) => s.file.version);
    out.advice = advice;
    out.applied_versions = steps.length === 0 ? files.map((f) => f.version) : unknown;
    return { planned: out, diagnostics: [...edited, ...diagnostics] };
  },
  create: ({ client }, { planned }) => applyPending(client, planned),
  update: ({ client }, { planned }) => applyPending(client, planned),
  async read({ client }, { state }) {
    const targets = strings(state.targets);
    const applied = await appliedVersions(client, targets);
    const versions = isRecord(state.files) ? Object.keys(state.files).sort(compareVersions) : [];
    const everywhere = (v: string): boolean => targets.every((t) => applied.get(t)?.has(v));
    const pending = versions.filter((v) => !everywhere(v));
    const out = Object.assign(record(), state);
    out.applied_versions = versions.filter(everywhere);
    out.pending_versions = pending;
    if (pending.length === 0) out.advice = [];
    return out;
  },
  async delete() {
    // Forgetting a migration never undoes it on a database.
  },
};

function validate(config: Value): Diagnostic[] {
  if (!isRecord(config)) return [];
  const timeout = config.approval_timeout;
  if (typeof timeout === "string" && parseDuration(timeout) === undefined) {
    return [
      error("Invalid approval_timeout", `"${timeout}" is not a duration: write it as "0s", "90s", "10m" or "1h30m".`, [
        "approval_timeout",
      ]),
    ];
  }
  return [];
}

export const migrationResource: ResourceType = {
  typeName: "tidemark_migration",
  noun: "migration",
  collection: "changes",
  idParameter: "",
  schemaVersion: 0,
  operations,
  validate,
  label: (value) => (typeof value.directory === "string" ? value.directory : "migrations"),
  notImportable:
    "tidemark_migration cannot be imported, and need not be: declare it and apply, and versions already applied to a target are skipped.",
  block: {
    description:
      "Applies a directory of versioned migration files (`0001_create_users.sql`) to databases through Tidemark's change workflow: reviewed, approved where a target's environment is protected, rolled out and recorded in each database's changelog. Each version becomes one change, applied in version order to the targets that lack it. The plan lists the pending versions and their review advice, and fails where SQL review would block a change. Destroying it only removes it from the Terraform state: it never rolls a database back.",
    blocks: [],
    attributes: [
      attribute({
        name: "project",
        type: "string",
        required: true,
        requiresReplace: true,
        description: "The project the changes belong to, `projects/{id}`.",
      }),
      attribute({
        name: "targets",
        type: ["list", "string"],
        required: true,
        description:
          "The databases, `instances/{instance}/databases/{database}`, enrolled in the project. A database added later gets every version it lacks.",
      }),
      attribute({
        name: "directory",
        type: "string",
        required: true,
        description:
          "The directory of `<version>_<name>.sql` files (version: digits, dot-separated parts allowed, compared numerically). An applied file must not change: put a change in a new version.",
      }),
      attribute({
        name: "approval_timeout",
        type: "string",
        optional: true,
        computed: true,
        default: "0s",
        description:
          "How long an apply waits for a change that needs approval (`10m`); `0s` fails at once, naming the change to approve.",
      }),
      attribute({
        name: "files",
        type: ["map", "string"],
        computed: true,
        description: "The directory's versions and their SHA-256, as of the plan.",
      }),
      attribute({
        name: "applied_versions",
        type: ["list", "string"],
        computed: true,
        description: "The directory's versions applied to every target, in order.",
      }),
      attribute({
        name: "pending_versions",
        type: ["list", "string"],
        computed: true,
        description:
          "In a plan, the versions the apply will apply (to the targets that lack them), in order; after it, the ones it applied until the next refresh.",
      }),
      attribute({
        name: "advice",
        type: ["list", "string"],
        computed: true,
        description: "SQL review advice for the pending versions: `LEVEL rule file:line: title`.",
      }),
    ],
  },
};
