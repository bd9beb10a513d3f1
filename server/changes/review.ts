// Which rules a change is reviewed against, and the checks it gets when created.
import type { ServerContext } from "../context";
import { estimateAffectedRows } from "../engine/execute";
import { readTables, type TableMetadata } from "../engine/introspect";
import type { DatabaseSchema } from "../../sql/catalog";
import { configuredRules } from "../resources/review-config";
import { adminTarget } from "../resources/data-source";
import { crossDatabaseAccessOf, projectName } from "../resources/project";
import { BUILTIN_PROTECTED_RULES, PARSE_ERROR_RULE, type ReviewTarget } from "../../sql/review/review";
import type { KeptReview } from "../review/worker";
import type { TargetBoundary } from "../../sql/review/boundary";
import { chunks } from "../store/chunks";
import {
  isArrayOf,
  isNullable,
  isNumber,
  isOneOf,
  isRecordOf,
  isShaped,
  isString,
  readJson,
  storedValue,
} from "../store/json";
import { ENGINES } from "../../sql/engine";
import { CHANGE_ADVICE_LEVEL_VALUES } from "../../schema/generated/types";
import type { Advice, ConfiguredLevel, ConfiguredRule, Engine } from "../../sql/review/types";

/** One target database, with what its review and rollout need to know. */
export interface Target {
  name: string;
  instanceId: string;
  databaseName: string;
  engine: Engine;
  environmentId: string;
  environmentOrder: number;
  protected: boolean;
  reviewConfigId: string;
}

export interface TargetCheck {
  target: string;
  advices: Advice[];
  summary: Record<string, number>;
  /**
   * Rows the UPDATE and DELETE statements would touch, by the engine's estimate; null when it
   * cannot say, and for a change of more than MAX_ESTIMATED_STATEMENTS statements.
   */
  affectedRows: number | null;
}

const isAdvice = isShaped<Advice>({
  rule: isString,
  level: isOneOf(CHANGE_ADVICE_LEVEL_VALUES),
  title: isString,
  content: isString,
  line: isNumber,
  statementIndex: isNumber,
  statement: isString,
});

const isTargetCheck = isShaped<TargetCheck>({
  target: isString,
  advices: isArrayOf(isAdvice),
  summary: isRecordOf(isNumber),
  affectedRows: isNullable(isNumber),
});

/** A change's checks as its creation stored them. */
export const readChecks = (text: string): TargetCheck[] => readJson(text, isArrayOf(isTargetCheck), "Change.checks");

const isEngine = isOneOf(ENGINES);

/** An instance's engine as the store holds it, held to the engines review reads. */
export function engineOf(value: string): Engine {
  return storedValue(value, isEngine, "Instance.engine");
}

const STRICTNESS: Record<ConfiguredLevel, number> = { DISABLED: 0, WARNING: 1, ERROR: 2 };

/** Estimates take a round trip to the target per statement: a bigger change is not estimated. */
export const MAX_ESTIMATED_STATEMENTS = 1000;

/** Several configs as one: a rule configured twice takes its stricter level. */
export function mergeRules(...sets: ConfiguredRule[][]): ConfiguredRule[] {
  const byId = new Map<string, ConfiguredRule>();
  for (const rule of sets.flat()) {
    const before = byId.get(rule.id);
    if (!before || STRICTNESS[rule.level] > STRICTNESS[before.level]) byId.set(rule.id, rule);
  }
  return [...byId.values()];
}

/**
 * The rules for one target: its environment's config (the built-in safety config when a
 * protected environment has none) and the project's.
 */
export async function rulesFor(
  load: (reviewConfigId: string) => Promise<ConfiguredRule[]>,
  target: Target,
  projectReviewConfigId: string,
): Promise<ConfiguredRule[]> {
  const environmentRules = target.reviewConfigId
    ? await load(target.reviewConfigId)
    : target.protected
      ? BUILTIN_PROTECTED_RULES
      : [];
  return mergeRules(environmentRules, await load(projectReviewConfigId));
}

/**
 * The databases of `instanceId` a project's crossDatabaseAccess lets a change on that instance
 * name besides its target; names on other instances say nothing about this one.
 */
export function allowedDatabases(crossDatabaseAccess: readonly string[], instanceId: string): Set<string> {
  const prefix = `instances/${instanceId}/databases/`;
  return new Set(crossDatabaseAccess.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)));
}

/** An instance's databases, each with the name of the project it belongs to ("" for none): the target boundary's owners. */
export async function databaseOwners(ctx: ServerContext, instanceId: string): Promise<Map<string, string>> {
  const rows = await ctx.store.client.database.findMany({
    where: { instanceId },
    select: { name: true, projectId: true },
  });
  return new Map(rows.map((r) => [r.name, r.projectId ? projectName(r.projectId) : ""]));
}

/** A project's crossDatabaseAccess as it stands now; none for a project that is gone. */
export async function crossDatabaseAccessFor(ctx: ServerContext, projectId: string): Promise<string[]> {
  const row = await ctx.store.client.project.findUnique({
    where: { id: projectId },
    select: { crossDatabaseAccess: true },
  });
  return row ? crossDatabaseAccessOf(row) : [];
}

