// The one reader of the grammar's tree: what it takes from each kind of statement. The rules'
// own tests judge findings; these pin the shapes the rules and the schema catalog read.
import { columnDefinitions, indexDefinitions, shapeOf, type StatementShape } from "../../../sql/review/ast";
import type { Engine, StatementContext } from "../../../sql/review/types";
import { parseStatement } from "../../../sql/parse";

function context(text: string, engine: Engine = "MYSQL"): StatementContext {
  return { statement: { text, line: 1, index: 0 }, parsed: parseStatement(text, engine), engine };
}

function shape(text: string, engine: Engine = "MYSQL"): StatementShape {
  const read = shapeOf(context(text, engine));
  if (!read) throw new Error(`no shape of ${text}`);
  return read;
}

describe("the statement's shape, read from the grammar's tree", () => {
  it("reads a CREATE TABLE's columns, keys and options", () => {
    const c = context(
      "CREATE TABLE IF NOT EXISTS shop.t (\n" +
        "  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,\n" +
        "  name VARCHAR(64) CHARACTER SET latin1 DEFAULT NULL COMMENT 'who',\n" +
        "  price DECIMAL(10,2) NOT NULL DEFAULT 0,\n" +
        "  changed TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n" +
        "  KEY i_name (name),\n" +
        "  CONSTRAINT f FOREIGN KEY (name) REFERENCES other.u (n)\n" +
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='items'",
    );
    const read = shapeOf(c);
    expect(read).toMatchObject({
      type: "create",
      keyword: "table",
      table: { database: "shop", name: "t" },
      ifNotExists: true,
      options: [
        { keyword: "ENGINE", value: "InnoDB" },
        { keyword: "DEFAULT CHARSET", value: "utf8mb4" },
        { keyword: "COMMENT", value: "'items'" },
      ],
    });
    expect(
      columnDefinitions(c).map((col) => [col.name, col.typeText, col.nullability, col.defaultValue, col.line]),
    ).toEqual([
      ["id", "bigint unsigned", "NOT NULL", "none", 2],
      ["name", "varchar(64)", undefined, "null", 3],
      ["price", "decimal(10,2)", "NOT NULL", "value", 4],
      ["changed", "timestamp", undefined, "none", 5],
    ]);
    const [id, name, , changed] = columnDefinitions(c);
    expect([id?.autoIncrement, id?.primaryKey, changed?.autoIncrement]).toEqual([true, true, false]);
    expect([name?.charset, name?.comment]).toEqual(["latin1", "who"]);
    expect(indexDefinitions(c).map((i) => [i.kind, i.name, i.columns, i.referencedTable, i.line])).toEqual([
      ["primary", undefined, ["id"], undefined, 2],
      ["index", "i_name", ["name"], undefined, 6],
      ["foreign", "f", ["name"], "other.u", 7],
    ]);
  });

  it("reads a partitioned CREATE TABLE like any other", () => {
    expect(shape("CREATE TABLE p (id INT, d DATE) PARTITION BY HASH (id)").columns.map((c) => c.name)).toEqual([
      "id",
      "d",
    ]);
  });

  it("reads each clause of an ALTER TABLE", () => {
    const read = shape(
      "ALTER TABLE t ADD COLUMN c INT, DROP COLUMN z, DROP PRIMARY KEY, DROP INDEX i, RENAME TO u, " +
        "RENAME COLUMN a TO b, CHANGE COLUMN x y INT, MODIFY m TEXT, ADD UNIQUE KEY uk (a), " +
        "ENGINE=MyISAM, ALGORITHM=INSTANT, CONVERT TO CHARACTER SET latin1",
    );
    expect(read.clauses.map((c) => [c.action, c.resource, c.column ?? c.name, c.oldColumn])).toEqual([
      ["add", "column", "c", undefined],
      ["drop", "column", "z", undefined],
      ["drop", "primary key", undefined, undefined],
      ["drop", "index", "i", undefined],
      ["rename", "table", "u", undefined],
      ["rename", "column", "b", "a"],
      ["change", "column", "y", "x"],
      ["modify", "column", "m", undefined],
      ["add", "unique key", "uk", undefined],
      ["option", "ENGINE", "MyISAM", undefined],
      ["option", "ALGORITHM", "INSTANT", undefined],
      ["option", "CONVERT", "latin1", undefined],
    ]);
  });

  it("reads MariaDB's DROP COLUMN IF EXISTS through the clause its layer lifts", () => {
    const [drop] = shape("ALTER TABLE t DROP COLUMN IF EXISTS z", "MARIADB").clauses;
    expect(drop).toMatchObject({ action: "drop", resource: "column", column: "z", ifExists: true });
    expect(shape("ALTER TABLE t DROP COLUMN z", "MARIADB").clauses[0]?.ifExists).toBe(false);
  });

  it("reads what rules judge of DML", () => {
    expect(shape("UPDATE t SET a = 1 ORDER BY id LIMIT 5")).toMatchObject({
      type: "update",
      table: { name: "t" },
      where: false,
      limit: true,
      orderBy: true,
    });
    expect(shape("DELETE FROM d.t WHERE a = 1")).toMatchObject({ table: { database: "d", name: "t" }, where: true });
    expect(shape("INSERT INTO t (a) VALUES (1), (2)").insert).toEqual({
      columnsNamed: true,
      rows: 2,
      selectLimit: false,
    });
    expect(shape("INSERT INTO t SELECT a FROM u LIMIT 3").insert).toEqual({ columnsNamed: false, selectLimit: true });
    // A LIMIT inside a subquery is not the INSERT's.
    expect(shape("INSERT INTO t (a) SELECT a FROM u WHERE a IN (SELECT b FROM v LIMIT 1)").insert?.selectLimit).toBe(
      false,
    );
  });

  it("gives INSERT … SET, which only an engine reader reads, the shape of an INSERT", () => {
    expect(shape("INSERT INTO `d`.`t` SET a = 1")).toMatchObject({
      type: "insert",
      table: { database: "d", name: "t" },
      insert: { columnsNamed: true },
    });
    expect(shape("REPLACE t VALUES (), ()")).toMatchObject({
      type: "replace",
      insert: { columnsNamed: false, rows: 2 },
    });
  });

  it("gives a statement that runs another the shape of the one it runs, at its offsets", () => {
    const text = "WITH recent AS (SELECT id FROM t WHERE id > 9)\nDELETE FROM d.t WHERE id IN (SELECT id FROM recent)";
    expect(shape(text)).toMatchObject({ type: "delete", table: { database: "d", name: "t" }, where: true });
    expect(shape("WITH x AS (SELECT 1) UPDATE t SET a = 1")).toMatchObject({ type: "update", where: false });
    const select = "WITH x AS (SELECT 1) SELECT * FROM x WHERE n LIKE '%y'";
    const read = shape(select);
    expect(read.type).toBe("select");
    expect(read.stars.map((offset) => select.slice(offset, offset + 6))).toEqual(["* FROM"]);
    expect(read.likes.map((l) => l.pattern)).toEqual(["%y"]);
    expect(shape("BATCH ON id LIMIT 100 DELETE FROM t WHERE a = 1", "TIDB")).toMatchObject({
      type: "delete",
      where: true,
    });
    expect(shape("SET STATEMENT max_statement_time = 5 FOR UPDATE t SET a = 1", "MARIADB")).toMatchObject({
      type: "update",
      where: false,
    });
    // A statement only named, not run, has no shape of it: EXPLAIN without ANALYZE runs nothing.
    expect(shapeOf(context("EXPLAIN FORMAT = 'brief' DELETE FROM t", "TIDB"))).toBeUndefined();
  });

  it("finds every star and LIKE pattern, subqueries included, but not COUNT(*)", () => {
    const text = "SELECT t.*, COUNT(*) FROM t WHERE a IN (SELECT * FROM u WHERE n NOT LIKE '%x')";
    const read = shape(text);
    expect(read.stars.map((offset) => /^[\w.]*\*/.exec(text.slice(offset))?.[0])).toEqual(["t.*", "*"]);
    expect(read.likes.map((l) => l.pattern)).toEqual(["%x"]);
    expect(read.selects).toEqual([{ readsTable: true, where: true }]);
    expect(shape("SELECT 1 FROM DUAL UNION SELECT a FROM t").selects).toEqual([
      { readsTable: false, where: false },
      { readsTable: true, where: false },
    ]);
  });

  it("names kinds it does not model by their first word, and has no shape of an unreadable statement", () => {
    expect(shape("FLUSH TABLES")).toMatchObject({ type: "flush", keyword: "" });
    expect(shape("DROP VIEW v")).toMatchObject({ type: "drop", keyword: "view" });
    expect(shape("COMMIT")).toMatchObject({ type: "transaction", transaction: "COMMIT" });
    expect(shapeOf(context("CREATE TABLE (broken"))).toBeUndefined();
  });
});
