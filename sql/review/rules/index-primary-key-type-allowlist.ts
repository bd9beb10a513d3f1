import { baseType, columnDefinitions, indexDefinitions } from "../ast";
import { listPayloadSchema, type ListPayload } from "../payloads";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<ListPayload> = {
  id: "index.primary-key-type-allowlist",
  description:
    "Primary key columns must have a type on a list (payload `list`, default INT and BIGINT). Checked where " +
    "the statement itself defines the key's columns.",
  defaultLevel: "WARNING",
  payloadSchema: listPayloadSchema("Types primary key columns may have."),
  defaultPayload: { list: ["INT", "BIGINT"] },
  check(context, payload) {
    const allowed = new Set(payload.list.map(baseType));
    const columns = new Map(columnDefinitions(context).map((c) => [c.name.toLowerCase(), c]));
    return indexDefinitions(context)
      .filter((i) => i.kind === "primary")
      .flatMap((i) => i.columns.flatMap((name) => columns.get(name.toLowerCase()) ?? []))
      .filter((c) => !allowed.has(baseType(c.dataType)))
      .map((c) => ({
        title: "Primary key column type not allowed",
        content: `Primary key column ${c.table}.${c.name} is ${c.dataType}; allowed types are ${payload.list.join(", ")}.`,
        line: c.line,
      }));
  },
};

export default rule;
