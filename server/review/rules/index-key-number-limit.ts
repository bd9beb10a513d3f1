import { indexDefinitions } from "../ast";
import type { RuleDefinition } from "../types";

interface Payload {
  number: number;
}

const rule: RuleDefinition<Payload> = {
  id: "index.key-number-limit",
  description:
    "Limits how many columns one index, unique or primary key may cover (payload `number`, default 5): wide " +
    "keys cost on every write and are seldom used in full.",
  defaultLevel: "WARNING",
  payloadSchema: {
    type: "object",
    additionalProperties: false,
    properties: { number: { type: "integer", minimum: 1, description: "Most columns one index may cover." } },
  },
  defaultPayload: { number: 5 },
  check(context, payload) {
    return indexDefinitions(context)
      .filter((i) => i.kind !== "foreign" && i.columns.length > payload.number)
      .map((i) => ({
        title: "Index has too many columns",
        content: `${i.name ? `Index ${i.name}` : `An index on ${i.table}`} covers ${i.columns.length} columns; at most ${payload.number} are allowed.`,
        line: i.line,
      }));
  },
};

export default rule;
