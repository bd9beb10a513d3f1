// The Tidemark provider: its configuration, and the managed-resource RPCs for every resource
// type, done once here against the typed API client.
import { ApiCallError, TidemarkClient } from "../client/api";
import { type AttributePath, type Value, type ValueRecord, isRecord, isUnknown, record } from "../protocol/cty";
import { type CallContext, type Diagnostic, type Provider, type ProviderSchema, error } from "../protocol/provider";
import { planChange, valuesEqual } from "./plan";
import { type ResourceType, protocolSchema } from "./resource";
import { type BlockSchema, snakeCase } from "./schema";
import { fromApi, toApi, withWriteOnly } from "./values";

const RESOURCE_ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

export const PROVIDER_BLOCK: BlockSchema = {
  description: "Tidemark: database change management for TiDB and MySQL.",
  blocks: [],
  attributes: [
    ["url", "Base URL of the Tidemark server, such as `http://localhost:8080`. Defaults to `TIDEMARK_URL`.", false],
    ["service_account", "Email of the service account to log in as. Defaults to `TIDEMARK_SERVICE_ACCOUNT`.", false],
    ["service_key", "Key of the service account (`tmk_…`). Defaults to `TIDEMARK_SERVICE_KEY`.", true],
  ].map(([name, description, sensitive]) => ({
    name: name as string,
    type: "string" as const,
    description: description as string,
    required: false,
    optional: true,
    computed: false,
    sensitive: sensitive as boolean,
    requiresReplace: false,
    stable: false,
    secret: false,
  })),
};

const ENVIRONMENT_FALLBACK: Record<string, string> = {
  url: "TIDEMARK_URL",
  service_account: "TIDEMARK_SERVICE_ACCOUNT",
  service_key: "TIDEMARK_SERVICE_KEY",
};

export class TidemarkProvider implements Provider {
  private client: TidemarkClient | undefined;
  private readonly types: Map<string, ResourceType>;

  constructor(
    resources: ResourceType[],
    private readonly environment: NodeJS.ProcessEnv = process.env,
  ) {
    this.types = new Map(resources.map((r) => [r.typeName, r]));
  }

  getSchema(): ProviderSchema {
    return {
      provider: protocolSchema(0, PROVIDER_BLOCK),
      resources: Object.fromEntries(
        [...this.types.values()].map((r) => [r.typeName, protocolSchema(r.schemaVersion, r.block)]),
      ),
      dataSources: {},
    };
  }

  async configure(
    request: { config: Value },
    context: { signal: AbortSignal },
  ): Promise<{ diagnostics: Diagnostic[] }> {
    const config = isRecord(request.config) ? request.config : record();
    const settings: Record<string, string> = {};
    const diagnostics: Diagnostic[] = [];
    for (const [name, variable] of Object.entries(ENVIRONMENT_FALLBACK)) {
      const value = config[name];
      const given = typeof value === "string" && value !== "" ? value : this.environment[variable];
      if (given) settings[name] = given;
      else {
        diagnostics.push(
          error(
            `Missing provider setting ${name}`,
            `Set ${name} in the provider "tidemark" block or the ${variable} environment variable.`,
            [name],
          ),
        );
      }
    }
    if (diagnostics.length > 0) return { diagnostics };
    const client = new TidemarkClient({
      url: settings.url as string,
      serviceAccount: settings.service_account as string,
      serviceKey: settings.service_key as string,
    });
    try {
      await client.withSignal(context.signal).login();
    } catch (err) {
      const e = err instanceof ApiCallError ? err : undefined;
      const refused = e?.httpStatus === 401;
      return {
        diagnostics: [
          error(
            refused ? "Tidemark refused the service account's login" : "Cannot log in to Tidemark",
            refused
              ? `The server at ${settings.url} did not accept service_account "${settings.service_account}" with the given service_key: check both (or TIDEMARK_SERVICE_ACCOUNT and TIDEMARK_SERVICE_KEY).`
              : `${e?.message ?? "the login failed"}: check url (or TIDEMARK_URL) and that the server is running.`,
            [refused ? "service_key" : "url"],
          ),
        ],
      };
    }
    this.client = client;
    return { diagnostics: [] };
  }

  validateResourceConfig(request: { typeName: string; config: Value }): { diagnostics: Diagnostic[] } {
    const config = isRecord(request.config) ? request.config : undefined;
    const own = this.type(request.typeName).validate?.(request.config) ?? [];
    if (own.length > 0) return { diagnostics: own };
    const id = config?.resource_id;
    if (typeof id === "string" && !RESOURCE_ID.test(id)) {
      return {
        diagnostics: [
          error(
            "Invalid resource_id",
            `"${id}" is not a valid id: use 1-63 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen.`,
            ["resource_id"],
          ),
        ],
      };
    }
    return { diagnostics: [] };
  }

  planResourceChange(request: { typeName: string; priorState: Value; proposedNewState: Value; config: Value }) {
    const type = this.type(request.typeName);
    const plan = planChange(type.block, request.priorState, request.proposedNewState, request.config);
    return { plannedState: plan.planned, requiresReplace: plan.requiresReplace, diagnostics: [] };
  }

  async readResource(request: { typeName: string; currentState: Value }, context: CallContext) {
    const type = this.type(request.typeName);
    const state = request.currentState;
    if (!isRecord(state) || typeof state.name !== "string") return { newState: state, diagnostics: [] };
    try {
      const json = await this.api(context).get<Record<string, unknown>>(state.name);
      return { newState: this.toState(type, json, state), diagnostics: [] };
    } catch (err) {
      // Gone outside Terraform: a null state makes the next plan create it again.
      if (err instanceof ApiCallError && err.notFound) return { newState: null, diagnostics: [] };
      return { newState: state, diagnostics: [this.failure(type, "read", state.name, err)] };
    }
  }

