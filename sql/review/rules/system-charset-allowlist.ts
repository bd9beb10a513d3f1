import { columnDefinitions, kindOf, shapeOf } from "../ast";
import { executedStatements } from "../executed";
import { listPayloadSchema, type ListPayload } from "../payloads";
import type { Finding, RuleDefinition } from "../types";

const CHARSET_OPTIONS = new Set(["CHARSET", "DEFAULT CHARSET", "CONVERT"]);

const rule: RuleDefinition<ListPayload> = {
  id: "system.charset.allowlist",
  description:
    "Character sets a statement may name must be on a list (payload `list`, default utf8mb4): for databases, " +
    "tables, columns, and ALTER TABLE … CONVERT TO CHARACTER SET.",
  defaultLevel: "WARNING",
  payloadSchema: listPayloadSchema("Character sets allowed."),
  defaultPayload: { list: ["utf8mb4"] },
  check(context, payload) {
    const [, keyword] = kindOf(context);
    // Table options, ALTER TABLE … CONVERT TO, and CREATE or ALTER DATABASE options.
    const options = keyword === "table" || keyword === "database" ? (shapeOf(context)?.options ?? []) : [];
    const named: string[] = [
      ...options.filter((o) => CHARSET_OPTIONS.has(o.keyword)).map((o) => o.value),
      ...columnDefinitions(context).flatMap((c) => (c.charset ? [c.charset] : [])),
    ];
    return refused(named, payload);
  },
  checkText(normalised, _context, payload) {
    // For statements without the grammar's tree: CONVERT TO CHARACTER SET read from the words.
    const converted = executedStatements(normalised).flatMap((s) =>
      s[0]?.upper === "ALTER"
        ? s.flatMap((w, i) => {
            if (w.upper !== "CONVERT" || s[i + 1]?.upper !== "TO") return [];
            const at = s[i + 2]?.upper === "CHARSET" ? i + 3 : i + 4;
            return s[at] ? [s[at].text] : [];
          })
        : [],
    );
    return refused(converted, payload);
  },
};

function refused(charsets: string[], payload: ListPayload): Finding[] {
  const allowed = new Set(payload.list.map((c) => c.toLowerCase()));
  return charsets
    .filter((c) => c && !allowed.has(c.toLowerCase().replace(/^['"`]|['"`]$/g, "")))
    .map((c) => ({
      title: "Character set not allowed",
      content: `The statement uses character set ${c}; allowed are ${payload.list.join(", ")}.`,
    }));
}

export default rule;
