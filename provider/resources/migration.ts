// tidemark_migration: applies a directory of versioned migration files (`0001_create_users.sql`:
// version `0001`) to databases through Tidemark's change workflow — reviewed, approved where a
// target's environment is protected, rolled out and recorded. The plan shows the pending
// versions and the review advice, and fails on ERROR advice. Destroy forgets the resource only:
// it never rolls a database back. Not importable: the next apply finds what is already applied.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ApiCallError, type TidemarkClient } from "../client/api";
import { type ValueRecord, isRecord, record, unknown } from "../protocol/cty";
import { ImportIdError, type Operations } from "../framework/operations";
import type { ResourceType } from "../framework/resource";
import { attribute } from "../framework/schema";

interface MigrationFile {
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

interface Change {
  name: string;
  status: string;
  checks: { target: string; advices: Advice[] }[];
  tasks: { target: string; status: string; failedStatement?: number; error: string }[];
}

const FILE = /^(\d+(?:\.\d+)*)_[\w.-]*\.sql$/;
const POLL_MS = 250;

/** The directory's migrations in version order; a version used twice is an error. */
export function readMigrations(directory: string): MigrationFile[] {
  const files = fs
    .readdirSync(directory)
    .filter((f) => FILE.test(f))
    .map((file) => {
      const sql = fs.readFileSync(path.join(directory, file), "utf8");
      return {
        version: (FILE.exec(file) as RegExpExecArray)[1] as string,
        file,
        sql,
        checksum: crypto.createHash("sha256").update(sql, "utf8").digest("hex"),
      };
    })
    .sort((a, b) => compareVersions(a.version, b.version));
  for (let i = 1; i < files.length; i++) {
    if (files[i]?.version === files[i - 1]?.version) {
      throw new Error(`${files[i - 1]?.file} and ${files[i]?.file} have the same version ${files[i]?.version}`);
    }
  }
  return files;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Versions applied (DONE) on every target. */
async function appliedEverywhere(client: TidemarkClient, targets: string[]): Promise<Set<string>> {
  let common: Set<string> | undefined;
  for (const target of targets) {
    const logs = await client.list<{ version: string; status: string }>(`${target}/changelogs`, "changelogs", {
      filter: 'status = "DONE"',
    });
    const versions = new Set(logs.map((l) => l.version).filter((v) => v !== ""));
    common = common ? new Set([...common].filter((v) => versions.has(v))) : versions;
  }
  return common ?? new Set();
}

/** A change id a retry finds again: the version and the file's checksum. */
function changeId(file: MigrationFile): string {
  return `m-${file.version.replace(/[^0-9]+/g, "-")}-${file.checksum.slice(0, 12)}`;
}

function seconds(duration: unknown): number {
  const m = typeof duration === "string" ? /^(\d+)s$/.exec(duration) : null;
  return m ? Number(m[1]) : 0;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function applyPending(client: TidemarkClient, planned: ValueRecord): Promise<ValueRecord> {
  const project = String(planned.project);
  const targets = strings(planned.targets);
  const files = readMigrations(String(planned.directory));
  const applied = await appliedEverywhere(client, targets);
  const waitMs = seconds(planned.approval_timeout) * 1000;
  for (const file of files.filter((f) => !applied.has(f.version))) {
    const id = changeId(file);
    const name = `${project}/changes/${id}`;
    let change: Change;
    try {
      change = await client.create<Change>(`${project}/changes`, "changeId", id, {
        title: `Migration ${file.version} (${file.file})`,
        targets,
        sql: file.sql,
        version: file.version,
      });
    } catch (err) {
      // Created by an earlier, interrupted apply: carry on with it.
      if (!(err instanceof ApiCallError && err.httpStatus === 409)) throw err;
      change = await client.get<Change>(name);
    }
    if (change.status === "BLOCKED")
      throw new Error(`${file.file} is blocked by SQL review: ${adviceText(file, change)}`);
    const deadline = Date.now() + waitMs;
    while (change.status === "PENDING_APPROVAL" && Date.now() < deadline) {
      await sleep(POLL_MS);
      change = await client.get<Change>(name);
    }
    if (change.status === "PENDING_APPROVAL") {
      throw new Error(
        `${name} (${file.file}) targets a protected environment and waits for approval: approve it (POST /v1/${name}:approve) and apply again`,
      );
    }
    if (change.status === "REJECTED" || change.status === "CANCELED") {
      throw new Error(`${name} (${file.file}) was ${change.status.toLowerCase()}: add a new version instead`);
    }
    if (change.status !== "DONE") {
      if (change.status !== "RUNNING") change = await client.verb<Change>(name, "run");
      while (change.status === "RUNNING") {
        await sleep(POLL_MS);
        change = await client.get<Change>(name);
      }
    }
    if (change.status !== "DONE") {
      const failed = change.tasks.find((t) => t.status === "FAILED");
      throw new Error(
        `${name} (${file.file}) ${change.status.toLowerCase()}` +
          (failed ? ` on ${failed.target} at statement ${(failed.failedStatement ?? 0) + 1}: ${failed.error}` : "") +
          "; fix the cause and apply again to resume",
      );
    }
  }
  // pending_versions and advice stay as planned (Terraform holds an apply to its plan): they
  // say what this apply did; the next refresh finds nothing pending.
  const state = record();
  Object.assign(state, planned);
  state.applied_versions = files.map((f) => f.version);
  return state;
}

function adviceText(file: MigrationFile, change: Pick<Change, "checks">): string {
  const seen = new Set<string>();
  for (const check of change.checks) {
    for (const a of check.advices) seen.add(`${a.level} ${a.rule} ${file.file}:${a.line} ${a.title}`);
  }
  return [...seen].join("; ");
}

const operations: Operations = {
  async plan({ client }, { prior, planned }) {
    const targets = strings(planned.targets);
    const directory = planned.directory;
    if (typeof directory !== "string" || targets.length === 0 || typeof planned.project !== "string") {
      return { planned };
    }
    const files = readMigrations(directory);
    const applied = await appliedEverywhere(client, targets);
    const pending = files.filter((f) => !applied.has(f.version));
    const advice: string[] = [];
    const diagnostics = [];
    for (const file of pending) {
      let check: Pick<Change, "checks"> & { status: string };
      try {
        check = await client.verb(`${planned.project}/changes`, "check", {
          title: `Migration ${file.version}`,
          targets,
          sql: file.sql,
          version: file.version,
        });
      } catch (err) {
        if (!(err instanceof ApiCallError) || err.httpStatus !== 400) throw err;
        diagnostics.push({
          severity: "error" as const,
          summary: `Migration ${file.file} cannot be applied`,
          detail: err.message,
        });
        continue;
      }
      const seen = new Set<string>();
      for (const c of check.checks) {
        for (const a of c.advices) {
          const line = `${a.level} ${a.rule} ${file.file}:${a.line}: ${a.title}`;
          if (seen.has(line)) continue;
          seen.add(line);
          advice.push(line);
          if (a.level === "ERROR" && check.status === "BLOCKED") {
            diagnostics.push({
              severity: "error" as const,
              summary: `SQL review blocks ${file.file}: ${a.rule}`,
              detail: `${file.file}, line ${a.line}: ${a.title}. ${a.content}`.trim(),
              attribute: ["directory"],
            });
          }
        }
      }
    }
    const out = record();
    Object.assign(out, planned);
    out.files = Object.assign(record(), Object.fromEntries(files.map((f) => [f.version, f.checksum])));
    out.pending_versions = pending.map((f) => f.version);
    out.advice = advice;
    out.applied_versions =
      pending.length === 0 && prior
        ? (prior.applied_versions ?? [])
        : pending.length === 0
          ? [...applied].sort(compareVersions)
          : unknown;
    return { planned: out, diagnostics };
  },
  create: ({ client }, { planned }) => applyPending(client, planned),
  update: ({ client }, { planned }) => applyPending(client, planned),
  async read({ client }, { state }) {
    const applied = await appliedEverywhere(client, strings(state.targets));
    const out = record();
    Object.assign(out, state);
    const files = isRecord(state.files) ? Object.keys(state.files) : [];
    out.applied_versions = files.filter((v) => applied.has(v)).sort(compareVersions);
    out.pending_versions = files.filter((v) => !applied.has(v)).sort(compareVersions);
    if ((out.pending_versions as string[]).length === 0) out.advice = [];
    return out;
  },
  async delete() {
    // Forgetting a migration never undoes it on a database.
  },
  async import() {
    throw new ImportIdError(
      "tidemark_migration is not imported: declare it and apply; versions already applied are skipped.",
    );
  },
};

export const migrationResource: ResourceType = {
  typeName: "tidemark_migration",
  noun: "migration",
  collection: "changes",
  idParameter: "",
  schemaVersion: 0,
  operations,
  block: {
    description:
      "Applies a directory of versioned migration files (`0001_create_users.sql`) to databases through Tidemark's change workflow: reviewed, approved where a target's environment is protected, rolled out and recorded in each database's changelog. Destroying it never rolls a database back.",
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
        description: "The databases, `instances/{instance}/databases/{database}`, enrolled in the project.",
      }),
      attribute({
        name: "directory",
        type: "string",
        required: true,
        description: "The directory of `<version>_<name>.sql` files; versions are compared numerically.",
      }),
      attribute({
        name: "approval_timeout",
        type: "string",
        optional: true,
        computed: true,
        default: "0s",
        description:
          "How long an apply waits for a change that needs approval (`600s`); `0s` fails at once, naming the change to approve.",
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
        description: "Versions applied to every target.",
      }),
      attribute({
        name: "pending_versions",
        type: ["list", "string"],
        computed: true,
        description:
          "In a plan, the versions the apply will apply, in order; after it, the ones it applied until the next refresh.",
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
