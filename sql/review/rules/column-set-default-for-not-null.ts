import { baseType, columnDefinitions, primaryKeyColumns } from "../ast";
import type { RuleDefinition } from "../types";

/** Types that cannot take a literal DEFAULT in MySQL before 8.0.13 nor in TiDB. */
const NO_LITERAL_DEFAULT = /^(TINY|MEDIUM|LONG)?(TEXT|BLOB)$|^(JSON|GEOMETRY|POINT|LINESTRING|POLYGON)$/;

const rule: RuleDefinition = {
  id: "column.set-default-for-not-null",
  description:
    "Requires NOT NULL columns to have a DEFAULT, so inserts that omit them and ALTER TABLE on tables with " +
    "rows keep working. AUTO_INCREMENT, primary key, TEXT, BLOB, JSON and spatial columns are exempt.",
  defaultLevel: "WARNING",
  check(context) {
    const keyColumns = primaryKeyColumns(context);
    return columnDefinitions(context)
      .filter((c) => c.nullability === "NOT NULL" && c.defaultValue === "none" && !c.autoIncrement)
      .filter((c) => !keyColumns.has(c.name.toLowerCase()) && !NO_LITERAL_DEFAULT.test(baseType(c.dataType)))
      .map((c) => ({
        title: "NOT NULL column without DEFAULT",
        content: `Give ${c.table}.${c.name} a DEFAULT value.`,
        line: c.line,
      }));
  },
};

export default rule;
