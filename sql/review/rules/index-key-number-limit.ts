import { indexDefinitions, indexLabel } from "../ast";
import { numberPayloadSchema, type NumberPayload } from "../payloads";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition<NumberPayload> = {
  id: "index.key-number-limit",
  description:
    "Limits how many columns one index, unique or primary key may cover (payload `number`, default 5): wide " +
    "keys cost on every write and are seldom used in full.",
  defaultLevel: "WARNING",
  payloadSchema: numberPayloadSchema("Most columns one index may cover."),
  defaultPayload: { number: 5 },
  check(context, payload) {
    return indexDefinitions(context)
      .filter((i) => i.kind !== "foreign" && i.columns.length > payload.number)
      .map((i) => ({
        title: "Index has too many columns",
        content: `${indexLabel(i)} covers ${i.columns.length} columns; at most ${payload.number} are allowed.`,
        line: i.line,
      }));
  },
};

export default rule;
