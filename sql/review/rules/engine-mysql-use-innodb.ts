import { tableOptions } from "../ast";
import { unquote } from "../tokens";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "engine.mysql.use-innodb",
  description:
    "On MySQL and MariaDB, tables must use InnoDB (ENGINE in CREATE TABLE and ALTER TABLE): other engines " +
    "lack transactions or crash safety. TiDB ignores ENGINE, so the rule does not apply there.",
  defaultLevel: "ERROR",
  check(context) {
    if (context.engine === "TIDB") return [];
    const engines = tableOptions(context)
      .filter((o) => o.keyword === "ENGINE")
      .map((o) => unquote(o.value));
    return engines
      .filter((engine) => engine.toUpperCase() !== "INNODB")
      .map((engine) => ({ title: "Storage engine is not InnoDB", content: `Use ENGINE=InnoDB instead of ${engine}.` }));
  },
};

export default rule;
