import { baseType, columnDefinitions } from "../ast";
import { listPayloadSchema, type ListPayload } from "../payloads";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<ListPayload> = {
  id: "column.type-disallow-list",
  description:
    "Disallows column types on a list (payload `list`, default FLOAT and DOUBLE, which round silently; store " +
    "amounts as DECIMAL). Lengths and synonyms are ignored: INTEGER(11) counts as INT.",
  defaultLevel: "WARNING",
  payloadSchema: listPayloadSchema("Type names columns may not use."),
  defaultPayload: { list: ["FLOAT", "DOUBLE"] },
  check(context, payload) {
    const disallowed = new Set(payload.list.map(baseType));
    return columnDefinitions(context)
      .filter((c) => disallowed.has(baseType(c.dataType)))
      .map((c) => ({
        title: `Column type ${baseType(c.dataType)} is not allowed`,
        content: `Column ${c.table}.${c.name} uses ${c.dataType}; choose a type not in ${payload.list.join(", ")}.`,
        line: c.line,
      }));
  },
};

export default rule;
