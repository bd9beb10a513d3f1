import { kindOf, shapeOf, tableName } from "../ast";
import { executedStatements, nameList } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-drop-table",
  description:
    "Refuses DROP TABLE in any spelling (case, comments, backticks, schema-qualified and listed names, " +
    "IF EXISTS, executable comments, stored-program bodies), including statements the parser cannot read. " +
    "DROP TEMPORARY TABLE is allowed: it cannot drop a permanent table.",
  defaultLevel: "ERROR",
  check(context) {
    const [type, keyword] = kindOf(context);
    const shape = shapeOf(context);
    if (type !== "drop" || keyword !== "table" || shape?.temporary) return [];
    return [dropTable((shape?.names ?? []).map(tableName))];
  },
  checkText(normalised) {
    return executedStatements(normalised)
      .filter((s) => s[0]?.upper === "DROP" && (s[1]?.upper === "TABLE" || s[1]?.upper === "TABLES"))
      .map((s) => dropTable(nameList(s.slice(s[2]?.upper === "IF" ? 4 : 2), new Set(["RESTRICT", "CASCADE"]))));
  },
};

function dropTable(names: string[]): Finding {
  return {
    title: "DROP TABLE is not allowed",
    content:
      `The statement drops ${names.join(", ") || "a table"} with all its rows, which no rollback restores. ` +
      "Rename the table instead (for example to a name ending in _del) and drop it later, once nothing reads it.",
  };
}

export default rule;
