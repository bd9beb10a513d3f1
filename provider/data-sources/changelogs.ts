// tidemark_changelogs: what was applied to a database, newest first.
import { record } from "../protocol/cty";
import { type DataSourceType, computed, input } from "../framework/data-source";

interface Changelog {
  name: string;
  change: string;
  version: string;
  status: string;
  actor: string;
  createTime: string;
  appliedStatements: number;
  error: string;
}

const entry = [
  "object",
  {
    name: "string",
    change: "string",
    version: "string",
    status: "string",
    actor: "string",
    create_time: "string",
    applied_statements: "number",
    error: "string",
  },
] as const;

export const changelogsDataSource: DataSourceType = {
  typeName: "tidemark_changelogs",
  block: {
    description: "A database's changelogs, newest first: every change applied to it through Tidemark, done or failed.",
    blocks: [],
    attributes: [
      input("database", "The database, `instances/{instance}/databases/{database}`."),
      input("filter", 'A filter on `version`, `status` or `change`, such as `status = "DONE"`.', false),
      computed({ name: "changelogs", type: ["list", entry], description: "The changelogs, newest first." }),
    ],
  },
  async read(client, config) {
    const database = String(config.database);
    const filter = typeof config.filter === "string" && config.filter !== "" ? { filter: config.filter } : {};
    const logs = await client.list<Changelog>(`${database}/changelogs`, "changelogs", filter);
    const value = record();
    value.database = database;
    value.filter = config.filter ?? null;
    value.changelogs = logs.map((l) =>
      Object.assign(record(), {
        name: l.name,
        change: l.change,
        version: l.version,
        status: l.status,
        actor: l.actor,
        create_time: l.createTime,
        applied_statements: l.appliedStatements,
        error: l.error,
      }),
    );
    return value;
  },
};
