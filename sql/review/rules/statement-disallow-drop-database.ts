import { kindOf, shapeOf } from "../ast";
import { executedStatements, nameList } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-drop-database",
  description:
    "Refuses DROP DATABASE and DROP SCHEMA in any spelling (case, comments, backticks, executable comments, " +
    "stored-program bodies), including statements the parser cannot read.",
  defaultLevel: "ERROR",
  check(context) {
    const [type, keyword] = kindOf(context);
    if (type !== "drop" || (keyword !== "database" && keyword !== "schema")) return [];
    return [dropDatabase(shapeOf(context)?.database ?? "")];
  },
  checkText(normalised) {
    return executedStatements(normalised)
      .filter((s) => s[0]?.upper === "DROP" && (s[1]?.upper === "DATABASE" || s[1]?.upper === "SCHEMA"))
      .map((s) => dropDatabase(nameList(s.slice(s[2]?.upper === "IF" ? 4 : 2))[0] ?? ""));
  },
};

function dropDatabase(name: string): Finding {
  return {
    title: "DROP DATABASE is not allowed",
    content:
      `The statement drops database ${name || "(unnamed)"} with every table and row in it, which no rollback ` +
      "restores. Remove the statement, or drop the database outside Tidemark after taking a backup.",
  };
}

export default rule;
