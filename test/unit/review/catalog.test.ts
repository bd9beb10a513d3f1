import fs from "node:fs";
import path from "node:path";
import { findRule, payloadProblem, RULES } from "../../../sql/review/catalog";
import type { RuleDefinition } from "../../../sql/review/types";

const rulesDir = path.resolve(__dirname, "../../../sql/review/rules");
const ruleFiles = fs.readdirSync(rulesDir).filter((f) => f.endsWith(".ts"));

describe("review rule catalog", () => {
  it("holds at least 25 rules with unique ids", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has a description and a default level", (_id, rule) => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(["ERROR", "WARNING"]).toContain(rule.defaultLevel);
    expect(rule.id).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has a default payload its own schema accepts", (_id, rule) => {
    expect(rule.payloadSchema === undefined).toBe(rule.defaultPayload === undefined);
    expect(payloadProblem(rule, rule.defaultPayload)).toBeUndefined();
  });

  it("lists every rule file, each named after its rule's id", () => {
    const fromFiles = ruleFiles.map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are only known at run time
      const rule = (require(path.join(rulesDir, file)) as { default: RuleDefinition }).default;
      expect(file).toBe(`${rule.id.replace(/\./g, "-")}.ts`);
      return rule;
    });
    expect(new Set(fromFiles)).toEqual(new Set(RULES));
  });

  it.each(RULES.map((r) => [r.id]))("%s has its own test file", (id) => {
    expect(fs.existsSync(path.join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it("finds rules by id and nothing else", () => {
    expect(findRule("table.require-pk")?.id).toBe("table.require-pk");
    expect(findRule("table.require-everything")).toBeUndefined();
  });

  it("says what is wrong with a payload that does not fit", () => {
    const rule = findRule("index.key-number-limit");
    expect(rule && payloadProblem(rule, { number: "five" })).toContain("must be integer");
    expect(rule && payloadProblem(rule, { numbr: 5 })).toContain("additional properties");
  });
});