/** Reviews the SQL for every target and estimates what UPDATE and DELETE would touch. */
export async function checkChange(
  ctx: ServerContext,
  sql: string,
  targets: Target[],
  projectReviewConfigId: string,
  project: string,
): Promise<TargetCheck[]> {
  const db = ctx.store.client;
  const crossDatabaseAccess = await crossDatabaseAccessFor(ctx, project.replace(/^projects\//, ""));
  // Each instance's databases and their owners, for the boundary's messages: read once per instance.
  const owners = new Map<string, Promise<Map<string, string>>>();
  const ownersOf = (instanceId: string): Promise<Map<string, string>> => {
    let found = owners.get(instanceId);
    if (!found) {
      found = databaseOwners(ctx, instanceId);
      owners.set(instanceId, found);
    }
    return found;
  };
  // Targets share configs: each is read once per check, not once per target.
  const configs = new Map<string, Promise<ConfiguredRule[]>>();
  const loadConfig = (id: string): Promise<ConfiguredRule[]> => {
    let rules = configs.get(id);
    if (!rules) {
      rules = id
        ? db.reviewConfig.findUnique({ where: { id } }).then((row) => (row ? configuredRules(row) : []))
        : Promise.resolve([]);
      configs.set(id, rules);
    }
    return rules;
  };
  // What each target's review needs: its rules, its boundary, and the schema from its last sync.
  const schemas = await targetSchemas(ctx, targets);
  const inputs: { target: Target; key: string; review: ReviewTarget }[] = [];
  for (const target of targets) {
    const configured = await rulesFor(loadConfig, target, projectReviewConfigId);
    // With no config at all nothing blocks, but a statement the parser cannot read is still said.
    const rules = configured.length > 0 ? configured : [{ id: PARSE_ERROR_RULE, level: "WARNING" as const }];
    const boundary: TargetBoundary = {
      database: target.databaseName,
      engine: target.engine,
      instance: `instances/${target.instanceId}`,
      project,
      allowed: allowedDatabases(crossDatabaseAccess, target.instanceId),
      owners: await ownersOf(target.instanceId),
    };
    // The boundary is the target's own, so each target database is reviewed once per rule set.
    const key = `${target.engine}\u0000${target.instanceId}\u0000${target.databaseName}\u0000${JSON.stringify(rules)}`;
    inputs.push({ target, key, review: { rules, boundary, schema: schemas.get(target.name) } });
  }
  // One worker call per engine, off the main thread: the SQL is split and parsed once for all
  // of its targets, and a big change does not stall other requests.
  const reviews = new Map<string, KeptReview>();
  for (const engine of new Set(inputs.map((i) => i.target.engine))) {
    const distinct = new Map<string, ReviewTarget>();
    for (const i of inputs) if (i.target.engine === engine && !distinct.has(i.key)) distinct.set(i.key, i.review);
    const answers = await ctx.review.run("reviewTargets", MAX_ESTIMATED_STATEMENTS, sql, engine, [
      ...distinct.values(),
    ]);
    [...distinct.keys()].forEach((key, n) => {
      const answer = answers[n];
      if (answer) reviews.set(key, answer);
    });
  }
  const checks: TargetCheck[] = [];
  for (const { target, key } of inputs) {
    const review = reviews.get(key);
    if (!review) throw new Error(`no review came back for ${target.name}`);
    let affectedRows: number | null = null;
    // Statements come back only for a change small enough to estimate.
    const wantsEstimate =
      review.statements !== undefined &&
      (review.summary.UPDATE ?? 0) + (review.summary.DELETE ?? 0) + (review.summary.INSERT ?? 0) > 0;
    const instance = wantsEstimate ? await db.instance.findUnique({ where: { id: target.instanceId } }) : null;
    if (instance) {
      const connection = adminTarget(ctx, instance);
      for (const statement of review.statements ?? []) {
        // Null for statements the engine cannot estimate (DDL) or a target it cannot reach.
        const rows = await estimateAffectedRows(connection, target.databaseName, statement.text).catch(() => null);
        if (rows !== null) affectedRows = (affectedRows ?? 0) + rows;
      }
    }
    checks.push({ target: target.name, advices: review.advices, summary: review.summary, affectedRows });
  }
  return checks;
}

/**
 * Each target's schema as the reviewer reads it (sql/catalog.ts): its tables from the last sync,
 * columns and indexes, by target name, in one store read per chunk of targets. A database never
 * synced has none, so no rule takes an empty schema for a real one.
 */
async function targetSchemas(ctx: ServerContext, targets: Target[]): Promise<Map<string, DatabaseSchema>> {
  const rows = [];
  for (const slice of chunks(targets)) {
    rows.push(
      ...(await ctx.store.client.database.findMany({
        where: { OR: slice.map((t) => ({ instanceId: t.instanceId, name: t.databaseName })) },
        select: { instanceId: true, name: true, metadata: true },
      })),
    );
  }
  const out = new Map<string, DatabaseSchema>();
  for (const row of rows) {
    const tables = readTables(row.metadata);
    if (tables) out.set(`instances/${row.instanceId}/databases/${row.name}`, reviewSchema(tables));
  }
  return out;
}

/** A database's tables as introspection reads them, as the reviewer's catalog takes them. */
export function reviewSchema(tables: readonly TableMetadata[]): DatabaseSchema {
  return {
    tables: tables
      .filter((t) => t.type === "TABLE")
      .map((t) => ({
        name: t.name,
        columns: t.columns.map((c) => ({
          name: c.name,
          type: c.type,
          nullable: c.nullable,
          // An AUTO_INCREMENT column fills itself, as the catalog reads one from a statement.
          hasDefault: c.default !== null || /DEFAULT_GENERATED|auto_increment/i.test(c.extra),
          autoIncrement: /auto_increment/i.test(c.extra),
        })),
        indexes: t.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique, primary: i.primary })),
      })),
  };
}
