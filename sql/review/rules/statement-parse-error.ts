import type { RuleDefinition } from "../types";

/**
 * Not a check: the reviewer itself reports statements the parser cannot read under this id, so
 * a config can set the level of that report. It is ERROR when a config does not mention it, and
 * a config that disables it still gets a WARNING: an unread statement is never a silent pass.
 */
const rule: RuleDefinition = {
  id: "statement.parse-error",
  description:
    "Reports statements Tidemark's SQL parser cannot read: rules that need the parsed statement did not run " +
    "on them, only the checks that read a statement's text did. ERROR unless configured; DISABLED still warns.",
  defaultLevel: "ERROR",
  readsGrammar: true,
  check() {
    return [];
  },
};

export default rule;
