import { SchemaCatalog } from "../../../sql/catalog";
import { reviewSql } from "../../../sql/review/review";
import { SHOP } from "../review/schema";

describe("SchemaCatalog", () => {
  it("finds tables and columns without regard to case or database", () => {
    const catalog = SchemaCatalog.of(SHOP);
    expect(catalog.table("shop.ORDERS")?.name).toBe("orders");
    expect(catalog.column("orders", "STATE")?.type).toBe("varchar(20)");
    expect(catalog.rowEstimate("orders")).toBe(120000);
    expect(catalog.lacksTable("invoices")).toBe(true);
  });

  it("cannot say a table is missing when it started without the real schema", () => {
    expect(SchemaCatalog.of().lacksTable("invoices")).toBe(false);
  });

  it("drops a column from its indexes, and an index left with no column", () => {
    const catalog = SchemaCatalog.of(SHOP);
    catalog.dropColumn("orders", "customer_id");
    expect(catalog.table("orders")?.indexes.map((i) => i.name)).toEqual(["PRIMARY"]);
  });

  it("makes primary-key columns NOT NULL and keeps one primary key", () => {
    const catalog = SchemaCatalog.of(SHOP);
    catalog.addIndex("orders", { name: "PRIMARY", columns: ["note"], unique: true, primary: true });
    expect(catalog.column("orders", "note")?.nullable).toBe(false);
    expect(
      catalog
        .table("orders")
        ?.indexes.filter((i) => i.primary)
        .map((i) => i.columns),
    ).toEqual([["note"]]);
  });

  it("is not changed by the walk of a copy", () => {
    const catalog = SchemaCatalog.of(SHOP);
    catalog.clone().dropTable("orders");
    expect(catalog.table("orders")).toBeDefined();
  });
});

describe("the catalog walk-through of a change", () => {
  // schema.object-exists reports what the walk says is (not) there at each statement.
  const findings = (sql: string): number[] =>
    reviewSql(sql, [{ id: "schema.object-exists", level: "ERROR" }], "MYSQL", undefined, SHOP).advices.map(
      (a) => a.line,
    );

  it("applies each statement before the next is judged", () => {
    const sql = [
      "CREATE TABLE invoices (id INT PRIMARY KEY, total INT);",
      "ALTER TABLE invoices ADD INDEX i_total (total);",
      "ALTER TABLE invoices RENAME COLUMN total TO amount;",
      "ALTER TABLE invoices MODIFY amount BIGINT;",
      "ALTER TABLE invoices MODIFY total BIGINT;",
      "RENAME TABLE invoices TO bills;",
      "INSERT INTO invoices (id) VALUES (1);",
      "DROP TABLE bills;",
      "DELETE FROM bills WHERE id = 1;",
    ].join("\n");
    expect(findings(sql)).toEqual([5, 7, 9]);
  });

  it("reads the TiDB and MariaDB forms of a statement into the same walk", () => {
    const sql = [
      "CREATE TABLE t (id BIGINT PRIMARY KEY AUTO_RANDOM, a INT) SHARD_ROW_ID_BITS = 4;",
      "ALTER TABLE t DROP COLUMN a;",
      "ALTER TABLE t DROP COLUMN a;",
    ].join("\n");
    const advices = reviewSql(sql, [{ id: "schema.object-exists", level: "ERROR" }], "TIDB", undefined, SHOP).advices;
    expect(advices.map((a) => a.line)).toEqual([3]);
  });
});
