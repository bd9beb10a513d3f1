import { alterClauses, indexDefinitions, kindOf, shapeOf, subjectTable } from "../ast";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "table.require-pk",
  description:
    "Requires every new table to have a primary key by the end of the change (an ALTER TABLE … ADD PRIMARY KEY " +
    "later in the change counts), and refuses ALTER TABLE … DROP PRIMARY KEY unless the change adds another. " +
    "Temporary tables and CREATE TABLE … LIKE (which copies the key) are exempt.",
  defaultLevel: "ERROR",
  check(context) {
    const [type, keyword] = kindOf(context);
    const shape = shapeOf(context);
    const table = subjectTable(context);
    // A key added later in the change counts: the rule judges the schema the change leaves.
    const addsKey = (): boolean =>
      indexDefinitions(context).some((i) => i.kind === "primary") ||
      context.finalCatalog?.().primaryKey(table) !== undefined;
    if (type === "create" && keyword === "table" && shape && !shape.temporary && !shape.like && !addsKey()) {
      return [
        {
          title: "Table without a primary key",
          content: `Table ${table} has no primary key. Add one: replication, online schema changes and TiDB's clustered index all rely on it.`,
        },
      ];
    }
    const dropsKey = alterClauses(context).some((c) => c.action === "drop" && c.resource === "primary key");
    return dropsKey && !addsKey()
      ? [
          {
            title: "Primary key dropped",
            content: `The statement drops the primary key of ${table} without adding a new one in the same ALTER TABLE.`,
          },
        ]
      : [];
  },
};

export default rule;
