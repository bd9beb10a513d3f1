import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

/** Engines that keep no rows, or none past a restart. */
const ROWLESS = new Set(["BLACKHOLE", "MEMORY", "HEAP"]);

const rule: RuleDefinition = {
  id: "table.disallow-engine-without-rows",
  description:
    "Refuses ENGINE=BLACKHOLE, MEMORY or HEAP in CREATE and ALTER TABLE, in any spelling: ALTER TABLE … " +
    "ENGINE=BLACKHOLE discards every row of the table at once, and MEMORY loses them at the next restart.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised, context) {
    const findings: Finding[] = [];
    for (const s of executedStatements(normalised)) {
      if (s[0]?.upper !== "CREATE" && s[0]?.upper !== "ALTER") continue;
      const at = s.findIndex(
        (w, i) =>
          w.upper === "ENGINE" &&
          w.depth === s[0]!.depth &&
          ROWLESS.has((s[i + 1]?.text === "=" ? s[i + 2] : s[i + 1])?.text.replace(/`/g, "").toUpperCase() ?? ""),
      );
      if (at < 0) continue;
      const engine = (s[at + 1]?.text === "=" ? s[at + 2] : s[at + 1])!.text.replace(/`/g, "").toUpperCase();
      const tableAt = s.findIndex((w) => w.upper === "TABLE");
      const table = tableAt >= 0 ? (s[tableAt + 1]?.text ?? "") : "";
      const rows = context.catalog?.rowEstimate(table);
      findings.push({
        title: `ENGINE=${engine} keeps no rows`,
        content:
          s[0].upper === "ALTER"
            ? `Converting ${table}${rows === undefined ? "" : ` (about ${rows} rows)`} to ${engine} discards its rows${engine === "BLACKHOLE" ? " at once" : " at the next restart"}. Keep InnoDB.`
            : `A ${engine} table loses what is written to it${engine === "BLACKHOLE" ? " at once" : " at the next restart"}. Use InnoDB.`,
      });
    }
    return findings;
  },
};

export default rule;
