import { kindOf, shapeOf } from "../ast";
import type { RuleDefinition } from "../types";

interface Payload {
  format: string;
}

const rule: RuleDefinition<Payload> = {
  id: "table.drop-naming-convention",
  description:
    "Only lets DROP TABLE drop tables whose name matches a pattern (payload `format`, a regular expression, " +
    "default `_del$`): a table is first renamed to mark it for deletion, then dropped in a later change.",
  defaultLevel: "ERROR",
  payloadSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      format: { type: "string", minLength: 1, description: "Regular expression the dropped table's name must match." },
    },
  },
  defaultPayload: { format: "_del$" },
  check(context, payload) {
    const [type, keyword] = kindOf(context);
    // DROP TEMPORARY TABLE drops only the session's own table: nothing to mark first.
    if (type !== "drop" || keyword !== "table" || shapeOf(context)?.temporary) return [];
    const pattern = new RegExp(payload.format);
    return (shapeOf(context)?.names ?? [])
      .map((ref) => ref.name)
      .filter((name) => !pattern.test(name))
      .map((name) => ({
        title: "Table not marked for deletion",
        content: `Table ${name} does not match ${payload.format}. Rename it to a matching name in one change and drop it in a later one.`,
      }));
  },
};

export default rule;
