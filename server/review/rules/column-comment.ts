import { columnDefinitions } from "../ast";
import type { Finding, RuleDefinition } from "../types";

interface Payload {
  required: boolean;
  maxLength: number;
}

const rule: RuleDefinition<Payload> = {
  id: "column.comment",
  description:
    "Column comments: with `required` (default true) every column a statement defines needs a COMMENT; " +
    "`maxLength` (default 64, 0 for no limit) bounds its length.",
  defaultLevel: "WARNING",
  payloadSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      required: { type: "boolean", description: "Whether every column must have a comment." },
      maxLength: {
        type: "integer",
        minimum: 0,
        description: "Longest comment allowed, in characters; 0 for no limit.",
      },
    },
  },
  defaultPayload: { required: true, maxLength: 64 },
  check(context, payload) {
    const findings: Finding[] = [];
    for (const column of columnDefinitions(context)) {
      const name = `${column.table}.${column.name}`;
      if (column.comment === undefined && payload.required) {
        findings.push({ title: "Column without comment", content: `Add COMMENT '…' to ${name}.`, line: column.line });
      }
      const length = [...(column.comment ?? "")].length;
      if (payload.maxLength > 0 && length > payload.maxLength) {
        findings.push({
          title: "Column comment too long",
          content: `The comment of ${name} has ${length} characters; at most ${payload.maxLength} are allowed.`,
          line: column.line,
        });
      }
    }
    return findings;
  },
};

export default rule;
