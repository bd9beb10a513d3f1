import { alterClauses, columnDefinitions, kindOf, shapeOf, subjectTable } from "../ast";
import { listPayloadSchema, type ListPayload } from "../payloads";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition<ListPayload> = {
  id: "column.required",
  description:
    "Requires every new table to have certain columns (payload `list`, default id, created_at, updated_at), " +
    "and refuses ALTER TABLE dropping or renaming them. Names compare without regard to case, as MySQL does.",
  defaultLevel: "WARNING",
  payloadSchema: listPayloadSchema("Column names every table must have."),
  defaultPayload: { list: ["id", "created_at", "updated_at"] },
  check(context, payload) {
    const required = new Map(payload.list.map((name) => [name.toLowerCase(), name]));
    const table = subjectTable(context);
    const [type, keyword] = kindOf(context);
    const findings: Finding[] = [];
    const shape = shapeOf(context);
    if (type === "create" && keyword === "table" && !shape?.like && !shape?.fromQuery) {
      const present = new Set(columnDefinitions(context).map((c) => c.name.toLowerCase()));
      const missing = [...required].filter(([key]) => !present.has(key)).map(([, name]) => name);
      if (missing.length > 0) {
        findings.push({
          title: "Required columns missing",
          content: `Table ${table} lacks ${missing.join(", ")}. Every table needs ${payload.list.join(", ")}.`,
        });
      }
    }
    for (const clause of alterClauses(context)) {
      const renamed = clause.action === "change" || (clause.action === "rename" && clause.resource === "column");
      const oldName = renamed ? clause.oldColumn : undefined;
      const newName = clause.column;
      const lost =
        clause.action === "drop" && clause.resource === "column"
          ? newName
          : oldName && oldName.toLowerCase() !== newName?.toLowerCase()
            ? oldName
            : undefined;
      if (lost && required.has(lost.toLowerCase())) {
        findings.push({
          title: "Required column removed",
          content: `The statement ${clause.action === "drop" ? "drops" : "renames"} ${table}.${lost}, which every table must have.`,
        });
      }
    }
    return findings;
  },
};

export default rule;
