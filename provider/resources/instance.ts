// tidemark_instance: a TiDB, MySQL or MariaDB server and the credentials Tidemark reaches it
// with. Creating or updating one runs a schema sync; `databases` is what the sync found.
// Import id: `instances/{id}` (passwords cannot be read back: keep them in the configuration).
import instanceSchema from "../../schema/resources/instance.json";
import { type Value, isRecord } from "../protocol/cty";
import { type Diagnostic, error } from "../protocol/provider";
import { defineResource } from "../framework/resource";
import { attribute } from "../framework/schema";

export const instanceResource = defineResource({
  typeName: "tidemark_instance",
  noun: "instance",
  apiSchema: instanceSchema,
  // The server keeps data sources by type and may return them in its own order.
  derive: { keys: { dataSources: "type" } },
  // Destroy removes the instance for good, so the same resource_id can be created again.
  deleteQuery: { purge: "true" },
  validate: validatePasswords,
});

// Terraform 1.11+: a password that never enters plan or state. Terraform cannot see a change in
// a write-only value, so `password_wo_version` is what the user bumps to send a new one.
const dataSources = instanceResource.block.blocks.find((b) => b.name === "data_sources");
if (!dataSources) throw new Error("tidemark_instance: the schema has no data sources");
dataSources.block.attributes.push(
  attribute({
    name: "password_wo",
    type: "string",
    description:
      "Password of the user, write-only (Terraform 1.11+): sent to Tidemark but never stored in plan or state. Change `password_wo_version` to send a new one. Conflicts with `password`.",
    optional: true,
    sensitive: true,
    writeOnly: true,
    sendsAs: "password",
  }),
  attribute({
    name: "password_wo_version",
    type: "number",
    description:
      "Any number; changing it sends `password_wo` again (Terraform cannot see a change in a write-only value).",
    optional: true,
  }),
);

function validatePasswords(config: Value): Diagnostic[] {
  const list = isRecord(config) ? config.data_sources : null;
  if (!Array.isArray(list)) return [];
  return list.flatMap((ds, i) =>
    isRecord(ds) && ds.password !== null && ds.password_wo !== null
      ? [
          error(
            "Conflicting passwords",
            "Set either password (kept in state) or password_wo (never stored), not both.",
            ["data_sources", i, "password_wo"],
          ),
        ]
      : [],
  );
}
