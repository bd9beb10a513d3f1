/**
 * Executing a change on one target database, and what a rollout needs around it: the database's
 * schema as DDL text (before and after, and for the drift check), a named lock so two rollouts
 * never touch one database at once (DESIGN.md), and an estimate of the rows a data change
 * touches, read from the optimiser's plan without running the statement.
 *
 * Statements arrive as a list of single statements (the splitter's job, not ours) and run one by
 * one on one connection, so a failure names the statement that failed and a later attempt can
 * resume from it.
 */
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Connection, RowDataPacket } from "mysql2/promise";
import {
  type ConnectionTarget,
  EngineError,
  engineError,
  openConnection,
  openPool,
  QUERY_TIMEOUT_MS,
  quoteIdentifier,
} from "./connection";
import { DEFAULT_CONCURRENCY } from "./introspect";
import { errorCode } from "../error-code";
import { schemaText } from "./schema-text";
import {
  fingerprintFrom,
  schemaFingerprint,
  forget,
  LEDGER_DATABASE,
  ledgerRefusal,
  markApplied,
  markStarted,
  type LedgerRow,
  prepareLedger,
  readLedger,
  statementKind,
} from "./ledger";

// ---------------------------------------------------------------------------------------------
// Schema as text.

/** How each kind of table's create statement is asked for; other TABLE_TYPEs have no DDL of ours. */
const SHOW_CREATE: Record<string, string> = {
  "BASE TABLE": "TABLE",
  // MariaDB's system-versioned tables are tables.
  "SYSTEM VERSIONED": "TABLE",
  VIEW: "VIEW",
  SEQUENCE: "SEQUENCE",
};

/** A table dropped between listing and reading it is simply not part of the schema. */
const VANISHED = new Set(["ER_NO_SUCH_TABLE", "ER_UNKNOWN_VIEW", "ER_UNKNOWN_SEQUENCES"]);

/** Runs one read-only query; a pool or one connection, whichever the caller holds. */
type SchemaReader = (sql: string, values?: unknown[]) => Promise<RowDataPacket[]>;

/**
 * The schema text of `database`, read through sessions that have it selected, so a view's text
 * names its own database's objects unqualified, as introspection records them. Create statements
 * are asked for all at once: a pool spreads them over its connections, one connection queues them.
 */
async function readSchema(read: SchemaReader, database: string): Promise<string> {
  return (await readSchemaObjects(read, database)).text;
}

/** readSchema's text, and each base table's create statement as read, by its catalog name. */
async function readSchemaObjects(
  read: SchemaReader,
  database: string,
): Promise<{ text: string; tables: Map<string, string> }> {
  const listed = await read(
    "SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
    [database],
  );
  const objects = listed.flatMap((row) => {
    const kind = SHOW_CREATE[String(row.type)];
    return kind ? [{ name: String(row.name), kind }] : [];
  });
  const created = await Promise.all(
    objects.map(async ({ name, kind }) => {
      try {
        const [row] = await read(`SHOW CREATE ${kind} ${quoteIdentifier(name)}`);
        // By position, not by column name: every engine puts the statement second.
        return [{ name, kind, createStatement: String(Object.values(row ?? {})[1] ?? "") }];
      } catch (err) {
        if (VANISHED.has(errorCode(err) ?? "")) return [];
        throw err;
      }
    }),
  );
  const found = created.flat();
  const tables = new Map(found.filter((o) => o.kind === "TABLE").map((o) => [o.name, o.createStatement]));
  return { text: schemaText(found), tables };
}

/**
 * The schema of one database as DDL text (see `schemaText`): every table's, view's and sequence's
 * `SHOW CREATE` text verbatim but for the volatile options. One information_schema query, then
 * the create statements over a small pool (it queues what exceeds its size).
 */
