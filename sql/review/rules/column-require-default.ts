import { baseType, columnDefinitions, primaryKeyColumns } from "../ast";
import type { RuleDefinition } from "../types";

/** Types that cannot take a literal DEFAULT in MySQL before 8.0.13 nor in TiDB. */
const NO_LITERAL_DEFAULT = /^(TINY|MEDIUM|LONG)?(TEXT|BLOB)$|^(JSON|GEOMETRY|POINT|LINESTRING|POLYGON)$/;

const rule: RuleDefinition = {
  id: "column.require-default",
  description:
    "Requires every new or redefined column to state its DEFAULT (DEFAULT NULL counts), so what a row gets " +
    "when an insert leaves the column out is written down. AUTO_INCREMENT, primary key, TEXT, BLOB, JSON and " +
    "spatial columns are exempt.",
  defaultLevel: "WARNING",
  check(context) {
    const keyColumns = primaryKeyColumns(context);
    return columnDefinitions(context)
      .filter((c) => c.defaultValue === "none" && !c.autoIncrement && !c.primaryKey)
      .filter((c) => !keyColumns.has(c.name.toLowerCase()) && !NO_LITERAL_DEFAULT.test(baseType(c.dataType)))
      .map((c) => ({
        title: "Column without DEFAULT",
        content: `State the DEFAULT of ${c.table}.${c.name} (DEFAULT NULL if none).`,
        line: c.line,
      }));
  },
};

export default rule;
