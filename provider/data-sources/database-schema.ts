// tidemark_database_schema: a database's schema as the last sync found it — its tables, their
// columns and indexes, and the verbatim DDL.
import { type ValueRecord, record } from "../protocol/cty";
import { type DataSourceType, computed, input } from "../framework/data-source";

interface Metadata {
  tables: {
    name: string;
    type: string;
    engine: string;
    comment: string;
    columns: { name: string; type: string; nullable: boolean; default: string | null }[];
    indexes: { name: string; unique: boolean; primary: boolean; columns: string[] }[];
    createStatement: string;
  }[];
}

const column = ["object", { name: "string", type: "string", nullable: "bool", default: "string" }] as const;
const index = ["object", { name: "string", unique: "bool", primary: "bool", columns: ["list", "string"] }] as const;

export const databaseSchemaDataSource: DataSourceType = {
  typeName: "tidemark_database_schema",
  block: {
    description: "A database's schema as the last sync found it: tables, columns, indexes, and the verbatim DDL.",
    blocks: [],
    attributes: [
      input("name", "The database, `instances/{instance}/databases/{database}`."),
      computed({
        name: "ddl",
        type: "string",
        description: "Every table's `SHOW CREATE` text, verbatim, in name order.",
      }),
      computed({
        name: "tables",
        type: [
          "list",
          [
            "object",
            {
              name: "string",
              type: "string",
              engine: "string",
              comment: "string",
              columns: ["list", column],
              indexes: ["list", index],
              create_statement: "string",
            },
          ],
        ],
        description: "The tables and views, in name order.",
      }),
    ],
  },
  async read(client, config) {
    const name = String(config.name);
    const [metadata, ddl] = await Promise.all([
      client.get<Metadata>(`${name}/metadata`),
      client.get<{ schema: string }>(`${name}/schema`),
    ]);
    const value = record();
    value.name = name;
    value.ddl = ddl.schema;
    value.tables = metadata.tables.map((t) =>
      Object.assign(record(), {
        name: t.name,
        type: t.type,
        engine: t.engine,
        comment: t.comment,
        columns: t.columns.map((c) =>
          Object.assign(record(), { name: c.name, type: c.type, nullable: c.nullable, default: c.default }),
        ),
        indexes: t.indexes.map((i) =>
          Object.assign(record(), { name: i.name, unique: i.unique, primary: i.primary, columns: [...i.columns] }),
        ),
        create_statement: t.createStatement,
      } satisfies ValueRecord),
    );
    return value;
  },
};
