import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "tidb.tiflash-replica-change",
  description:
    "On TiDB, flags SET TIFLASH REPLICA on a table or database: a new replica copies the data into TiFlash, and " +
    "0 removes the replicas analytical queries read.",
  defaultLevel: "WARNING",
  readsGrammar: true,
  check(context) {
    const extension = context.parsed.extension;
    const replicas = extension?.labels.replicas;
    if (context.engine !== "TIDB" || replicas === undefined) return [];
    const what = extension?.labels.table ?? extension?.labels.database ?? "the tables";
    return [
      Number(replicas) === 0
        ? {
            title: "TiFlash replicas removed",
            content: `SET TIFLASH REPLICA 0 removes the TiFlash replicas of ${what}: queries that read them fall back to TiKV.`,
          }
        : {
            title: "TiFlash replicas changed",
            content: `The statement sets ${replicas} TiFlash replica(s) of ${what}: TiFlash copies the data, which loads the cluster until it is done.`,
          },
    ];
  },
};

export default rule;
