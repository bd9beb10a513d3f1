import { createdObject, executedStatements, qualifiedNameAt } from "../executed";
import type { Finding, RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "table.disallow-create-or-replace",
  description:
    "Refuses MariaDB's CREATE OR REPLACE TABLE, in any spelling: when the table exists it is dropped with its rows " +
    "and created anew. Named with its row estimate when the schema has the table.",
  defaultLevel: "ERROR",
  check() {
    return [];
  },
  checkText(normalised, context) {
    return executedStatements(normalised)
      .filter((s) => s[1]?.upper === "OR" && s[2]?.upper === "REPLACE" && createdObject(s) === "TABLE")
      .map((s): Finding => {
        const at = s.findIndex((w) => w.upper === "TABLE");
        const table = qualifiedNameAt(s, at + 1);
        const rows = context.catalog?.rowEstimate(table);
        const exists = context.catalog?.table(table) !== undefined;
        return {
          title: "CREATE OR REPLACE TABLE",
          content:
            (exists
              ? `Table ${table} exists${rows === undefined ? "" : ` (about ${rows} rows)`}: CREATE OR REPLACE drops it with every row. `
              : `If ${table} exists, CREATE OR REPLACE drops it with every row. `) +
            "Use CREATE TABLE (which fails on an existing table) or ALTER TABLE.",
        };
      });
  },
};

export default rule;
