import { alterTableText, executedStatements, nameList } from "../executed";
import type { Word } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

// Each clause takes a partition's rows out of the table at once: no WHERE, and no rollback brings
// them back. REORGANIZE, COALESCE, REMOVE PARTITIONING and PARTITION BY move rows between
// partitions but keep every one (the server refuses a layout a row does not fit), so they pass.
const REMOVES_ROWS: Record<string, { next: string[]; says: string }> = {
  DROP: { next: ["PARTITION"], says: "drops" },
  EXCHANGE: { next: ["PARTITION"], says: "swaps out" },
  // MariaDB's CONVERT PARTITION p TO TABLE t2 moves the rows into a table of their own.
  CONVERT: { next: ["PARTITION"], says: "moves out" },
  // TiDB's FIRST PARTITION LESS THAN (v) drops every partition below v.
  FIRST: { next: ["PARTITION", "LESS"], says: "drops" },
};

const rule: RuleDefinition = {
  id: "table.disallow-drop-partition",
  description:
    "Refuses ALTER TABLE … DROP PARTITION, EXCHANGE PARTITION, MariaDB's CONVERT PARTITION … TO TABLE and " +
    "TiDB's FIRST PARTITION LESS THAN, in any spelling and on statements the parser cannot read: each takes a " +
    "partition's rows out of the table at once.",
  defaultLevel: "ERROR",
  check() {
    return []; // checkText does the work, on every statement alike.
  },
  checkText(normalised) {
    const findings: Finding[] = [];
    for (const statement of executedStatements(normalised)) {
      const alter = alterTableText(statement);
      if (!alter) continue;
      // Partition clauses follow the others without a comma, so any word may start one.
      const words = alter.clauses.flatMap((clause, i) => (i === 0 ? clause : [COMMA, ...clause]));
      words.forEach((word, i) => {
        const removes = word.kind === "word" ? REMOVES_ROWS[word.upper] : undefined;
        if (!removes?.next.every((w, j) => words[i + 1 + j]?.upper === w)) return;
        const names = word.upper === "FIRST" ? [] : partitionNames(words.slice(i + 2));
        const which = names.length > 0 ? `partition ${names.join(", ")}` : "partitions";
        findings.push({
          title: "Removing a partition's rows is not allowed",
          content:
            `The statement ${removes.says} ${which} of ${alter.table} with every row in it, at once and beyond ` +
            "any rollback. Delete the rows you mean with DELETE … WHERE, in batches if there are many, and drop " +
            "the emptied partition in a change reviewed for that, outside the protected default.",
        });
      });
    }
    return findings;
  },
};

const COMMA = { kind: "symbol", text: ",", upper: ",", depth: 0, line: 0 } as const satisfies Word;

/** Words that end a list of partitions' names: the next clause, or what follows the names. */
const NOT_NAMES = new Set([
  "ADD",
  "DROP",
  "MODIFY",
  "CHANGE",
  "ALTER",
  "RENAME",
  "ALGORITHM",
  "LOCK",
  "WITH",
  "TO",
  "ALL",
]);

/** `[IF EXISTS] p0, p1`, up to the next clause or what follows the names. */
function partitionNames(words: readonly Word[]): string[] {
  return nameList(words[0]?.upper === "IF" && words[1]?.upper === "EXISTS" ? words.slice(2) : words, NOT_NAMES);
}

export default rule;
