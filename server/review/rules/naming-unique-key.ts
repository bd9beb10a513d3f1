import { indexDefinitions } from "../ast";
import { namingPayloadSchema, namingProblem, type NamingPayload } from "../naming";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<NamingPayload> = {
  id: "naming.unique-key",
  description:
    "Names of unique keys must match a pattern (payload `format`, default `^uk_{{table}}_{{column_list}}$`) " +
    "and a length (`maxLength`, default 64). A unique key without a name, such as a column's own UNIQUE, is " +
    "reported too.",
  defaultLevel: "WARNING",
  payloadSchema: namingPayloadSchema,
  defaultPayload: { format: "^uk_{{table}}_{{column_list}}$", maxLength: 64 },
  check(context, payload) {
    return indexDefinitions(context)
      .filter((i) => i.kind === "unique")
      .flatMap((i) => {
        const problem =
          i.name === undefined ? "has no name" : namingProblem(i.name, payload, { table: i.table, columns: i.columns });
        const subject =
          i.name === undefined ? `The unique key on ${i.table} (${i.columns.join(", ")})` : `Unique key name ${i.name}`;
        return problem
          ? [{ title: "Unique key name breaks the convention", content: `${subject} ${problem}.`, line: i.line }]
          : [];
      });
  },
};

export default rule;
