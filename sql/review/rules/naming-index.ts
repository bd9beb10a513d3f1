import { indexNamingFindings, namingPayloadSchema, type NamingPayload } from "../naming";
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
    return indexNamingFindings(context, "index", "index", payload);
  },
};

export default rule;
