import { baseType, columnDefinitions } from "../ast";
import { numberPayloadSchema, type NumberPayload } from "../payloads";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<NumberPayload> = {
  id: "column.maximum-varchar-length",
  description:
    "Limits VARCHAR lengths (payload `number`, default 2560): longer values belong in TEXT, and long VARCHARs " +
    "inflate the memory every row read takes.",
  defaultLevel: "WARNING",
  payloadSchema: numberPayloadSchema("Longest VARCHAR allowed, in characters."),
  defaultPayload: { number: 2560 },
  check(context, payload) {
    return columnDefinitions(context)
      .filter((c) => baseType(c.dataType) === "VARCHAR" && (c.length ?? 0) > payload.number)
      .map((c) => ({
        title: "VARCHAR too long",
        content: `Column ${c.table}.${c.name} is VARCHAR(${c.length}); at most VARCHAR(${payload.number}) is allowed. Use TEXT for longer values.`,
        line: c.line,
      }));
  },
};

export default rule;
