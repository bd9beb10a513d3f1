// tidemark_instance: a TiDB, MySQL or MariaDB server and the credentials Tidemark reaches it
// with. Creating or updating one runs a schema sync; `databases` is what the sync found.
// Import id: `instances/{id}` (passwords cannot be read back: keep them in the configuration).
import instanceSchema from "../../schema/resources/instance.json";
import { defineResource } from "../framework/resource";

export const instanceResource = defineResource({
  typeName: "tidemark_instance",
  noun: "instance",
  apiSchema: instanceSchema,
  // The server keeps data sources by type and may return them in its own order.
  derive: { keys: { dataSources: "type" } },
  // Destroy removes the instance for good, so the same resource_id can be created again.
  deleteQuery: { purge: "true" },
});
