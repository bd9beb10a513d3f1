// The Tidemark provider: its configuration, and the managed-resource RPCs for every resource
// type, done once here against the typed API client.
import { ApiCallError, TidemarkClient } from "../client/api";
import { type AttributePath, type Value, isRecord, record } from "../protocol/cty";
import { type CallContext, type Diagnostic, type Provider, type ProviderSchema, error } from "../protocol/provider";
import { type DataSourceType, dataSourceSchema } from "./data-source";
import { planChange } from "./plan";
import { type ResourceType, protocolSchema } from "./resource";
import { type BlockSchema, attribute, snakeCase } from "./schema";
import { ImportIdError, objectName } from "./operations";
import { RESOURCE_ID } from "../../schema/generated/types";

export const PROVIDER_BLOCK: BlockSchema = {
  description: "Tidemark: database change management for TiDB and MySQL.",
  blocks: [],
  attributes: [
    attribute({
      name: "url",
      type: "string",
      optional: true,
      description: "Base URL of the Tidemark server, such as `http://localhost:8080`. Defaults to `TIDEMARK_URL`.",
    }),
    attribute({
      name: "service_account",
      type: "string",
      optional: true,
      description: "Email of the service account to log in as. Defaults to `TIDEMARK_SERVICE_ACCOUNT`.",
    }),
    attribute({
      name: "service_key",
      type: "string",
      optional: true,
      sensitive: true,
      description: "Key of the service account (`tmk_…`). Defaults to `TIDEMARK_SERVICE_KEY`.",
    }),
  ],
};

const ENVIRONMENT_FALLBACK: Record<string, string> = {
  url: "TIDEMARK_URL",
  service_account: "TIDEMARK_SERVICE_ACCOUNT",
  service_key: "TIDEMARK_SERVICE_KEY",
};

export class TidemarkProvider implements Provider {
  private client: TidemarkClient | undefined;
  private readonly types: Map<string, ResourceType>;

  private readonly dataSources: Map<string, DataSourceType>;

  constructor(
    resources: ResourceType[],
    dataSources: DataSourceType[],
    private readonly environment: NodeJS.ProcessEnv = process.env,
  ) {
    this.types = new Map(resources.map((r) => [r.typeName, r]));
    this.dataSources = new Map(dataSources.map((d) => [d.typeName, d]));
  }

