import { isNode, kindOf, nodeList, root } from "../ast";
import { numberPayloadSchema, type NumberPayload } from "../payloads";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<NumberPayload> = {
  id: "statement.insert.row-limit",
  description:
    "Limits the rows one INSERT or REPLACE … VALUES may carry (payload `number`, default 1000): very large " +
    "multi-row inserts hold locks and replicate as one long transaction.",
  defaultLevel: "WARNING",
  payloadSchema: numberPayloadSchema("Most rows one statement may insert."),
  defaultPayload: { number: 1000 },
  check(context, payload) {
    const [type] = kindOf(context);
    const values = root(context)?.values;
    if ((type !== "insert" && type !== "replace") || !isNode(values) || values.type !== "values") return [];
    const rows = nodeList(values.values).length;
    return rows > payload.number
      ? [
          {
            title: "Too many rows in one INSERT",
            content: `The statement inserts ${rows} rows; at most ${payload.number} are allowed. Split it into several statements.`,
          },
        ]
      : [];
  },
};

export default rule;
