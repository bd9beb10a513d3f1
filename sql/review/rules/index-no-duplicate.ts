import { indexDefinitions, indexLabel } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "index.no-duplicate",
  description:
    "Flags an index whose columns, in order, are those of another index of the table — in the same statement or " +
    "in the schema (as synced, with the change's earlier statements applied): it costs writes and space for nothing.",
  defaultLevel: "WARNING",
  check(context) {
    const findings: Finding[] = [];
    const seen: { table: string; name: string; columns: string }[] = [];
    for (const index of indexDefinitions(context)) {
      if (index.kind === "foreign") continue;
      const columns = index.columns.map((c) => c.toLowerCase()).join(",");
      const existing = (context.catalog?.table(index.table)?.indexes ?? []).map((i) => ({
        table: index.table,
        name: i.name,
        columns: i.columns.map((c) => c.toLowerCase()).join(","),
      }));
      const twin = [...existing, ...seen].find(
        (other) => other.table.toLowerCase() === index.table.toLowerCase() && other.columns === columns,
      );
      if (twin)
        findings.push({
          title: "Duplicate index",
          content: `${indexLabel(index)} has the columns of index ${twin.name} (${index.columns.join(", ")}). Drop one of them.`,
          line: index.line,
        });
      seen.push({ table: index.table, name: index.name ?? index.columns[0] ?? "", columns });
    }
    return findings;
  },
};

export default rule;
