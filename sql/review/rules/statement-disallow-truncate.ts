import { alterClauses, kindOf, shapeOf, tableName } from "../ast";
import { executedStatements, nameList, qualifiedNameAt } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.disallow-truncate",
  description:
    "Refuses TRUNCATE [TABLE] and ALTER TABLE … TRUNCATE PARTITION in any spelling, including statements the " +
    "parser cannot read: they delete every row at once, without a WHERE and without undo.",
  defaultLevel: "ERROR",
  check(context) {
    const [type] = kindOf(context);
    const shape = shapeOf(context);
    if (type === "truncate") return [truncate((shape?.names ?? []).map(tableName))];
    const partitions = alterClauses(context).filter((c) => c.action === "truncate");
    return partitions.length > 0 ? [truncate([tableName(shape?.table)], "partitions of ")] : [];
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const s of executedStatements(normalised)) {
      const [verb, next, after] = s;
      // TRUNCATE is also a function, TRUNCATE(x, d), and not a reserved word.
      if (verb?.upper === "TRUNCATE" && next && next.text !== "(" && after?.text !== "(") {
        findings.push(truncate(nameList(s.slice(next.upper === "TABLE" ? 2 : 1))));
      } else if (
        verb?.upper === "ALTER" &&
        s.some((w, i) => w.upper === "TRUNCATE" && s[i + 1]?.upper === "PARTITION")
      ) {
        const table = s.findIndex((w) => w.upper === "TABLE");
        findings.push(truncate([qualifiedNameAt(s, table + 1)], "partitions of "));
      }
    }
    return findings;
  },
};

function truncate(names: string[], what = ""): Finding {
  return {
    title: "TRUNCATE is not allowed",
    content:
      `The statement empties ${what}${names.join(", ") || "a table"} at once, which no rollback restores. ` +
      "Delete the rows you mean with DELETE … WHERE, in batches if there are many.",
  };
}

export default rule;
