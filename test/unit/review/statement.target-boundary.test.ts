import { boundaryRefusal, type TargetBoundary } from "../../../sql/review/boundary";
import { reviewBoundary, reviewSql } from "../../../sql/review/review";
import { describeRule, reviewWith, type Case, type Trigger } from "./rule-cases";

/** Target `a` of projects/a on instances/main, where projects/b owns `b` and `orders`. */
const BOUNDARY: TargetBoundary = {
  database: "a",
  engine: "MARIADB",
  instance: "instances/main",
  project: "projects/a",
  allowed: new Set(),
  owners: new Map([
    ["a", "projects/a"],
    ["a2", "projects/a"],
    ["b", "projects/b"],
    ["orders", "projects/b"],
  ]),
};
const ALLOWING_B: TargetBoundary = { ...BOUNDARY, allowed: new Set(["b"]) };

const flags = (sql: string, lines: number[], says?: string, unparseable?: boolean): Trigger => ({
  sql,
  lines,
  boundary: BOUNDARY,
  ...(says ? { says } : {}),
  ...(unparseable ? { unparseable } : {}),
});
const passes = (sql: string, unparseable?: boolean, boundary = BOUNDARY): Case => ({
  sql,
  boundary,
  ...(unparseable ? { unparseable } : {}),
});