export async function databaseSchema(target: ConnectionTarget, database: string): Promise<string> {
  const inDatabase = { ...target, database };
  const pool = openPool(inDatabase, DEFAULT_CONCURRENCY);
  try {
    return await readSchema(
      async (sql, values) => (await pool.query<RowDataPacket[]>({ sql, values, timeout: QUERY_TIMEOUT_MS }))[0],
      database,
    );
  } catch (err) {
    throw engineError(err, inDatabase);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Applying statements.

/** Seconds a rollout waits for another rollout on the same database before giving up. */
export const LOCK_TIMEOUT_SECONDS = 10;

/** MySQL refuses longer lock names (MariaDB does not, but a name must work on every engine). */
const LOCK_NAME_MAX = 64;

/**
 * The named lock a change holds on a database while it runs: `tidemark:<database>`, or for a name
 * too long for that, `tidemark:` and a SHA-256 prefix of it. GET_LOCK is server-wide, so every
 * Tidemark replica that targets this server sees the same lock.
 */
export function changeLockName(database: string): string {
  const plain = `tidemark:${database}`;
  if (plain.length <= LOCK_NAME_MAX) return plain;
  const prefix = "tidemark:";
  const digest = crypto.createHash("sha256").update(database, "utf8").digest("hex");
  return prefix + digest.slice(0, LOCK_NAME_MAX - prefix.length);
}

/** Another rollout holds the database's lock and did not let go within the timeout. */
export class DatabaseBusyError extends EngineError {
  constructor(
    readonly database: string,
    waitedSeconds: number,
  ) {
    super("TIMEOUT", `another change holds database '${database}' (waited ${waitedSeconds} s): try again when it ends`);
    this.name = "DatabaseBusyError";
  }
}

/** Reported after each statement that succeeded, before the next one starts. */
export interface ApplyProgress {
  kind: "applied";
  /** 0-based index of the statement in the whole list. */
  index: number;
  durationMs: number;
}

export interface ApplyOptions {
  /** Index of the first statement to run; those before it were applied by an earlier attempt. */
  from: number;
  /** How long to wait for another rollout on the same database; LOCK_TIMEOUT_SECONDS by default. */
  lockTimeoutSeconds?: number;
  /**
   * Awaited after each applied statement, so the caller can record progress before the next one
   * runs. If it throws, nothing more runs and the error is rethrown (after the lock is released).
   */
  onProgress(event: ApplyProgress): Promise<void>;
  /** Checked before each statement: a statement already running is left to finish. */
  signal?: AbortSignal;
  /**
   * Also read the database's schema (`databaseSchema`'s text) just before the first statement
   * and just after the last one run, on the same connection under the same lock: no other
   * change can come between, and no further connection is opened.
   */
  captureSchema?: boolean;
  /** Checked before each statement runs (the target boundary): a reason ends the run as FAILED at it. */
  refuse?: (statement: string) => string | undefined;
  /**
   * Keep the change's ledger on the target (see ledger.ts): then the ledger, not `from`, says
   * where to resume, and a statement interrupted with an unknowable outcome ends the run UNKNOWN.
   */
  ledger?: LedgerOptions;
}

export interface LedgerOptions {
  /** `ledgerKey(change, checksum, database)`. */
  key: string;
  /** A person's decision on the statement an earlier run left UNKNOWN: whether it took effect. */
  resolution?: { statement: number; applied: boolean };
}

/** With `captureSchema`: the schema before and after this call's statements. */
export interface CapturedSchema {
  schemaBefore?: string;
  /** Missing if the schema could not be read after the statements (the connection broke). */
  schemaAfter?: string;
}

/** `applied` counts every statement applied so far, those before `from` included. */
export type ApplyResult = CapturedSchema &
  (
    | { status: "DONE"; applied: number; durationMs: number }
    | { status: "CANCELED"; applied: number; durationMs: number }
    | {
        status: "FAILED";
        applied: number;
        /** 0-based index of the statement the server refused. */
        failedStatement: number;
        /** The server's words: `ER_TABLE_EXISTS_ERROR: Table 't' already exists`. */
        error: string;
        durationMs: number;
      }
    | {
        /** A statement was interrupted and its effect cannot be read back: a person decides. */
        status: "UNKNOWN";
        applied: number;
        /** 0-based index of the statement whose outcome is unknown. */
        statement: number;
        error: string;
        durationMs: number;
      }
  ) & {
    /** With a ledger: how many statements it said had taken effect before this run. */
    resumedFrom?: number;
  };

/**
 * Runs `statements[from…]` one by one on one connection to `database`, holding the database's
 * change lock (`changeLockName`) throughout. A statement the server refuses ends the run with
 * status FAILED and the server's error; the statements before it stay applied (DDL commits as it
 * goes), and a later call with `from` at the failed index resumes.
 *
 * Throws EngineError when the target cannot be reached or used, DatabaseBusyError when another
 * change holds the lock, and an EngineError too when the connection is lost mid-run: the
 * statement then running may or may not have been applied, which progress events cannot say.
 * `durationMs` runs from the call to the return, lock wait included. With `captureSchema` the
 * result carries the schema text before and after, read under the same lock.
 */
export async function applyStatements(
  target: ConnectionTarget,
  database: string,
  statements: readonly string[],
  options: ApplyOptions,
): Promise<ApplyResult> {
  const { from, onProgress, signal } = options;
  if (!Number.isInteger(from) || from < 0 || from > statements.length) {
    throw new RangeError(`from must be an index within the ${statements.length} statements, not ${from}`);
  }
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const inDatabase = { ...target, database };
  const connection = await openConnection(inDatabase);
  const lock = changeLockName(database);
  let locked = false;
  try {
    await takeLock(connection, lock, database, options.lockTimeoutSeconds ?? LOCK_TIMEOUT_SECONDS).catch(
      (err: unknown) => {
        throw engineError(err, inDatabase);
      },
    );
    locked = true;
    const readHere: SchemaReader = async (sql, values) =>
      (await connection.query<RowDataPacket[]>({ sql, values, timeout: QUERY_TIMEOUT_MS }))[0];
    const captured: CapturedSchema = {};
    /** The tables' create statements as read just now: the first statement's fingerprint needs no query of its own. */
    let tablesBefore: ReadonlyMap<string, string> | undefined;
    if (options.captureSchema) {
      const before = await readSchemaObjects(readHere, database).catch((err: unknown) => {
        throw engineError(err, inDatabase);
      });
      captured.schemaBefore = before.text;
      tablesBefore = before.tables;
    }
    const runStatements = async (): Promise<ApplyResult> => {
      if (options.ledger) {
        return runWithLedger(connection, inDatabase, statements, options, options.ledger, elapsed, tablesBefore);
      }
      for (let index = from; index < statements.length; index++) {
        if (signal?.aborted) return { status: "CANCELED", applied: index, durationMs: elapsed() };
        const text = statements[index];
        const refusal = options.refuse?.(text);
        if (refusal !== undefined) {
          return { status: "FAILED", applied: index, failedStatement: index, error: refusal, durationMs: elapsed() };
        }
        const statementStarted = performance.now();
        try {
          // No client-side timeout: an ALTER of a large table may rightly run for hours.
          await connection.query(text);
        } catch (err) {
          const refused = serverRefusal(err, target);
          if (refused === undefined) throw engineError(err, inDatabase);
          return { status: "FAILED", applied: index, failedStatement: index, error: refused, durationMs: elapsed() };
        }
        await onProgress({ kind: "applied", index, durationMs: performance.now() - statementStarted });
      }
      return { status: "DONE", applied: statements.length, durationMs: elapsed() };
    };
    const outcome = await runStatements();
    if (options.captureSchema) {
      // The outcome matters more than the text: a failed read leaves schemaAfter out.
      const after = await readSchema(readHere, database).catch(() => undefined);
      if (after !== undefined) captured.schemaAfter = after;
    }
    // The duration includes reading the schema afterwards.
    return { ...outcome, ...captured, durationMs: elapsed() };
  } finally {
    // Released explicitly so a waiting rollout proceeds even if closing the connection stalls.
    if (locked) await connection.query("SELECT RELEASE_LOCK(?)", [lock]).catch(() => undefined);
    await connection.end().catch(() => connection.destroy());
  }
}

/**
 * Servers, and the accounts on them, whose ledger this process has created or found, as
 * `host:port/user`: preparing it again would be two statements per target for nothing. An entry
 * is dropped when a run with the ledger fails, so a ledger dropped since is created again.
 */
const preparedLedgers = new Set<string>();

/**
 * The body of `applyStatements` with a ledger: reconcile with what the target recorded, replay
 * the session settings earlier statements made, then run each remaining statement so that its
 * effect and its ledger row commit together (ledger.ts says how, kind by kind).
 */
async function runWithLedger(
  connection: Connection,
  target: ConnectionTarget & { database: string },
  statements: readonly string[],
  options: ApplyOptions,
  ledger: LedgerOptions,
  elapsed: () => number,
  /** The target's tables' create statements, read on this connection just before: see fingerprintFrom. */
  tablesBefore?: ReadonlyMap<string, string>,
): Promise<ApplyResult> {
  const instance = `${target.host}:${target.port}/${target.username}`;
  try {
    return await runWithPreparedLedger(
      connection,
      target,
      statements,
      options,
      ledger,
      elapsed,
      instance,
      tablesBefore,
    );
  } catch (err) {
    preparedLedgers.delete(instance);
    throw err;
  }
}

async function runWithPreparedLedger(
  connection: Connection,
  target: ConnectionTarget & { database: string },
  statements: readonly string[],
  options: ApplyOptions,
  ledger: LedgerOptions,
  elapsed: () => number,
  instance: string,
  tablesBefore: ReadonlyMap<string, string> | undefined,
): Promise<ApplyResult> {
  const database = target.database;
  const key = ledger.key;
  /** A statement's schema fingerprint while nothing has run since it was read: its STARTED row can hold it. */
  let fingerprintNow: { index: number; value: string } | undefined;
  /** The capture's read of the tables, good until a statement of the change runs. */
  let readBefore = tablesBefore;
  const run = async (sql: string): Promise<void> => {
    fingerprintNow = undefined;
    readBefore = undefined;
    await connection.query(sql);
  };
  /** `text`'s schema fingerprint now: from the capture's read while nothing has run since, else asked of the server. */
  const fingerprint = async (text: string): Promise<string> =>
    (readBefore && fingerprintFrom(readBefore, database, text)) ?? schemaFingerprint(connection, database, text);
  // Annotated, so that a call to it ends the path for the type checker too.
  const unreachable: (err: unknown) => never = (err) => {
    throw engineError(err, target);
  };
  const prepare = async (): Promise<void> => {
    await prepareLedger(connection).catch((err: unknown) => {
      const code = errorCode(err) ?? "";
      if (/ACCESS_DENIED/.test(code)) {
        throw new EngineError(
          "QUERY_FAILED",
          `the instance's account may not keep Tidemark's ledger of applied statements: grant it ALL ON \`${LEDGER_DATABASE}\`.*`,
          code,
        );
      }
      unreachable(err);
    });
    preparedLedgers.add(instance);
  };
  const reconcile = async (): Promise<Map<number, LedgerRow>> => {
    if (ledger.resolution) {
      const { statement, applied } = ledger.resolution;
      await (applied ? markApplied(connection, key, [statement]) : forget(connection, key, statement));
    }
    return readLedger(connection, key);
  };
  let rows: Map<number, LedgerRow>;
  if (preparedLedgers.has(instance)) {
    rows = await reconcile().catch(async (err: unknown) => {
      // Dropped since, or the account's grant withdrawn: prepared as the first time, which says which.
      preparedLedgers.delete(instance);
      if (driverFailure(err).fatal === true) unreachable(err);
      await prepare();
      return reconcile().catch(unreachable);
    });
  } else {
    await prepare();
    rows = await reconcile().catch(unreachable);
  }
  let start = 0;
  while (rows.get(start)?.state === "APPLIED") start++;
  const resumedFrom = start;
  const left = rows.get(start);
  if (left && start < statements.length) {
    const now = left.fingerprint === null ? undefined : await fingerprint(statements[start]).catch(unreachable);
    if (now !== undefined) fingerprintNow = { index: start, value: now };
    if (now === undefined || now !== left.fingerprint) {
      const why =
        left.fingerprint === null
          ? "its effect cannot be read back from the database"
          : "the database's schema has changed since it started";
      return {
        status: "UNKNOWN",
        applied: start,
        statement: start,
        error: `statement ${start + 1} was interrupted and may have taken effect (${why}): check the database, then resolve the change saying whether it did`,
        durationMs: elapsed(),
        resumedFrom,
      };
    }
    // The catalog is as it was before the statement: it did not take effect.
    await forget(connection, key, start).catch(unreachable);
  }
  // Session settings made by statements already applied died with their connection.
  for (let i = 0; i < start; i++) {
    const text = statements[i];
    if (statementKind(text) === "session") await run(text).catch(unreachable);
  }

  /** The change's own transaction, when one is open: where it began, and its statements waiting for COMMIT. */
  let open: { begin: number; waiting: { index: number; durationMs: number }[] } | undefined;
  const refused = async (index: number, error: string): Promise<ApplyResult> => {
    let applied = index;
    if (open) {
      // A statement refused inside the change's transaction ends it: all of it rolls back, so a
      // rerun begins at its START TRANSACTION.
      await run("ROLLBACK").catch(unreachable);
      applied = open.begin;
      open = undefined;
    }
    return { status: "FAILED", applied, failedStatement: index, error, durationMs: elapsed(), resumedFrom };
  };

  for (let index = start; index < statements.length; index++) {
    if (options.signal?.aborted) {
      const applied = open ? open.begin : index;
      if (open) await run("ROLLBACK").catch(unreachable);
      return { status: "CANCELED", applied, durationMs: elapsed(), resumedFrom };
    }
    const text = statements[index];
    const refusal = options.refuse?.(text) ?? ledgerRefusal(text);
    if (refusal !== undefined) return refused(index, refusal);
    const kind = statementKind(text);
    const statementStarted = performance.now();
    let stage: "statement" | "record" = "statement";
    try {
      switch (kind) {
        case "data":
        case "read":
        case "session":
          if (open) {
            await run(text);
            stage = "record";
            await markApplied(connection, key, [index]);
          } else {
            if (kind === "data") await run("START TRANSACTION");
            await run(text);
            stage = "record";
            await markApplied(connection, key, [index]);
            if (kind === "data") await run("COMMIT");
          }
          break;
        case "begin":
          // A START TRANSACTION inside an open one commits it first, as the server does.
          if (open) await flush(open.waiting, options);
          await run(text);
          stage = "record";
          await markApplied(connection, key, [index]);
          open = { begin: index, waiting: [] };
          break;
        case "commit":
          stage = "record";
          await markApplied(connection, key, [index]);
          stage = "statement";
          await run(text);
          break;
        case "rollback": {
          await run(text);
          // What the transaction did is undone; its statements count as run, to no effect.
          const from = open ? open.begin : index;
          stage = "record";
          await markApplied(
            connection,
            key,
            Array.from({ length: index - from + 1 }, (_, i) => from + i),
          );
          break;
        }
        case "schema":
        case "opaque": {
          // The server commits an open transaction before DDL: its rows commit with it.
          stage = "record";
          const digest =
            kind !== "schema" ? null : fingerprintNow?.index === index ? fingerprintNow.value : await fingerprint(text);
          await markStarted(connection, key, index, digest);
          stage = "statement";
          await run(text);
          stage = "record";
          await markApplied(connection, key, [index]);
          break;
        }
      }
    } catch (err) {
      const refusedByServer = serverRefusal(err, target);
      if (refusedByServer === undefined || stage === "record") unreachable(err);
      if (kind === "data" && !open) await run("ROLLBACK").catch(unreachable);
      if (kind === "schema") await forget(connection, key, index).catch(unreachable);
      // An opaque statement keeps its STARTED row: what a refused CALL did before failing is for a person to judge.
      return refused(index, refusedByServer);
    }
    const durationMs = performance.now() - statementStarted;
    if (kind === "commit" || kind === "rollback" || ((kind === "schema" || kind === "opaque") && open)) {
      // The transaction ended (by COMMIT, ROLLBACK or the implicit commit of DDL): what waited is now known.
      if (open) {
        if (kind !== "rollback") await flush(open.waiting, options);
        open = undefined;
      }
      await options.onProgress({ kind: "applied", index, durationMs });
    } else if (open) {
      // Inside the change's transaction: reported once it commits.
      open.waiting.push({ index, durationMs });
    } else {
      await options.onProgress({ kind: "applied", index, durationMs });
    }
  }
  if (open) {
    // The change opened a transaction and never ended it: closing the session would roll it back.
    await run("ROLLBACK").catch(unreachable);
    return {
      status: "FAILED",
      applied: open.begin,
      failedStatement: open.begin,
      error: "the transaction this statement opens is never committed: end it with COMMIT",
      durationMs: elapsed(),
      resumedFrom,
    };
  }
  return { status: "DONE", applied: statements.length, durationMs: elapsed(), resumedFrom };
}

/** Reports the statements of a transaction that committed. */
async function flush(waiting: { index: number; durationMs: number }[], options: ApplyOptions): Promise<void> {
  for (const w of waiting) await options.onProgress({ kind: "applied", index: w.index, durationMs: w.durationMs });
  waiting.length = 0;
}

async function takeLock(connection: Connection, lock: string, database: string, timeoutSeconds: number): Promise<void> {
  const [rows] = await connection.query<RowDataPacket[]>({
    sql: "SELECT GET_LOCK(?, ?) AS locked",
    values: [lock, timeoutSeconds],
    timeout: timeoutSeconds * 1000 + QUERY_TIMEOUT_MS,
  });
  const locked = rows[0]?.locked;
  // 0: timed out; NULL: the wait was interrupted (KILL), which is as good as busy to the caller.
  if (locked === null || Number(locked) !== 1) throw new DatabaseBusyError(database, timeoutSeconds);
}

/** The fields mysql2 sets on a failure it reports; undefined for those a thrown value lacks. */
function driverFailure(err: unknown): { errno?: unknown; sqlMessage?: unknown; code?: unknown; fatal?: unknown } {
  if (typeof err !== "object" || err === null) return {};
  return {
    errno: "errno" in err ? err.errno : undefined,
    sqlMessage: "sqlMessage" in err ? err.sqlMessage : undefined,
    code: "code" in err ? err.code : undefined,
    fatal: "fatal" in err ? err.fatal : undefined,
  };
}

/**
 * The server's refusal of a statement, as `CODE: message`, or undefined when the failure is not
 * a refusal (the connection broke). The message is the server's own; should it echo the target's
 * password (a syntax error quotes the statement), that text is masked.
 */
function serverRefusal(err: unknown, target: ConnectionTarget): string | undefined {
  const { errno, sqlMessage, code, fatal } = driverFailure(err);
  if (fatal === true || typeof errno !== "number" || typeof sqlMessage !== "string") return undefined;
  const message = `${typeof code === "string" ? code : `error ${errno}`}: ${sqlMessage}`;
  return target.password ? message.split(target.password).join("***") : message;
}

// ---------------------------------------------------------------------------------------------
// Rolling out across databases.

/** Databases a rollout changes at once: enough to hide each one's round trips, few enough to spare the server. */
export const ROLLOUT_CONCURRENCY = 8;

/**
 * Runs `apply` for every target, at most `concurrency` at a time, and gives the results in the
 * targets' order. After a rejection no further target starts; those running finish, then the
 * first rejection is rethrown. (`applyStatements` reports a refused statement as a result, so a
 * rejection here means a target could not be used at all.)
 */
export async function rollOut<T, R>(
  targets: readonly T[],
  apply: (target: T, index: number) => Promise<R>,
  concurrency = ROLLOUT_CONCURRENCY,
): Promise<R[]> {
  const results: R[] = new Array<R>(targets.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < targets.length) {
      const index = next++;
      try {
        results[index] = await apply(targets[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), targets.length) }, worker));
  if (failure) throw failure.error;
  return results;
}

// ---------------------------------------------------------------------------------------------
// Estimating affected rows.

/** Whitespace and comments before a statement's first keyword (`/*!` comments are code, not noise). */
const LEADING_NOISE = /^(?:\s+|--[^\n]*(?:\n|$)|#[^\n]*(?:\n|$)|\/\*(?!!)[\s\S]*?\*\/)*/;
/** An INSERT or REPLACE whose rows come from a SELECT: the SELECT comes before any VALUES or SET. */
const INSERT_SELECT = /^(?:INSERT|REPLACE)\b(?:(?!\bVALUES?\b|\bSET\b)[\s\S])*?\bSELECT\b/i;

/** Whether a statement changes rows chosen by a query, which the optimiser can estimate. */
function isEstimable(statement: string): boolean {
  const text = statement.replace(LEADING_NOISE, "");
  return /^(?:UPDATE|DELETE)\b/i.test(text) || INSERT_SELECT.test(text);
}

/**
 * An estimate of the rows an UPDATE, DELETE or INSERT/REPLACE … SELECT touches, from `EXPLAIN`:
 * the largest `rows` (MySQL, MariaDB) or `estRows` (TiDB) of any step of the plan — the most rows
 * one step reads, an upper bound on the rows changed for a single-table statement. Not the sum,
 * which would add a subquery's lookups to the rows of the table they filter. A plan without any
 * row count (an impossible WHERE) touches 0 rows.
 *
 * Null for any other statement and when EXPLAIN fails (a syntax error, a missing table). The
 * statement itself never runs; the EXPLAIN runs in a transaction that is rolled back, in case
 * the optimiser evaluates a function with side effects while planning. Throws EngineError only
 * when the target cannot be reached.
 */
export async function estimateAffectedRows(
  target: ConnectionTarget,
  database: string,
  statement: string,
): Promise<number | null> {
  if (!isEstimable(statement)) return null;
  const connection = await openConnection({ ...target, database });
  try {
    await connection.query("START TRANSACTION");
    const [plan] = await connection.query<RowDataPacket[]>({ sql: `EXPLAIN ${statement}`, timeout: QUERY_TIMEOUT_MS });
    let most = 0;
    for (const step of plan) {
      const rows = Number(step.rows ?? step.estRows);
      if (Number.isFinite(rows) && rows > most) most = rows;
    }
    return Math.round(most);
  } catch {
    return null;
  } finally {
    await connection.query("ROLLBACK").catch(() => undefined);
    await connection.end().catch(() => connection.destroy());
  }
}
