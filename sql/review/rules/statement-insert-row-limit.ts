import { kindOf, shapeOf } from "../ast";
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
    const rows = shapeOf(context)?.insert?.rows;
    if ((type !== "insert" && type !== "replace") || rows === undefined) return [];
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
