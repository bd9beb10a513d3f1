// The name-resolution module's case table: statement → every name it touches, with the database
// each resolves to (null: the session's database), and what it does beyond any database.
import { namesTouched, reachOf, type NameKind } from "../../../sql/review/boundary";

type Expected = [database: string | null, object: string, kind: NameKind];

const CASES: [sql: string, names: Expected[]][] = [
  ["INSERT INTO b.t VALUES (1)", [["b", "t", "table"]]],
  ["INSERT INTO t VALUES (1)", [[null, "t", "table"]]],
  [
    "SELECT t.id FROM t AS t",
    [
      [null, "t", "column"],
      [null, "t", "table"],
    ],
  ],
  [
    "SELECT x.id FROM a.t AS x",
    [
      [null, "x", "column"],
      ["a", "t", "table"],
    ],
  ],
  [
    "SELECT c FROM t WHERE b.c = 1",
    [
      [null, "t", "table"],
      ["b", "c", "qualified"],
    ],
  ],
  [
    "CREATE TABLE b.x LIKE a.y",
    [
      ["b", "x", "table"],
      ["a", "y", "table"],
    ],
  ],
  [
    "RENAME TABLE b.t TO a.t",
    [
      ["b", "t", "table"],
      ["a", "t", "table"],
    ],
  ],
  [
    "ALTER TABLE a.t RENAME TO b.t",
    [
      ["a", "t", "table"],
      ["b", "t", "table"],
    ],
  ],
  ["ALTER TABLE t RENAME COLUMN a TO b", [[null, "t", "table"]]],
  [
    "CREATE VIEW a.v AS SELECT id FROM b.t",
    [
      ["a", "v", "table"],
      ["b", "t", "table"],
    ],
  ],
  [
    "CREATE TRIGGER a.tr BEFORE INSERT ON b.t FOR EACH ROW SET NEW.c = 1",
    [
      ["a", "tr", "table"],
      ["b", "t", "table"],
      [null, "NEW", "column"],
    ],
  ],
  ["CALL b.p(1)", [["b", "p", "routine"]]],
  ["SELECT b.f(1)", [["b", "f", "routine"]]],
  [
    "SELECT b.t.c FROM t",
    [
      ["b", "t", "table"],
      [null, "t", "table"],
    ],
  ],
  ["SELECT NEXTVAL(b.s)", [["b", "s", "table"]]],
  ["INSERT INTO `b` . `t` VALUES (1)", [["b", "t", "table"]]],
  ['INSERT INTO "b"."t" VALUES (1)', [["b", "t", "table"]]],
  ["INSERT INTO /*!50000 b*/.t VALUES (1)", [["b", "t", "table"]]],
  [
    "SELECT EXTRACT(YEAR FROM t.d) FROM t",
    [
      [null, "t", "column"],
      [null, "t", "table"],
    ],
  ],
  ["USE b", [["b", "", "use"]]],
  ["DROP SCHEMA IF EXISTS b", [["b", "", "database"]]],
  ["ALTER DATABASE CHARACTER SET utf8mb4", []],
  ["SHOW TABLES FROM b", [["b", "", "database"]]],
  [
    "FLASHBACK DATABASE a TO c",
    [
      ["a", "", "database"],
      ["c", "", "database"],
    ],
  ],
  ["PREPARE s FROM 'DELETE FROM b.t'", [["b", "t", "table"]]],
  ["SELECT 1.5, @x.y, @@session.sql_mode, 'b.t'", []],
  [
    "CREATE PROCEDURE p() BEGIN DECLARE r INT; IF r THEN UPDATE b.t SET c = 1; END IF; END",
    [
      [null, "p", "routine"],
      ["b", "t", "table"],
    ],
  ],
];

describe("namesTouched", () => {
  it.each(CASES)("%s", (sql, expected) => {
    const names = namesTouched(sql).map((n): Expected => [n.database, n.object, n.kind]);
    expect(names).toEqual(expected);
  });

  it("gives each name's line in the statement's text", () => {
    expect(namesTouched("INSERT INTO a.t\nSELECT *\nFROM b.u").map((n) => [n.written, n.line])).toEqual([
      ["a.t", 0],
      ["b.u", 2],
    ]);
  });
});

const BEYOND: [sql: string, kind: string, what: string][] = [
  ["PREPARE s FROM @sql", "dynamic-sql", "PREPARE s FROM @sql"],
  ["EXECUTE IMMEDIATE CONCAT('DROP TABLE ', @t)", "dynamic-sql", "EXECUTE IMMEDIATE CONCAT(…)"],
  ["CREATE PROCEDURE p() BEGIN DECLARE q TEXT; PREPARE s FROM q; EXECUTE s; END", "dynamic-sql", "PREPARE s FROM q"],
  ["GRANT SELECT ON a.* TO 'u'@'%'", "instance", "GRANT"],
  ["SET GLOBAL read_only = 1", "instance", "SET GLOBAL"],
  ["SET @a = 1, @@global.read_only = 1", "instance", "SET @@global"],
  ["SET PASSWORD = 'x'", "instance", "SET PASSWORD"],
  ["DROP USER u", "instance", "DROP USER"],
  ["FLUSH PRIVILEGES", "instance", "FLUSH PRIVILEGES"],
  ["SELECT * FROM t INTO DUMPFILE '/tmp/x'", "file", "SELECT … INTO DUMPFILE"],
  ["LOAD XML INFILE 'x' INTO TABLE t", "file", "LOAD XML"],
  ["CREATE TABLE t (id INT) ENGINE = CONNECT TABLE_TYPE=MYSQL", "remote", "ENGINE=CONNECT"],
];

describe("reachOf: what no database name describes", () => {
  it.each(BEYOND)("%s", (sql, kind, what) => {
    expect(reachOf(sql).beyond).toEqual([expect.objectContaining({ kind, what })]);
  });

  it.each([
    "SET foreign_key_checks = 0",
    "UPDATE t SET global = 1",
    "UPDATE users SET password = 'x'",
    "SELECT @@global.read_only",
  ])("nothing in %s", (sql) => {
    expect(reachOf(sql).beyond).toEqual([]);
  });
});