describeRule("statement.target-boundary", {
  triggers: [
    // Qualified names, in every position.
    flags("INSERT INTO b.t VALUES (1)", [1], "names database b, not this change's target a; it belongs to projects/b"),
    flags("CREATE TABLE b.x (id INT)", [1]),
    flags("INSERT INTO b.t VALUES (1);\nCREATE TABLE b.x (id INT)", [1, 2]),
    flags("DROP TABLE b.x", [1]),
    flags("DROP TABLE a.t, b.x", [1]),
    flags("UPDATE b.t SET c = 1 WHERE id = 1", [1]),
    flags("DELETE FROM b.t WHERE id = 1", [1]),
    flags("ALTER TABLE b.t ADD COLUMN c INT", [1]),
    flags("TRUNCATE b.t", [1]),
    flags("RENAME TABLE b.t TO a.t", [1]),
    flags("RENAME TABLE a.t TO b.t", [1]),
    flags("ALTER TABLE a.t RENAME TO b.t", [1]),
    flags("ALTER TABLE a.t RENAME b.t", [1]),
    flags("CREATE TABLE b.x LIKE a.y", [1]),
    flags("CREATE TABLE a.x LIKE b.y", [1]),
    flags("CREATE TABLE x (LIKE b.y)", [1]),
    flags("INSERT INTO a.t SELECT * FROM b.t", [1]),
    flags("INSERT INTO t (id) SELECT id FROM b.t WHERE id > 0", [1]),
    flags("SELECT * FROM t JOIN b.u ON t.id = u.id", [1]),
    flags("SELECT * FROM t, b.u", [1]),
    flags("SELECT * FROM t WHERE id IN (SELECT id FROM b.u)", [1]),
    flags("UPDATE t JOIN b.u USING (id) SET t.c = u.c", [1]),
    flags("DELETE t FROM t JOIN b.u ON t.id = u.id", [1]),
    flags("REPLACE b.t VALUES (1)", [1]),
    flags("LOCK TABLES t READ, b.u WRITE", [1]),
    flags("CREATE VIEW a.v AS SELECT id FROM b.t", [1]),
    flags("CREATE VIEW b.v AS SELECT id FROM t", [1]),
    flags("CREATE INDEX i ON b.t (c)", [1]),
    flags("CREATE TABLE a.t (id INT, FOREIGN KEY (id) REFERENCES b.p (id))", [1]),
    flags("ALTER TABLE a.t EXCHANGE PARTITION p WITH TABLE b.t", [1]),
    flags("CREATE TABLE m (id INT) ENGINE=MERGE UNION=(b.t1)", [1], undefined, true),
    flags("SELECT b.t.c FROM t", [1]),
    flags("SELECT * FROM a.t AS b JOIN b.u ON b.id = u.id", [1, 1], "names database b"),
    flags("SELECT NEXTVAL(b.s)", [1]),
    flags("SELECT NEXT VALUE FOR b.s", [1], undefined, true),
    flags("WITH x AS (SELECT * FROM b.t) INSERT INTO a.t SELECT * FROM x", [1]),
    // Routines called and created elsewhere.
    flags("CALL b.p()", [1]),
    flags("SELECT b.f(1)", [1]),
    flags("DO b.f(1)", [1]),
    flags("CREATE TRIGGER a.tr BEFORE INSERT ON b.t FOR EACH ROW SET NEW.c = 1", [1]),
    // Stored-program bodies, statement by statement.
    flags(
      "CREATE PROCEDURE a.p()\nBEGIN\n  DECLARE v INT;\n  IF v > 0 THEN\n    INSERT b.t VALUES (1);\n  END IF;\nEND",
      [5],
      undefined,
      true,
    ),
    flags("CREATE PROCEDURE p() DELETE FROM b.t", [1]),
    flags("CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN (SELECT COUNT(*) FROM b.t)", [1]),
    flags("CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW INSERT INTO b.log VALUES (NEW.id)", [1]),
    flags("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM b.t", [1]),
    flags(
      "CREATE PROCEDURE p() BEGIN DECLARE CONTINUE HANDLER FOR SQLEXCEPTION DROP TABLE b.t; SELECT 1; END",
      [1],
      undefined,
      true,
    ),
    flags("BEGIN NOT ATOMIC UPDATE b.t SET c = 1 WHERE id = 1; END", [1], undefined, true),
    // Every spelling of a name.
    flags("INSERT INTO `b`.`t` VALUES (1)", [1]),
    flags("INSERT INTO `b` . `t` VALUES (1)", [1]),
    flags('INSERT INTO "b"."t" VALUES (1)', [1]),
    flags("INSERT INTO b /* here */ . -- there\n t VALUES (1)", [1]),
    flags("INSERT INTO /*!50000 b*/.t VALUES (1)", [1]),
    flags("/*M! INSERT INTO b.t VALUES (1) */", [1], undefined, true),
    flags("INSERT INTO B.t VALUES (1)", [1], "a case-insensitive server reads as this one"),
    flags("INSERT INTO c.t VALUES (1)", [1], "the last sync of instances/main did not find it"),
    flags("INSERT INTO A.t VALUES (1)", [1], "differs from the target a only by case"),
    flags("INSERT INTO `a `.t VALUES (1)", [1]),
    flags("INSERT INTO x\u00a0a.t VALUES (1)", [1]),
    flags("INSERT INTO a2.t VALUES (1)", [1], "it belongs to projects/a too"),
    // Names in expressions that are no table or alias of the statement.
    flags("UPDATE t SET c = b.c", [1], "read as a database"),
    flags("SELECT orders.id FROM t AS orders", [1], "give the table another alias"),
    // Databases themselves.
    flags("USE b", [1], "USE b would move the session out of the target a"),
    flags("USE `b`;\nDROP TABLE t", [1]),
    flags("USE A", [1]),
    flags("CREATE DATABASE c", [1], "created, altered and dropped outside a change"),
    flags("CREATE SCHEMA IF NOT EXISTS c", [1]),
    flags("DROP DATABASE b", [1]),
    flags("ALTER DATABASE b CHARACTER SET utf8mb4", [1]),
    flags("SHOW TABLES FROM b", [1]),
    // System schemas, read or written.
    flags("INSERT INTO mysql.user (User) VALUES ('x')", [1], "system schema mysql"),
    flags("INSERT INTO a.t SELECT User, Password FROM mysql.user", [1]),
    flags("UPDATE performance_schema.setup_instruments SET ENABLED = 'NO'", [1]),
    flags("CALL sys.ps_setup_enable_instrument('x')", [1]),
    // SQL that cannot be read before it runs.
    flags("PREPARE s FROM @sql", [1], "PREPARE s FROM @sql runs SQL text"),
    flags("SET @q = 'DROP TABLE b.t';\nPREPARE s FROM @q;\nEXECUTE s", [2]),
    flags("EXECUTE IMMEDIATE CONCAT('DROP TABLE ', 'b.t')", [1], "EXECUTE IMMEDIATE CONCAT(…)", true),
    flags("PREPARE s FROM 'DROP TABLE b.t'", [1], "names database b"),
    flags("EXECUTE IMMEDIATE 'DELETE FROM b.t'", [1], undefined, true),
    // The whole instance, server files, other servers.
    flags("GRANT ALL ON b.* TO 'u'@'%'", [1, 1], "names database b"),
    flags("GRANT SELECT ON a.* TO 'u'@'%'", [1], "acts on the whole instance"),
    flags("CREATE USER 'u'@'%' IDENTIFIED BY 'p'", [1]),
    flags("SET GLOBAL read_only = 1", [1]),
    flags("SET @@global.max_connections = 1", [1]),
    flags("SET PASSWORD FOR 'u'@'%' = 'p'", [1]),
    flags("KILL 42", [1]),
    flags("SELECT * FROM t INTO OUTFILE '/tmp/t.txt'", [1], "files on the database server"),
    flags("LOAD DATA INFILE '/tmp/t.txt' INTO TABLE t", [1]),
    flags("SELECT LOAD_FILE('/etc/passwd')", [1]),
    flags("CREATE TABLE f (id INT) ENGINE=FEDERATED CONNECTION='mysql://u@h/b/t'", [1, 1], "another server"),
    // One advice per database a statement reaches, on the line it is first named.
    flags("INSERT INTO a.t\nSELECT *\nFROM b.t JOIN b.u USING (id)\nJOIN orders.o USING (id)", [3, 4]),
  ],
  passes: [
    passes("INSERT INTO a.t VALUES (1)"),
    passes("INSERT INTO t VALUES (1)"),
    passes("CREATE TABLE a.x LIKE a.y"),
    passes("CREATE TABLE x LIKE t"),
    passes("SELECT t.id FROM t AS t"),
    passes("SELECT t.id, u.b FROM t JOIN u ON t.id = u.id WHERE t.b = 1"),
    passes("UPDATE t SET b = 1 WHERE b = 2"),
    passes("ALTER TABLE t ADD COLUMN b INT, ADD COLUMN orders INT"),
    passes("SELECT b, orders FROM t"),
    passes("SELECT x.id FROM (SELECT id FROM t) AS x"),
    passes("WITH c AS (SELECT 1 AS x) SELECT c.x FROM c"),
    passes("SELECT a.t.id FROM a.t"),
    passes("SELECT 1.5, 'b.t', @v, @@session.sql_mode"),
    passes("SELECT EXTRACT(YEAR FROM t.d), TRIM(BOTH ' ' FROM t.n) FROM t"),
    passes("SELECT CASE WHEN t.x > 0 THEN t.y ELSE t.z END FROM t"),
    passes("INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = VALUES(a)"),
    passes("DELETE t FROM t JOIN u ON t.id = u.id WHERE u.gone = 1"),
    passes("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"),
    passes("CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW SET NEW.updated = OLD.updated + 1"),
    passes(
      "CREATE PROCEDURE p()\nBEGIN\n  DECLARE n INT;\n  IF n > 0 THEN\n    UPDATE t SET t.c = 1 WHERE t.id = n;\n  END IF;\nEND",
      true,
    ),
    passes("USE a"),
    passes("PREPARE s FROM 'SELECT id FROM t WHERE id = ?'"),
    passes("SET foreign_key_checks = 0"),
    passes("SET SESSION sql_mode = 'STRICT_ALL_TABLES'"),
    passes("UPDATE users SET password = 'x' WHERE id = 1"),
    passes("-- INSERT INTO b.t\nSELECT 1"),
    passes("DROP TABLE IF EXISTS a.t"),
    passes("RENAME TABLE t TO t_old"),
    passes("ALTER TABLE t RENAME COLUMN a TO b"),
    // Allowed by a workspace admin: statements may name b, but not move the session there.
    passes("INSERT INTO a.t SELECT * FROM b.t", false, ALLOWING_B),
    passes("UPDATE b.t SET c = 1 WHERE id = 1", false, ALLOWING_B),
  ],
});

