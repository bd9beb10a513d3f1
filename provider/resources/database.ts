// tidemark_database: enrols a database that a schema sync found into a project, with labels and
// an optional environment override. It never creates or drops a database: destroy returns it to
// the default project. Import id: the database's name, `instances/{instance}/databases/{database}`.
import databaseSchema from "../../schema/resources/database.json";
import { record } from "../protocol/cty";
import { defineResource } from "../framework/resource";
import { ImportIdError, changedFields, stateOf } from "../framework/operations";
import { toApi } from "../framework/values";
import { DATABASE_NAME } from "../../schema/generated/types";

const NAME = DATABASE_NAME;

export const databaseResource = defineResource({
  typeName: "tidemark_database",
  noun: "database",
  apiSchema: databaseSchema,
  identity: "name",
  operations: {
    // Enrolment is an update of a database the sync already recorded.
    async create({ type, client }, { planned }) {
      const json = await client.update<Record<string, unknown>>(String(planned.name), toApi(type.block, planned), [
        "project",
        "labels",
        "environment",
      ]);
      return stateOf(type, json, planned);
    },
    async update({ type, client }, { prior, planned }) {
      const mask = changedFields(type.block, prior, planned);
      const json =
        mask.length === 0
          ? await client.get<Record<string, unknown>>(String(prior.name))
          : await client.update<Record<string, unknown>>(
              String(prior.name),
              { ...toApi(type.block, planned), etag: prior.etag },
              mask,
            );
      return stateOf(type, json, planned);
    },
    // Back to where discovered databases live; the database itself is never touched.
    async delete({ client }, { prior }) {
      await client.update(String(prior.name), { project: "projects/default", labels: {}, environment: "" }, [
        "project",
        "labels",
        "environment",
      ]);
    },
    async import({ type, client }, { id }) {
      if (!NAME.test(id)) {
        throw new ImportIdError('Import a database by its name, such as "instances/prod-tidb/databases/shop".');
      }
      const known = record();
      return stateOf(type, await client.get<Record<string, unknown>>(id), known);
    },
  },
});
