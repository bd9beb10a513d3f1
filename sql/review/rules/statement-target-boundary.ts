import { checkTargetBoundary } from "../boundary";
import type { RuleDefinition } from "../types";

const rule: RuleDefinition = {
  id: "statement.target-boundary",
  description:
    "Refuses a statement that reaches past its target database: a name qualified by another database in any " +
    "position (tables, views, routines called, a trigger's table, LIKE, INSERT … SELECT, joins, subqueries, RENAME, " +
    "view and stored-program bodies; backticked, ANSI-quoted or differing from the target only by case), USE of " +
    "another database, CREATE/ALTER/DROP of another database, any name in mysql, performance_schema or sys, dynamic " +
    "SQL it cannot read (PREPARE … FROM a variable, EXECUTE IMMEDIATE of an expression), and statements that act on " +
    "the whole instance, on server files or on other servers. Reads of information_schema are allowed. Databases a " +
    "workspace admin lists in the project's crossDatabaseAccess may be named. Always ERROR, in every environment and " +
    "whatever enforceSqlReview says: a review config cannot lower or disable it (a level set for it is ignored).",
  defaultLevel: "ERROR",
  locked: true,
  check: () => [],
  checkText(_normalised, context) {
    return context.boundary ? checkTargetBoundary(context.statement, context.boundary) : [];
  },
};

export default rule;
