import { executedStatements, qualifiedNameAt } from "../executed";
import { unquote } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

interface AffectedRowPayload {
  maxRows: number;
}

const rule: RuleDefinition<AffectedRowPayload> = {
  id: "statement.affected-row-limit",
  description:
    "Flags UPDATE and DELETE that may touch more rows than a limit (payload `maxRows`, default 1,000): the table's " +
    "row estimate from the synced schema is over it and the WHERE does not pin the primary key to values.",
  defaultLevel: "WARNING",
  payloadSchema: {
    type: "object",
    additionalProperties: false,
    properties: { maxRows: { type: "integer", minimum: 1, description: "Most rows one statement may change." } },
  },
  defaultPayload: { maxRows: 1000 },
  check() {
    return [];
  },
  checkText(normalised, context, payload) {
    const findings: Finding[] = [];
    for (const s of executedStatements(normalised)) {
      if (s[0]?.upper !== "UPDATE" && s[0]?.upper !== "DELETE") continue;
      let i = 1;
      while (["LOW_PRIORITY", "QUICK", "IGNORE", "FROM"].includes(s[i]?.upper ?? "")) i++;
      const table = qualifiedNameAt(s, i);
      const rows = context.catalog?.rowEstimate(table);
      if (rows === undefined || rows <= payload.maxRows) continue;
      const key = context.catalog?.primaryKey(table)?.columns.map((c) => c.toLowerCase()) ?? [];
      const where = s.findIndex((w) => w.upper === "WHERE" && w.depth === s[0]!.depth);
      const pinned =
        where >= 0 &&
        key.length > 0 &&
        key.every((column) =>
          s.some(
            (w, j) =>
              j > where &&
              unquote(w.text).toLowerCase() === column &&
              (s[j + 1]?.text === "=" || s[j + 1]?.upper === "IN"),
          ),
        );
      if (pinned) continue;
      findings.push({
        title: "May change too many rows",
        content: `${table} holds about ${rows} rows and the ${s[0].upper} does not pin its primary key, so it may change more than ${payload.maxRows}. Narrow the WHERE, or change the rows in batches.`,
      });
    }
    return findings;
  },
};

export default rule;