  getSchema(): ProviderSchema {
    return {
      provider: protocolSchema(0, PROVIDER_BLOCK),
      resources: Object.fromEntries(
        [...this.types.values()].map((r) => [r.typeName, protocolSchema(r.schemaVersion, r.block)]),
      ),
      dataSources: Object.fromEntries([...this.dataSources.values()].map((d) => [d.typeName, dataSourceSchema(d)])),
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
      url: settings.url,
      serviceAccount: settings.service_account,
      serviceKey: settings.service_key,
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

  async planResourceChange(
    request: { typeName: string; priorState: Value; proposedNewState: Value; config: Value },
    context: CallContext,
  ) {
    const type = this.type(request.typeName);
    const plan = planChange(type.block, request.priorState, request.proposedNewState, request.config);
    const hook = type.operations.plan;
    if (!hook || !isRecord(plan.planned)) {
      return { plannedState: plan.planned, requiresReplace: plan.requiresReplace, diagnostics: [] };
    }
    const prior = isRecord(request.priorState) ? request.priorState : null;
    // The hook runs even when the configuration did not change (a migration's directory may
    // have), on a copy so the prior state stays as Terraform sent it.
    const planned = Object.assign(record(), plan.planned);
    try {
      const adjusted = await hook({ type, client: this.api(context) }, { prior, planned, config: request.config });
      return {
        plannedState: adjusted.planned,
        requiresReplace: [...plan.requiresReplace, ...(adjusted.requiresReplace ?? [])],
        diagnostics: adjusted.diagnostics ?? [],
      };
    } catch (err) {
      return {
        plannedState: plan.planned,
        diagnostics: [this.failure(type, "plan", objectName(type, plan.planned), err)],
      };
    }
  }

  async readResource(request: { typeName: string; currentState: Value }, context: CallContext) {
    const type = this.type(request.typeName);
    const state = request.currentState;
    if (!isRecord(state)) return { newState: state, diagnostics: [] };
    try {
      return { newState: await type.operations.read({ type, client: this.api(context) }, { state }), diagnostics: [] };
    } catch (err) {
      // Gone outside Terraform: a null state makes the next plan create it again.
      if (err instanceof ApiCallError && err.notFound) return { newState: null, diagnostics: [] };
      return { newState: state, diagnostics: [this.failure(type, "read", objectName(type, state), err)] };
    }
  }

  async applyResourceChange(
    request: { typeName: string; priorState: Value; plannedState: Value; config: Value },
    context: CallContext,
  ) {
    const type = this.type(request.typeName);
    const prior = isRecord(request.priorState) ? request.priorState : null;
    const planned = isRecord(request.plannedState) ? request.plannedState : null;
    const ops = { type, client: this.api(context) };
    if (!planned) {
      try {
        if (prior) await type.operations.delete(ops, { prior });
      } catch (err) {
        if (!(err instanceof ApiCallError && err.notFound)) {
          return {
            newState: request.priorState,
            diagnostics: [this.failure(type, "delete", objectName(type, prior), err)],
          };
        }
      }
      return { newState: null, diagnostics: [] };
    }
    if (!prior) {
      try {
        return { newState: await type.operations.create(ops, { planned, config: request.config }), diagnostics: [] };
      } catch (err) {
        return { newState: null, diagnostics: [this.failure(type, "create", objectName(type, planned), err)] };
      }
    }
    try {
      return {
        newState: await type.operations.update(ops, { prior, planned, config: request.config }),
        diagnostics: [],
      };
    } catch (err) {
      return {
        newState: request.priorState,
        diagnostics: [this.failure(type, "update", objectName(type, prior), err)],
      };
    }
  }

  async readDataSource(request: { typeName: string; config: Value }, context: CallContext) {
    const source = this.dataSources.get(request.typeName);
    if (!source) throw new Error(`this provider has no data source ${request.typeName}`);
    const config = isRecord(request.config) ? request.config : record();
    try {
      return { state: await source.read(this.api(context), config), diagnostics: [] };
    } catch (err) {
      const name =
        typeof config.name === "string" ? config.name : typeof config.parent === "string" ? config.parent : "";
      const e = err instanceof ApiCallError ? err : undefined;
      const where = e?.requestId ? ` (request ${e.requestId})` : "";
      return {
        state: request.config,
        diagnostics: [
          error(`Could not read data source ${request.typeName} "${name}"`, `${e?.message ?? String(err)}.${where}`),
        ],
      };
    }
  }

  async importResourceState(request: { typeName: string; id: string }, context: CallContext) {
    const type = this.type(request.typeName);
    if (!type.operations.import) {
      const why = type.notImportable ?? `${type.typeName} does not support import.`;
      return { importedResources: [], diagnostics: [error(`Cannot import ${type.typeName} "${request.id}"`, why)] };
    }
    try {
      const state = await type.operations.import({ type, client: this.api(context) }, { id: request.id });
      return { importedResources: [{ typeName: type.typeName, state }], diagnostics: [] };
    } catch (err) {
      if (err instanceof ImportIdError) {
        return {
          importedResources: [],
          diagnostics: [error(`Cannot import ${type.typeName} "${request.id}"`, err.message)],
        };
      }
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

/** An API field path (`dataSources[0].port`) as a Terraform attribute path. */
export function attributePath(field: string): AttributePath {
  const steps: (string | number)[] = [];
  for (const m of field.matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) steps.push(snakeCase(m[1]));
    else steps.push(Number(m[2]));
  }
  return steps;
}
