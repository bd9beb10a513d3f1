import { alterClauses, columnDefinitions, lineOf } from "../ast";
import { namingPayloadSchema, namingProblem, type NamingPayload } from "../naming";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition<NamingPayload> = {
  id: "naming.column",
  description:
    "Column names must match a pattern (payload `format`, default lower snake_case) and a length (payload " +
    "`maxLength`, default 64), checked on CREATE TABLE and ALTER TABLE ADD, CHANGE and RENAME COLUMN.",
  defaultLevel: "WARNING",
  payloadSchema: namingPayloadSchema,
  defaultPayload: { format: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", maxLength: 64 },
  check(context, payload) {
    const columns = columnDefinitions(context)
      .filter((c) => c.action !== "modify")
      .map((c) => ({ name: c.name, line: c.line }));
    for (const clause of alterClauses(context)) {
      if (clause.action === "rename" && clause.resource === "column" && clause.column) {
        columns.push({ name: clause.column, line: lineOf(context, clause.offset) });
      }
    }
    return columns.flatMap(({ name, line }): Finding[] => {
      const problem = namingProblem(name, payload);
      return problem
        ? [{ title: "Column name breaks the convention", content: `Column name ${name} ${problem}.`, line }]
        : [];
    });
  },
};

export default rule;
