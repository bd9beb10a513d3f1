// tidemark_project_iam_policy: the whole IAM policy of a project — which service accounts hold
// which project role. It replaces the policy; destroy empties it. Import id: `projects/{id}`.
import type { Value, ValueRecord } from "../protocol/cty";
import { isRecord, record } from "../protocol/cty";
import { ImportIdError, type OperationContext, standardOperations } from "../framework/operations";
import type { ResourceType } from "../framework/resource";
import { type BlockSchema, attribute } from "../framework/schema";
import { RESOURCE_ID_SOURCE } from "../../schema/generated/types";

const PROJECT_NAME = new RegExp(`^projects/${RESOURCE_ID_SOURCE}$`);

const block: BlockSchema = {
  description: "The IAM policy of a project: which members hold `projectOwner`, `projectDeveloper` or `projectViewer`.",
  attributes: [
    attribute({
      name: "project",
      type: "string",
      required: true,
      requiresReplace: true,
      description: "The project, `projects/{id}`.",
    }),
    attribute({ name: "etag", type: "string", computed: true, description: "The policy's version." }),
  ],
  blocks: [
    {
      name: "binding",
      apiName: "bindings",
      nesting: "set",
      minItems: 0,
      maxItems: 0,
      key: "role",
      description: "One role and the members who hold it; one block per role.",
      block: {
        description: "",
        blocks: [],
        attributes: [
          attribute({
            name: "role",
            apiName: "role",
            type: "string",
            required: true,
            description: "`projectOwner`, `projectDeveloper` or `projectViewer`.",
          }),
          attribute({
            name: "members",
            apiName: "members",
            type: ["set", "string"],
            required: true,
            description: "Who holds the role: `serviceAccounts/{id}` names.",
          }),
        ],
      },
    },
  ],
};

interface Policy {
  bindings: { role: string; members: string[] }[];
  etag: string;
}

/** State from the server's policy, in the order the configuration lists roles (the server sorts). */
function stateOf(project: string, policy: Policy, known: Value): ValueRecord {
  const order =
    isRecord(known) && Array.isArray(known.binding) ? known.binding.map((b) => (isRecord(b) ? b.role : null)) : [];
  const position = (role: string): number => {
    const i = order.indexOf(role);
    return i < 0 ? order.length : i;
  };
  const state = record();
  state.project = project;
  state.etag = policy.etag;
  state.binding = [...policy.bindings]
    .sort((a, b) => position(a.role) - position(b.role))
    .map((b) => Object.assign(record(), { role: b.role, members: [...b.members].sort() }));
  return state;
}

async function write({ client }: OperationContext, planned: ValueRecord, etag?: Value): Promise<ValueRecord> {
  const bindings = (Array.isArray(planned.binding) ? planned.binding : []).filter(isRecord).map((b) => ({
    role: String(b.role),
    members: Array.isArray(b.members) ? b.members.map(String) : [],
  }));
  const policy = await client.verb<Policy>(String(planned.project), "setIamPolicy", {
    policy: { bindings },
    ...(typeof etag === "string" ? { etag } : {}),
  });
  return stateOf(String(planned.project), policy, planned);
}

export const projectIamPolicyResource: ResourceType = {
  typeName: "tidemark_project_iam_policy",
  noun: "project IAM policy",
  collection: "projects",
  idParameter: "",
  block,
  schemaVersion: 0,
  operations: {
    ...standardOperations,
    create: (context, { planned }) => write(context, planned),
    update: (context, { prior, planned }) => write(context, planned, prior.etag),
    async read({ client }, { state }) {
      const policy = await client.get<Policy>(`${String(state.project)}:getIamPolicy`);
      return stateOf(String(state.project), policy, state);
    },
    async delete({ client }, { prior }) {
      await client.verb(String(prior.project), "setIamPolicy", { policy: { bindings: [] } });
    },
    async import({ client }, { id }) {
      if (!PROJECT_NAME.test(id)) {
        throw new ImportIdError("Import a project's IAM policy by the project's name, such as \"projects/orders\".");
      }
      return stateOf(id, await client.get<Policy>(`${id}:getIamPolicy`), null);
    },
  },
};
