import { baseType, columnDefinitions, indexDefinitions, indexLabel } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const LOB_TYPES = new Set([
  "TINYBLOB",
  "BLOB",
  "MEDIUMBLOB",
  "LONGBLOB",
  "TINYTEXT",
  "TEXT",
  "MEDIUMTEXT",
  "LONGTEXT",
  "JSON",
]);

const rule: RuleDefinition = {
  id: "index.type-no-blob",
  description:
    "Refuses indexes (primary key and unique included) on BLOB, TEXT and JSON columns, read from the statement " +
    "and the schema: they need a prefix length, and a key on them is slow and large.",
  defaultLevel: "WARNING",
  check(context) {
    const defined = new Map(columnDefinitions(context).map((c) => [c.name.toLowerCase(), baseType(c.dataType)]));
    const typeOf = (table: string, column: string): string | undefined =>
      defined.get(column.toLowerCase()) ??
      (context.catalog?.column(table, column)?.type
        ? baseType(context.catalog.column(table, column)!.type.split(" ")[0]!)
        : undefined);
    const findings: Finding[] = [];
    for (const index of indexDefinitions(context)) {
      if (index.kind === "foreign" || index.kind === "fulltext") continue;
      for (const column of index.columns) {
        const type = typeOf(index.table, column);
        if (type && LOB_TYPES.has(type))
          findings.push({
            title: "Index on a BLOB or TEXT column",
            content: `${indexLabel(index)} covers ${column}, a ${type} column. Index a fixed-length column (a hash of the value, for example) instead.`,
            line: index.line,
          });
      }
    }
    return findings;
  },
};

export default rule;
