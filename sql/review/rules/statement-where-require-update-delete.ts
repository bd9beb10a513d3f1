import { kindOf, shapeOf } from "../ast";
import { executedStatements } from "../executed";
import { normalise } from "../tokens";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.where.require-update-delete",
  description:
    "Requires a WHERE clause on UPDATE and DELETE, single- and multi-table, in any spelling (WITH, TiDB BATCH, " +
    "EXPLAIN ANALYZE, stored-program bodies, PREPARE of a literal), including statements the parser cannot " +
    "read. A WHERE that stands only inside an executable comment does not count: a server may skip it.",
  defaultLevel: "ERROR",
  check(context) {
    const [type] = kindOf(context);
    if ((type !== "update" && type !== "delete") || shapeOf(context)?.where) return [];
    // The text path tells a WHERE the engine skips (in an executable comment) from none at all.
    const told = rule.checkText?.(normalise(context.statement.text), context, undefined) ?? [];
    return told.length > 0 ? told : [unfiltered(type.toUpperCase())];
  },
  checkText(normalised, context) {
    const plain = unfilteredVerbs(normalised);
    if (plain.length > 0) return plain.map((verb) => unfiltered(verb));
    // Without an executable comment the text reads the same with them dropped.
    if (!context.statement.text.includes("/*")) return [];
    // Version-gated (/*!99999 …*/), TiDB-only (/*T! …*/) and MariaDB-only (/*M! …*/) text may not run.
    return unfilteredVerbs(normalise(context.statement.text, "drop")).map((verb) => unfiltered(verb, true));
  },
};

function unfilteredVerbs(normalised: string): string[] {
  return executedStatements(normalised)
    .filter(([verb]) => verb?.upper === "UPDATE" || verb?.upper === "DELETE")
    .filter((s) => !s.some((w) => w.kind === "word" && w.upper === "WHERE" && w.depth === s[0]?.depth))
    .map(([verb]) => verb?.upper ?? "");
}

function unfiltered(verb: string, onlyInExecutableComment = false): Finding {
  return {
    title: `${verb} without WHERE`,
    content: onlyInExecutableComment
      ? `The ${verb}'s WHERE clause is inside an executable comment, which a server may skip; it would then ` +
        "change every row of the table. Write the WHERE as plain SQL."
      : `The ${verb} has no WHERE clause, so it changes every row of the table. Add a WHERE that selects the rows ` +
        "you mean; to touch every row on purpose, say so with an explicit condition such as WHERE id > 0.",
  };
}

export default rule;
