import { columnDefinitions } from "../ast";
import { commentPayloadSchema, type CommentPayload } from "../payloads";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition<CommentPayload> = {
  id: "column.comment",
  description:
    "Column comments: with `required` (default true) every column a statement defines needs a COMMENT; " +
    "`maxLength` (default 64, 0 for no limit) bounds its length.",
  defaultLevel: "WARNING",
  payloadSchema: commentPayloadSchema("Whether every column must have a comment."),
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
