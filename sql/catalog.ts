// The schema of one database as a change sees it: the target's schema from its last sync, with
// each statement of the change applied in order. Names compare without regard to case, as MySQL
// compares column and (on case-insensitive servers, and on TiDB) table names.

export interface ColumnSchema {
  name: string;
  /** As the server writes it: `bigint`, `varchar(255)`, `bigint unsigned`; compared without regard to case. */
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  autoIncrement?: boolean;
}

export interface IndexSchema {
  /** `PRIMARY` for the primary key. */
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
}

export interface TableSchema {
  name: string;
  columns: ColumnSchema[];
  indexes: IndexSchema[];
  /** Rows, as the server estimates them (information_schema.TABLES.TABLE_ROWS). */
  rowEstimate?: number;
  /**
   * Known only from what the change does to it (no synced schema): its columns and indexes are
   * the ones the change added, not all it has.
   */
  partial?: boolean;
}

/** What the reviewer receives of the target: its tables from the last sync. */
export interface DatabaseSchema {
  tables: TableSchema[];
}

const key = (name: string): string => name.toLowerCase();

/** A table's name without its database (`shop.orders` → `orders`). */
export function bareName(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? name : name.slice(dot + 1);
}

export class SchemaCatalog {
  private readonly tables = new Map<string, TableSchema>();

  /**
   * @param known whether the catalog started from the target's real schema. A catalog that
   * started empty (no schema was given) cannot say a table does not exist.
   */
  private constructor(readonly known: boolean) {}

  static of(schema?: DatabaseSchema): SchemaCatalog {
    const catalog = new SchemaCatalog(schema !== undefined);
    for (const table of schema?.tables ?? []) catalog.tables.set(key(table.name), copyTable(table));
    return catalog;
  }

  /** A copy to walk further without changing this one. */
  clone(): SchemaCatalog {
    const copy = new SchemaCatalog(this.known);
    for (const [name, table] of this.tables) copy.tables.set(name, copyTable(table));
    return copy;
  }

  table(name: string): TableSchema | undefined {
    return this.tables.get(key(bareName(name)));
  }

  column(table: string, column: string): ColumnSchema | undefined {
    return this.table(table)?.columns.find((c) => key(c.name) === key(column));
  }

  primaryKey(table: string): IndexSchema | undefined {
    return this.table(table)?.indexes.find((i) => i.primary);
  }

  rowEstimate(table: string): number | undefined {
    return this.table(table)?.rowEstimate;
  }

  /**
   * Whether a statement on `table` names something that is not there: only a catalog that started
   * from the real schema can tell.
   */
  lacksTable(table: string): boolean {
    return this.known && this.table(table) === undefined;
  }

  /** The table, or, in a catalog without the real schema, a partial one to record what the change does to it. */
  tableToChange(name: string): TableSchema | undefined {
    const table = this.table(name);
    if (table || this.known) return table;
    const partial: TableSchema = { name: bareName(name), columns: [], indexes: [], partial: true };
    this.tables.set(key(bareName(name)), partial);
    return partial;
  }

  createTable(table: TableSchema): void {
    this.tables.set(key(bareName(table.name)), copyTable({ ...table, name: bareName(table.name) }));
  }

  dropTable(name: string): void {
    this.tables.delete(key(bareName(name)));
  }

  renameTable(from: string, to: string): void {
    const table = this.table(from);
    if (!table) return;
    this.tables.delete(key(bareName(from)));
    this.tables.set(key(bareName(to)), { ...table, name: bareName(to) });
  }

  addColumn(table: string, column: ColumnSchema): void {
    const target = this.table(table);
    if (target && !this.column(table, column.name)) target.columns.push({ ...column });
  }

  /** Drops the column, and it from every index (an index left with no column goes too), as the server does. */
  dropColumn(table: string, column: string): void {
    const target = this.table(table);
    if (!target) return;
    target.columns = target.columns.filter((c) => key(c.name) !== key(column));
    target.indexes = target.indexes
      .map((i) => ({ ...i, columns: i.columns.filter((c) => key(c) !== key(column)) }))
      .filter((i) => i.columns.length > 0);
  }

  /** MODIFY (same name) or CHANGE (`from` renamed to the column's name): the definition is replaced. */
  replaceColumn(table: string, from: string, column: ColumnSchema): void {
    const target = this.table(table);
    if (!target) return;
    target.columns = target.columns.map((c) => (key(c.name) === key(from) ? { ...column } : c));
    if (key(from) !== key(column.name)) {
      for (const index of target.indexes)
        index.columns = index.columns.map((c) => (key(c) === key(from) ? column.name : c));
    }
  }

  addIndex(table: string, index: IndexSchema): void {
    const target = this.table(table);
    if (!target) return;
    if (index.primary) {
      target.indexes = target.indexes.filter((i) => !i.primary);
      // Primary-key columns are NOT NULL whatever their definition said.
      for (const column of target.columns)
        if (index.columns.some((c) => key(c) === key(column.name))) column.nullable = false;
    }
    target.indexes.push({ ...index, columns: [...index.columns] });
  }

  dropIndex(table: string, name: string): void {
    const target = this.table(table);
    if (target) target.indexes = target.indexes.filter((i) => key(i.name) !== key(name));
  }

  dropPrimaryKey(table: string): void {
    const target = this.table(table);
    if (target) target.indexes = target.indexes.filter((i) => !i.primary);
  }
}

function copyTable(table: TableSchema): TableSchema {
  return {
    ...table,
    columns: table.columns.map((c) => ({ ...c })),
    indexes: table.indexes.map((i) => ({ ...i, columns: [...i.columns] })),
  };
}
