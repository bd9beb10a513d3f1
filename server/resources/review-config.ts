import type { Router } from "express";
import type { ServerContext } from "../context";
import { ApiError } from "../http/errors";
import { newEtag } from "../http/resource";
import type { RouteTable } from "../http/routes";
import { resourceSchema } from "../http/schemas";
import { standardRoutes } from "../http/standard";
import { findRule, payloadProblem } from "../../sql/review/catalog";
import type { ConfiguredRule } from "../../sql/review/types";
import type { ReviewConfig as ReviewConfigRow } from "../store/generated/sqlite/client";
import { isAnything, isArrayOf, isOneOf, isShaped, isString, readJson } from "../store/json";
import {
  REVIEW_CONFIG_RULE_LEVEL_VALUES,
  type ReviewConfigRule,
  type ReviewConfigRuleLevel,
} from "../../schema/generated/types";

export const reviewConfigSchema = resourceSchema("reviewConfig");

interface RuleEntry {
  id: string;
  level: ReviewConfigRuleLevel;
  payload: string;
}

const isRuleEntry = isShaped<RuleEntry>({
  id: isString,
  level: isOneOf(REVIEW_CONFIG_RULE_LEVEL_VALUES),
  payload: isString,
});

/** A config's rules as checkRules stored them. */
const storedRules = (row: { rules: string }): RuleEntry[] =>
  readJson(row.rules, isArrayOf(isRuleEntry), "ReviewConfig.rules");

export interface ReviewConfig {
  name: string;
  title: string;
  rules: RuleEntry[];
  etag: string;
  createTime: string;
  updateTime: string;
}

export const reviewConfigName = (id: string): string => (id ? `reviewConfigs/${id}` : "");
export const reviewConfigId = (name: unknown): string =>
  typeof name === "string" ? name.replace(/^reviewConfigs\//, "") : "";

function toReviewConfig(row: ReviewConfigRow): ReviewConfig {
  return {
    name: reviewConfigName(row.id),
    title: row.title,
    rules: storedRules(row),
    etag: row.etag,
    createTime: row.createTime.toISOString(),
    updateTime: row.updateTime.toISOString(),
  };
}

/** Every rule must exist, once, and its payload must be JSON the rule accepts. */
function checkRules(rules: ReviewConfigRule[]): string {
  const seen = new Set<string>();
  for (const [i, rule] of rules.entries()) {
    if (seen.has(rule.id)) throw ApiError.invalid(`rules[${i}].id`, `${rule.id} is listed twice`);
    seen.add(rule.id);
    const known = findRule(rule.id);
    if (!known) throw ApiError.invalid(`rules[${i}].id`, `${rule.id} is not a rule Tidemark knows`);
    if (rule.payload) {
      let payload: unknown;
      try {
        payload = JSON.parse(rule.payload);
      } catch {
        throw ApiError.invalid(`rules[${i}].payload`, "must be JSON text");
      }
      const problem = payloadProblem(known, payload);
      if (problem) throw ApiError.invalid(`rules[${i}].payload`, problem);
    }
  }
  // Kept in the order given: clients (Terraform) compare the list as they wrote it.
  return JSON.stringify(rules.map((r) => ({ id: r.id, level: r.level, payload: r.payload ?? "" })));
}

/** A config's rules as the reviewer takes them. */
export function configuredRules(row: { rules: string }): ConfiguredRule[] {
  return storedRules(row).map((r) => ({
    id: r.id,
    level: r.level,
    ...(r.payload ? { payload: readJson(r.payload, isAnything, "ReviewConfig.rules") } : {}),
  }));
}

/** Refuses a reference to a review config that does not exist (400 on `reviewConfig`). */
export async function requireReviewConfig(ctx: ServerContext, name: unknown): Promise<void> {
  const id = reviewConfigId(name);
  if (id && !(await ctx.store.client.reviewConfig.findUnique({ where: { id } }))) {
    throw ApiError.invalid("reviewConfig", `reviewConfigs/${id} does not exist`);
  }
}

export function reviewConfigRoutes(ctx: ServerContext, routes: RouteTable): Router {
  const api = routes.router();
  const db = ctx.store.client;
  standardRoutes(api, {
    schema: reviewConfigSchema,
    noun: "review config",
    toResource: toReviewConfig,
    find: (id) => db.reviewConfig.findUnique({ where: { id } }),
    page: (after, take) =>
      db.reviewConfig.findMany({
        where: after === undefined ? {} : { id: { gt: after } },
        orderBy: { id: "asc" },
        take,
      }),
    create: async (id, input) => {
      const rules = checkRules(input.rules);
      await db.reviewConfig.create({ data: { id, title: input.title, rules, etag: newEtag() } });
    },
    update: async (current, merged) => {
      const rules = checkRules(merged.rules);
      const data = { title: merged.title, rules, etag: newEtag() };
      return (await db.reviewConfig.updateMany({ where: { id: current.id, etag: current.etag }, data })).count > 0;
    },
    remove: async (current) => {
      const users =
        (await db.environment.count({ where: { reviewConfigId: current.id } })) +
        (await db.project.count({ where: { reviewConfigId: current.id } }));
      if (users > 0) {
        throw ApiError.failedPrecondition(
          `${reviewConfigName(current.id)} is attached to ${users} environment(s) or project(s): detach it first`,
        );
      }
      return (await db.reviewConfig.deleteMany({ where: { id: current.id, etag: current.etag } })).count > 0;
    },
  });
  return api.express;
}
