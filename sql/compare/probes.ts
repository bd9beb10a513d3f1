// Statements whose trees show whether a candidate gives what the review rules and the schema
// catalog need; `npm run compare -- --trees` prints each candidate's tree for each.
export const TREE_PROBES: { question: string; sql: string }[] = [
  {
    question: "qualified table name, column types, nullability, defaults, a named index, locations",
    sql: "CREATE TABLE shop.orders (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, note VARCHAR(20) NULL DEFAULT 'x', PRIMARY KEY (id), KEY idx_note (note))",
  },
  {
    question: "ALTER TABLE sub-actions, each on its own",
    sql: "ALTER TABLE shop.orders ADD COLUMN total DECIMAL(10,2) NOT NULL DEFAULT 0, DROP COLUMN note, RENAME COLUMN id TO order_id, ALGORITHM=INPLACE, LOCK=NONE",
  },
  {
    question: "stored-program body as statements",
    sql: "CREATE PROCEDURE shop.purge_orders(IN days INT) BEGIN DELETE FROM shop.orders WHERE created < NOW() - INTERVAL days DAY; DROP TABLE shop.tmp; END",
  },
  {
    question: "DML target and WHERE",
    sql: "DELETE FROM shop.orders WHERE 1 = 1",
  },
];
