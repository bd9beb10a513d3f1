// tidemark_service_account: a non-human identity (CI, a Terraform run) that logs in with its
// email and key. The key is known only when the account is created or its key rotated; change
// `rotation_trigger` to rotate it. Import id: `serviceAccounts/{id}` (an imported account's key
// stays unknown until rotated).
import serviceAccountSchema from "../../schema/resources/serviceAccount.json";
import { valuesEqual } from "../framework/plan";
import { defineResource } from "../framework/resource";
import { attribute } from "../framework/schema";
import { standardOperations, stateOf } from "../framework/operations";

export const serviceAccountResource = defineResource({
  typeName: "tidemark_service_account",
  noun: "service account",
  apiSchema: serviceAccountSchema,
  derive: { sensitive: ["key"], kept: ["key"] },
  operations: {
    // The key changes only when the trigger does: every other update keeps the one in state.
    async plan(_context, { prior, planned }) {
      if (prior && valuesEqual(prior.rotation_trigger ?? null, planned.rotation_trigger ?? null)) {
        planned.key = prior.key ?? null;
      }
      return { planned };
    },
    async update(context, args) {
      const { prior, planned } = args;
      let state = await standardOperations.update(context, args);
      if (!valuesEqual(prior.rotation_trigger ?? null, planned.rotation_trigger ?? null)) {
        const rotated = await context.client.verb<Record<string, unknown>>(String(prior.name), "rotateKey", {});
        state = stateOf(context.type, rotated, planned);
      }
      return state;
    },
  },
});

serviceAccountResource.block.attributes.push(
  attribute({
    name: "rotation_trigger",
    type: ["map", "string"],
    description:
      "Any values; when they change, the key is rotated (the old key and its sessions stop working at once) and `key` holds the new one.",
    optional: true,
  }),
);
