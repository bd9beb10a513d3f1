import { alterClauses, kindOf, renamedTables, subjectTable } from "../ast";
import { namingPayloadSchema, namingProblem, type NamingPayload } from "../naming";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<NamingPayload> = {
  id: "naming.table",
  description:
    "Table names must match a pattern (payload `format`, default lower snake_case) and a length (payload " +
    "`maxLength`, default 64), checked on CREATE TABLE, RENAME TABLE and ALTER TABLE … RENAME TO.",
  defaultLevel: "WARNING",
  payloadSchema: namingPayloadSchema,
  defaultPayload: { format: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", maxLength: 64 },
  check(context, payload) {
    const [type, keyword] = kindOf(context);
    const names: string[] = [];
    if (type === "create" && keyword === "table") names.push(subjectTable(context));
    names.push(...renamedTables(context).map((pair) => pair.to.replace(/^.*\./, "")));
    for (const clause of alterClauses(context)) {
      if (clause.action === "rename" && clause.resource === "table") names.push(clause.name ?? "");
    }
    return names.flatMap((name) => {
      const problem = namingProblem(name, payload);
      return problem ? [{ title: "Table name breaks the convention", content: `Table name ${name} ${problem}.` }] : [];
    });
  },
};

export default rule;
