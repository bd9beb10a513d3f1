import { kindOf, shapeOf, subjectTable, tableOptions } from "../ast";
import { stringValue } from "../tokens";
import { commentPayloadSchema, type CommentPayload } from "../payloads";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition<CommentPayload> = {
  id: "table.comment",
  description:
    "Table comments: with `required` (default true) every CREATE TABLE needs a COMMENT; `maxLength` " +
    "(default 64, 0 for no limit) bounds its length, also when ALTER TABLE sets it.",
  defaultLevel: "WARNING",
  payloadSchema: commentPayloadSchema("Whether a new table must have a comment."),
  defaultPayload: { required: true, maxLength: 64 },
  check(context, payload) {
    const [type, keyword] = kindOf(context);
    const table = subjectTable(context);
    const comments = tableOptions(context)
      .filter((o) => o.keyword === "COMMENT")
      .map((o) => stringValue(o.value));
    const findings: Finding[] = [];
    const creates = type === "create" && keyword === "table" && !shapeOf(context)?.like;
    if (creates && payload.required && comments.length === 0) {
      findings.push({
        title: "Table without comment",
        content: `Add COMMENT '…' to table ${table} saying what it holds.`,
      });
    }
    for (const comment of comments) {
      if (payload.maxLength > 0 && [...comment].length > payload.maxLength) {
        findings.push({
          title: "Table comment too long",
          content: `The comment of table ${table} has ${[...comment].length} characters; at most ${payload.maxLength} are allowed.`,
        });
      }
    }
    return findings;
  },
};

export default rule;
