import { columnDefinitions, kindOf, primaryKeyColumns, subjectTable } from "../ast";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "tidb.suggest-auto-random",
  description:
    "On TiDB, suggests AUTO_RANDOM for a BIGINT AUTO_INCREMENT primary key: consecutive keys put every insert on " +
    "one TiKV region, a write hotspot; AUTO_RANDOM spreads them.",
  defaultLevel: "WARNING",
  check(context) {
    const [type, keyword] = kindOf(context);
    if (context.engine !== "TIDB" || type !== "create" || keyword !== "table") return [];
    const keys = primaryKeyColumns(context);
    return columnDefinitions(context)
      .filter((c) => c.autoIncrement && c.dataType === "BIGINT" && (c.primaryKey || keys.has(c.name.toLowerCase())))
      .map((c): Finding => ({
        title: "AUTO_RANDOM suggested",
        content: `${subjectTable(context)}.${c.name} is a BIGINT AUTO_INCREMENT primary key: on a write-heavy table every insert lands on one region. Declare it BIGINT AUTO_RANDOM PRIMARY KEY instead.`,
        line: c.line,
      }));
  },
};

export default rule;
