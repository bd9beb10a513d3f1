import type { Finding, RuleDefinition } from "../types";

const POLICY_STATEMENTS = new Set([
  "create-placement-policy",
  "alter-placement-policy",
  "drop-placement-policy",
  "alter-range",
  "alter-database-placement",
  "alter-table-tidb",
]);

const rule: RuleDefinition = {
  id: "tidb.placement-change",
  description:
    "On TiDB, flags placement changes — CREATE, ALTER and DROP PLACEMENT POLICY, ALTER RANGE, and PLACEMENT POLICY " +
    "on a database, table or partition: they move data between regions and stores, with cost and latency effects.",
  defaultLevel: "WARNING",
  readsGrammar: true,
  check(context) {
    if (context.engine !== "TIDB") return [];
    const { extension, clauses } = context.parsed;
    const policy =
      (extension &&
        POLICY_STATEMENTS.has(extension.name) &&
        (extension.name !== "alter-table-tidb" || extension.labels.policy)) ||
      clauses.some((c) => c.name === "placement-policy");
    if (!policy) return [];
    const name = extension?.labels.policy;
    return [
      {
        title: "Placement change",
        content: `The statement changes data placement${name ? ` (policy ${name})` : ""}: TiDB moves the affected regions to other stores. Check the cost and the latency for readers, and plan it outside peak hours.`,
      } satisfies Finding,
    ];
  },
};

export default rule;
