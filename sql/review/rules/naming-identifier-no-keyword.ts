import { columnDefinitions, kindOf, subjectTable } from "../ast";
import type { Finding, RuleDefinition } from "../types";

/** Reserved words of MySQL 8.0 and TiDB that are most often chosen as names (MySQL's keyword list, reserved ones). */
const RESERVED = new Set(
  (
    "ADD ALL ALTER ANALYZE AND AS ASC BETWEEN BY CALL CASCADE CASE CHANGE CHECK COLUMN CONDITION CONSTRAINT " +
    "CONVERT CREATE CROSS CUBE CURRENT_DATE CURRENT_TIME CURRENT_USER DATABASE DEFAULT DELETE DESC DESCRIBE " +
    "DISTINCT DIV DROP EACH ELSE EXISTS EXPLAIN FALSE FETCH FOR FOREIGN FROM FUNCTION GRANT GROUP GROUPS HAVING " +
    "IF IGNORE IN INDEX INSERT INTERVAL INTO IS JOIN KEY KEYS KILL LEAD LEFT LIKE LIMIT LOCK MATCH NATURAL NOT " +
    "NULL OF ON OPTION OR ORDER OUT OVER PARTITION PRIMARY RANGE RANK READ REFERENCES RELEASE RENAME REPEAT " +
    "REPLACE REQUIRE RETURN REVOKE RIGHT ROW ROWS SCHEMA SELECT SET SHOW SYSTEM TABLE THEN TO TRIGGER TRUE " +
    "UNION UNIQUE UPDATE USAGE USE USING VALUES WHEN WHERE WINDOW WITH WRITE"
  ).split(" "),
);

const rule: RuleDefinition = {
  id: "naming.identifier-no-keyword",
  description:
    "Refuses table and column names that are reserved words (ORDER, GROUP, KEY, RANK…): every query must quote " +
    "them, and one that forgets fails.",
  defaultLevel: "WARNING",
  check(context) {
    const [type, keyword] = kindOf(context);
    const names: string[] = columnDefinitions(context).map((c) => c.name);
    if (type === "create" && keyword === "table") names.unshift(subjectTable(context));
    return names
      .filter((name) => RESERVED.has(name.toUpperCase()))
      .map((name): Finding => ({
        title: "Name is a reserved word",
        content: `${name} is a reserved word; choose another name.`,
      }));
  },
};

export default rule;
