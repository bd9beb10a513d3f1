import { indexDefinitions } from "../ast";
import { namingPayloadSchema, namingProblem, type NamingPayload } from "../naming";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<NamingPayload> = {
  id: "naming.index",
  description:
    "Names of ordinary (non-unique) indexes must match a pattern (payload `format`, default " +
    "`^idx_{{table}}_{{column_list}}$`, where {{table}} is the table and {{column_list}} its columns joined by _) " +
    "and a length (`maxLength`, default 64). An index without a name is reported too: the server would name it.",
  defaultLevel: "WARNING",
  payloadSchema: namingPayloadSchema,
  defaultPayload: { format: "^idx_{{table}}_{{column_list}}$", maxLength: 64 },
  check(context, payload) {
    return indexDefinitions(context)
      .filter((i) => i.kind === "index")
      .flatMap((i) => {
        const problem =
          i.name === undefined ? "has no name" : namingProblem(i.name, payload, { table: i.table, columns: i.columns });
        const subject =
          i.name === undefined ? `The index on ${i.table} (${i.columns.join(", ")})` : `Index name ${i.name}`;
        return problem
          ? [{ title: "Index name breaks the convention", content: `${subject} ${problem}.`, line: i.line }]
          : [];
      });
  },
};

export default rule;
