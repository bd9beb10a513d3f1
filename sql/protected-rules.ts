// The review a protected environment gets when nothing says otherwise: one list, read by the
// server's built-in config and by the CDKTF constructs' default, so neither protects less.

/**
 * Every statement whose effect destroys data or breaks readers, at ERROR: dropping or emptying a
 * database, table, partition or column; discarding a tablespace; renaming a table or column; UPDATE or DELETE on every row (no WHERE,
 * or one that always holds); an engine that keeps no rows; CREATE OR REPLACE of a table; and a
 * statement nothing could read, since in a protected environment nothing should run unread.
 */
export const PROTECTED_RULES = [
  { id: "statement.disallow-drop-database", level: "ERROR" },
  { id: "statement.disallow-drop-table", level: "ERROR" },
  { id: "statement.disallow-truncate", level: "ERROR" },
  { id: "statement.where.require-update-delete", level: "ERROR" },
  { id: "statement.where.disallow-always-true", level: "ERROR" },
  { id: "column.disallow-drop", level: "ERROR" },
  { id: "column.disallow-rename", level: "ERROR" },
  { id: "table.disallow-rename", level: "ERROR" },
  { id: "table.disallow-engine-without-rows", level: "ERROR" },
  { id: "table.disallow-drop-partition", level: "ERROR" },
  { id: "table.disallow-discard-tablespace", level: "ERROR" },
  { id: "table.disallow-create-or-replace", level: "ERROR" },
  { id: "statement.parse-error", level: "ERROR" },
] as const satisfies readonly { id: string; level: "ERROR" }[];
