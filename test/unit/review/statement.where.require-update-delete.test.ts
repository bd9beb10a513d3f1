import { describeRule } from "./rule-cases";

describeRule("statement.where.require-update-delete", {
  triggers: [
    { sql: "UPDATE t SET a = 1", lines: [1], says: "UPDATE has no WHERE" },
    { sql: "DELETE FROM t", lines: [1], says: "DELETE has no WHERE" },
    { sql: "update t set a = 1", lines: [1] },
    { sql: "delete from `shop`.`t`", lines: [1] },
    { sql: "DELETE FROM t -- WHERE id = 1", lines: [1] },
    { sql: "DELETE FROM t /* WHERE id = 1 */", lines: [1] },
    { sql: "DELETE FROM t # WHERE id = 1", lines: [1] },
    { sql: "UPDATE t SET note = 'WHERE id = 1'", lines: [1] },
    { sql: "UPDATE t SET a = (SELECT MAX(b) FROM u WHERE u.id = 1)", lines: [1] },
    { sql: "DELETE FROM t ORDER BY id LIMIT 10", lines: [1] },
    { sql: "UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.a", lines: [1] },
    { sql: "DELETE t1, t2 FROM t1 JOIN t2 ON t1.id = t2.id", lines: [1] },
    { sql: "DELETE FROM t1 USING t1 JOIN t2 ON t1.id = t2.id", lines: [1] },
    { sql: "UPDATE LOW_PRIORITY IGNORE t SET a = 1", lines: [1] },
    { sql: "DELETE QUICK FROM t", lines: [1] },
    { sql: "WITH old AS (SELECT id FROM u) UPDATE t SET a = 1", lines: [1] },
    { sql: "BATCH ON id LIMIT 1000 DELETE FROM t", lines: [1], engine: "TIDB" },
    { sql: "EXPLAIN ANALYZE DELETE FROM t", lines: [1], unparseable: true },
    { sql: "/*!50000 DELETE FROM t */", lines: [1] },
    // A server older than the version, or another engine, skips the comment and its WHERE.
    { sql: "UPDATE t SET a = 1 /*!99999 WHERE id = 1 */", lines: [1], says: "inside an executable comment" },
    { sql: "DELETE FROM t /*T! WHERE id = 1 */", lines: [1], says: "inside an executable comment" },
    { sql: "PREPARE s FROM 'DELETE FROM t';\nEXECUTE s;", lines: [1] },
    { sql: "EXECUTE IMMEDIATE \"UPDATE t SET a = 'x'\"", lines: [1], engine: "MARIADB" },
    { sql: "BEGIN NOT ATOMIC\n  DELETE FROM t;\nEND", lines: [1], unparseable: true, engine: "MARIADB" },
    // Sent as one batch, the server runs both statements.
    // Two statements sent as one batch: the grammar reads statements one at a time.
    { sql: "DELIMITER //\nSELECT 1; DELETE FROM t//\nDELIMITER ;", lines: [2], unparseable: true },
    { sql: "SELECT 1;\n\nUPDATE t SET a = 1;\nSELECT 2;", lines: [3] },
    { sql: "UPDATE t SET a = 1;\nDELETE FROM t WHERE id = 2;\nDELETE FROM u;", lines: [1, 3] },
    { sql: "UPDATE t SET a = 1", lines: [1], level: "WARNING" },
    {
      sql: "DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  DELETE FROM t WHERE id = 1;\n  UPDATE t SET a = 0;\nEND //",
      lines: [2],
    },
    {
      sql: "CREATE TRIGGER tr BEFORE INSERT ON a FOR EACH ROW DELETE FROM audit",
      lines: [1],
    },
  ],
  passes: [
    "UPDATE t SET a = 1 WHERE id = 1",
    "DELETE FROM t WHERE id IN (SELECT id FROM u)",
    "update t set a = 1 where id = 1",
    "UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.a WHERE t2.b > 0",
    "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id WHERE t2.gone = 1",
    { sql: "BATCH ON id LIMIT 1000 DELETE FROM t WHERE created_at < '2020-01-01'", engine: "TIDB" },
    "INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2",
    { sql: "PREPARE s FROM 'DELETE FROM t WHERE id = ?'" },
    { sql: "PREPARE s FROM @sql" },
    "SELECT a FROM t FOR UPDATE",
    "CREATE TABLE t (id INT, FOREIGN KEY (id) REFERENCES u (id) ON DELETE CASCADE ON UPDATE CASCADE)",
    "SELECT 'DELETE FROM t'",
    "-- DELETE FROM t\nSELECT 1",
    { sql: "CREATE TRIGGER tr AFTER DELETE ON a FOR EACH ROW INSERT INTO log (id) VALUES (OLD.id)" },
    {
      sql: "DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  DELETE FROM t WHERE id = 1;\nEND //",
    },
  ],
});
