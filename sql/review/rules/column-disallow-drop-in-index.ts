import { alterClauses, subjectTable } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "column.disallow-drop-in-index",
  description:
    "Refuses dropping a column that an index or the primary key holds, read from the target's schema and the " +
    "change's earlier statements: the index shrinks or goes, and with a primary-key column the rows lose their identity.",
  defaultLevel: "ERROR",
  check(context) {
    const table = subjectTable(context);
    const schema = context.catalog?.table(table);
    if (!schema) return [];
    const findings: Finding[] = [];
    for (const clause of alterClauses(context)) {
      if (clause.action !== "drop" || clause.resource !== "column" || !clause.column) continue;
      const column = clause.column;
      const holders = schema.indexes.filter((i) => i.columns.some((c) => c.toLowerCase() === column.toLowerCase()));
      if (holders.length === 0) continue;
      const primary = holders.some((i) => i.primary);
      findings.push({
        title: primary ? "Primary-key column dropped" : "Indexed column dropped",
        content: primary
          ? `The statement drops ${table}.${column}, a column of the primary key: the key changes or goes, and ` +
            "replication, online schema changes and TiDB's clustered index rely on it. Define the new key first."
          : `The statement drops ${table}.${column}, which ${holders.map((i) => `index ${i.name}`).join(", ")} ` +
            "holds: queries that use the index slow down or fail. Drop the index in its own reviewed step first.",
      });
    }
    return findings;
  },
};

export default rule;
