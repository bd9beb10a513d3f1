import { createdObject, executedStatements } from "../executed";
import { words } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "tidb.unsupported-statement",
  description:
    "On TiDB, refuses what TiDB does not run: stored procedures, functions, triggers and events, and SPATIAL " +
    "indexes. The statement would fail on the target.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised, context) {
    if (context.engine !== "TIDB") return [];
    const findings: Finding[] = [];
    const head = words(normalised);
    for (const s of [head, ...executedStatements(normalised).filter((s) => text(s) !== text(head))]) {
      const object = createdObject(s);
      const spatial = (s[0]?.upper === "CREATE" || s[0]?.upper === "ALTER") && s.some((w) => w.upper === "SPATIAL");
      const what =
        object && ["PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"].includes(object)
          ? `CREATE ${object}`
          : spatial
            ? "a SPATIAL index"
            : undefined;
      if (what)
        findings.push({
          title: "Not supported by TiDB",
          content: `TiDB does not support ${what}; the statement would fail on the target.`,
        });
    }
    return findings;
  },
};

function text(statement: readonly { text: string }[]): string {
  return statement.map((w) => w.text).join(" ");
}

export default rule;
