import { kindOf, root } from "../ast";
import { executedStatements } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.where.require-update-delete",
  description:
    "Requires a WHERE clause on UPDATE and DELETE, single- and multi-table, in any spelling (WITH, TiDB BATCH, " +
    "EXPLAIN ANALYZE, stored-program bodies), including statements the parser cannot read.",
  defaultLevel: "ERROR",
  check(context) {
    const [type] = kindOf(context);
    if ((type !== "update" && type !== "delete") || root(context)?.where) return [];
    return [unfiltered(type.toUpperCase())];
  },
  checkText(normalised) {
    return executedStatements(normalised)
      .filter(([verb]) => verb?.upper === "UPDATE" || verb?.upper === "DELETE")
      .filter((s) => !s.some((w) => w.kind === "word" && w.upper === "WHERE" && w.depth === s[0].depth))
      .map(([verb]) => unfiltered(verb.upper));
  },
};

function unfiltered(verb: string): Finding {
  return {
    title: `${verb} without WHERE`,
    content:
      `The ${verb} has no WHERE clause, so it changes every row of the table. Add a WHERE that selects the rows ` +
      "you mean; to touch every row on purpose, say so with an explicit condition such as WHERE id > 0.",
  };
}

export default rule;
