import { indexNamingFindings, namingPayloadSchema, type NamingPayload } from "../naming";
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
    return indexNamingFindings(context, "unique", "unique key", payload);
  },
};

export default rule;