describe("statement.target-boundary is locked at ERROR", () => {
  const dropB = "DROP TABLE b.x";

  it.each(["WARNING", "DISABLED"] as const)("a review config at %s changes nothing", (level) => {
    const { advices } = reviewSql(dropB, [{ id: "statement.target-boundary", level }], "MARIADB", BOUNDARY);
    expect(advices.map((a) => [a.rule, a.level])).toEqual([["statement.target-boundary", "ERROR"]]);
  });

  it("runs with no config at all", () => {
    const { advices } = reviewSql(dropB, [], "MARIADB", BOUNDARY);
    expect(advices.map((a) => a.rule)).toEqual(["statement.target-boundary"]);
  });

  it("gives nothing without a target", () => {
    expect(reviewSql(dropB, [{ id: "statement.target-boundary", level: "ERROR" }], "MARIADB").advices).toEqual([]);
  });

  it("gives the same advice on statements reviewed once for another target", () => {
    const sql = "SELECT 1;\nINSERT INTO b.t SELECT * FROM mysql.user;\nUSE orders";
    const once = reviewSql(sql, [], "MARIADB");
    expect(reviewBoundary(once.statements, BOUNDARY)).toEqual(reviewSql(sql, [], "MARIADB", BOUNDARY).advices);
  });
});

describe("boundaryRefusal, the executor's last check", () => {
  it("refuses a statement that leaves the target, saying why", () => {
    expect(boundaryRefusal("USE b", BOUNDARY)).toMatch(/^Statement reaches past its target database: USE b/);
    expect(boundaryRefusal("DROP TABLE `b`.t", BOUNDARY)).toContain("belongs to projects/b");
  });

  it("lets a statement inside the target run", () => {
    expect(boundaryRefusal("UPDATE t SET c = 1 WHERE id = 1", BOUNDARY)).toBeUndefined();
    expect(boundaryRefusal("INSERT INTO a.t SELECT * FROM b.t", ALLOWING_B)).toBeUndefined();
  });
});

describe("statement.target-boundary with a workspace admin's crossDatabaseAccess", () => {
  it("still refuses USE of an allowed database", () => {
    const { mine } = reviewWith("statement.target-boundary", { sql: "USE b", boundary: ALLOWING_B });
    expect(mine.map((a) => a.content)).toEqual([expect.stringContaining("may name b, but not switch to it")]);
  });

  it("still refuses databases it does not list", () => {
    const { mine } = reviewWith("statement.target-boundary", { sql: "DROP TABLE orders.o", boundary: ALLOWING_B });
    expect(mine).toHaveLength(1);
  });
});