  async applyResourceChange(
    request: { typeName: string; priorState: Value; plannedState: Value; config: Value },
    context: CallContext,
  ) {
    const type = this.type(request.typeName);
    const prior = isRecord(request.priorState) ? request.priorState : undefined;
    const planned = isRecord(request.plannedState) ? request.plannedState : undefined;
    const api = this.api(context);
    if (!planned) {
      const name = String(prior?.name ?? "");
      try {
        await api.delete(name, type.deleteQuery);
      } catch (err) {
        if (!(err instanceof ApiCallError && err.notFound)) {
          return { newState: request.priorState, diagnostics: [this.failure(type, "delete", name, err)] };
        }
      }
      return { newState: null, diagnostics: [] };
    }
    const body = withWriteOnly(type.block, toApi(type.block, planned), request.config);
    if (!prior) {
      const id = String(planned.resource_id);
      const name = `${type.collection}/${id}`;
      try {
        const json = await api.create<Record<string, unknown>>(type.collection, type.idParameter, id, body);
        return { newState: this.toState(type, json, planned), diagnostics: [] };
      } catch (err) {
        return { newState: null, diagnostics: [this.failure(type, "create", name, err)] };
      }
    }
    const name = String(prior.name);
    const mask = changedFields(type.block, prior, planned);
    try {
      const json =
        mask.length === 0
          ? await api.get<Record<string, unknown>>(name)
          : await api.update<Record<string, unknown>>(name, { ...body, etag: prior.etag }, mask);
      return { newState: this.toState(type, json, planned), diagnostics: [] };
    } catch (err) {
      return { newState: request.priorState, diagnostics: [this.failure(type, "update", name, err)] };
    }
  }

  async importResourceState(request: { typeName: string; id: string }, context: CallContext) {
    const type = this.type(request.typeName);
    const prefix = `${type.collection}/`;
    const id = request.id.startsWith(prefix) ? request.id.slice(prefix.length) : "";
    if (!RESOURCE_ID.test(id)) {
      return {
        importedResources: [],
        diagnostics: [
          error(
            `Cannot import ${type.typeName} "${request.id}"`,
            `Import a ${type.noun} by its resource name, such as "${prefix}prod".`,
          ),
        ],
      };
    }
    try {
      const json = await this.api(context).get<Record<string, unknown>>(request.id);
      const known = record();
      known.resource_id = id;
      return {
        importedResources: [{ typeName: type.typeName, state: this.toState(type, json, known) }],
        diagnostics: [],
      };
    } catch (err) {
      return { importedResources: [], diagnostics: [this.failure(type, "import", request.id, err)] };
    }
  }

  private type(typeName: string): ResourceType {
    const type = this.types.get(typeName);
    if (!type) throw new Error(`this provider has no resource type ${typeName}`);
    return type;
  }

  /** The client, its calls cancelled with the Terraform call they serve. */
  private api(context: CallContext): TidemarkClient {
    if (!this.client) throw new Error("the provider is not configured");
    return this.client.withSignal(context.signal);
  }

  /** State from an API answer; `known` gives what the API never returns (resource_id, passwords). */
  private toState(type: ResourceType, json: Record<string, unknown>, known: ValueRecord): ValueRecord {
    const state = fromApi(type.block, json, known);
    const name = typeof json.name === "string" ? json.name : "";
    state.resource_id = name.slice(name.lastIndexOf("/") + 1) || (known.resource_id ?? null);
    return state;
  }

  private failure(type: ResourceType, verb: string, name: string, err: unknown): Diagnostic {
    if (!(err instanceof ApiCallError)) {
      return error(`Could not ${verb} ${type.typeName} "${name}"`, err instanceof Error ? err.message : String(err));
    }
    const where = err.requestId ? ` (request ${err.requestId})` : "";
    const advice =
      err.notFound && verb !== "create"
        ? ` It may have been deleted outside Terraform: run terraform apply to create it again.`
        : err.httpStatus === 409 && verb === "update"
          ? " It changed since Terraform last read it: run terraform apply again to plan against the current state."
          : "";
    const field = err.details[0]?.field;
    return error(
      `Could not ${verb} ${type.typeName} "${name}"`,
      `${err.message}.${advice}${where}`,
      field ? attributePath(field) : undefined,
    );
  }
}

/** Top-level API fields whose settable Terraform value changed: the update mask. */
function changedFields(block: BlockSchema, prior: ValueRecord, planned: ValueRecord): string[] {
  const out: string[] = [];
  for (const a of block.attributes) {
    if (a.apiName && (a.optional || a.required) && !valuesEqual(prior[a.name] ?? null, planned[a.name] ?? null))
      out.push(a.apiName);
  }
  for (const b of block.blocks) {
    const p = prior[b.name] ?? null;
    const n = planned[b.name] ?? null;
    if (isUnknown(n) || !valuesEqual(p, n)) out.push(b.apiName);
  }
  return out;
}

/** An API field path (`dataSources[0].port`) as a Terraform attribute path. */
export function attributePath(field: string): AttributePath {
  const steps: (string | number)[] = [];
  for (const m of field.matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) steps.push(snakeCase(m[1]));
    else steps.push(Number(m[2]));
  }
  return steps;
}
