// The tfplugin6 Provider service over a Provider: decodes each request's values with the
// schema of the type it names, calls the provider, encodes its answer. Every failure, the
// provider's or ours, comes back to Terraform as an error diagnostic; nothing escapes.

import { AttributePath, CtyType, CtyValueError, Value, formatPath, typeJson } from "./cty";
import { decodeJson } from "./cty-json";
import { decodeMsgpack, encodeMsgpack } from "./cty-msgpack";
import { ClientCapabilities, Diagnostic, Provider, ProviderSchema, error } from "./provider";
import { Attribute, Block, Schema, impliedType } from "./schema";
import {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  AttributeMessage,
  AttributePathMessage,
  BlockMessage,
  ClientCapabilitiesMessage,
  ConfigureProviderRequest,
  DiagnosticMessage,
  DiagnosticsResponse,
  DynamicValueMessage,
  GetMetadataResponse,
  GetProviderSchemaResponse,
  ImportResourceStateRequest,
  ImportResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  SchemaMessage,
  ServerCapabilitiesMessage,
  Severity,
  StringKind,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
  ValidateDataResourceConfigRequest,
  ValidateProviderConfigRequest,
  ValidateResourceConfigRequest,
} from "./wire";

/** A failure with words meant for the user, raised inside this layer. */
class ProtocolError extends Error {
  constructor(
    readonly summary: string,
    readonly detail: string,
  ) {
    super(summary);
  }
}

type Kind = "resource" | "data source";

export class ProviderService {
  private schemaCache: ProviderSchema | undefined;
  private readonly types = new Map<string, CtyType>();
  private stopping = new AbortController();

  constructor(
    private readonly provider: Provider,
    /** Where unexpected errors are written in full (Terraform logs the plugin's stderr). */
    private readonly log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
  ) {}

  // ---- RPCs ----

  async getProviderSchema(): Promise<GetProviderSchemaResponse> {
    return this.answer<GetProviderSchemaResponse>(
      "GetProviderSchema",
      async () => {
        const schema = this.schema();
        return {
          provider: schemaMessage(schema.provider),
          resource_schemas: mapValues(schema.resources, schemaMessage),
          data_source_schemas: mapValues(schema.dataSources, schemaMessage),
          provider_meta: schema.providerMeta ? schemaMessage(schema.providerMeta) : undefined,
          server_capabilities: this.capabilities(),
          diagnostics: [],
        };
      },
      (diagnostics) => ({
        resource_schemas: {},
        data_source_schemas: {},
        server_capabilities: this.capabilities(),
        diagnostics,
      }),
    );
  }

  async getMetadata(): Promise<GetMetadataResponse> {
    return this.answer<GetMetadataResponse>(
      "GetMetadata",
      async () => {
        const schema = this.schema();
        return {
          server_capabilities: this.capabilities(),
          resources: Object.keys(schema.resources).map((type_name) => ({ type_name })),
          data_sources: Object.keys(schema.dataSources).map((type_name) => ({ type_name })),
          diagnostics: [],
        };
      },
      (diagnostics) => ({ server_capabilities: this.capabilities(), resources: [], data_sources: [], diagnostics }),
    );
  }

  async validateProviderConfig(
    request: ValidateProviderConfigRequest,
    signal?: AbortSignal,
  ): Promise<DiagnosticsResponse> {
    return this.answer<DiagnosticsResponse>(
      "ValidateProviderConfig",
      async (context) => {
        const config = decodeValue(request.config, this.providerType(), "config");
        const answer = await this.provider.validateProviderConfig?.({ config }, context);
        return { diagnostics: diagnosticMessages(answer?.diagnostics) };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async configureProvider(request: ConfigureProviderRequest, signal?: AbortSignal): Promise<DiagnosticsResponse> {
    return this.answer<DiagnosticsResponse>(
      "ConfigureProvider",
      async (context) => {
        const config = decodeValue(request.config, this.providerType(), "config");
        const answer = await this.provider.configure?.(
          {
            terraformVersion: request.terraform_version,
            config,
            clientCapabilities: clientCapabilities(request.client_capabilities),
          },
          context,
        );
        return { diagnostics: diagnosticMessages(answer?.diagnostics) };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async validateResourceConfig(
    request: ValidateResourceConfigRequest,
    signal?: AbortSignal,
  ): Promise<DiagnosticsResponse> {
    return this.answer<DiagnosticsResponse>(
      "ValidateResourceConfig",
      async (context) => {
        const type = this.typeOf("resource", request.type_name);
        const config = decodeValue(request.config, type, "config");
        const answer = await this.provider.validateResourceConfig?.(
          { typeName: request.type_name, config, clientCapabilities: clientCapabilities(request.client_capabilities) },
          context,
        );
        return { diagnostics: diagnosticMessages(answer?.diagnostics) };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async validateDataResourceConfig(
    request: ValidateDataResourceConfigRequest,
    signal?: AbortSignal,
  ): Promise<DiagnosticsResponse> {
    return this.answer<DiagnosticsResponse>(
      "ValidateDataResourceConfig",
      async (context) => {
        const type = this.typeOf("data source", request.type_name);
        const config = decodeValue(request.config, type, "config");
        const answer = await this.provider.validateDataResourceConfig?.(
          { typeName: request.type_name, config },
          context,
        );
        return { diagnostics: diagnosticMessages(answer?.diagnostics) };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async upgradeResourceState(
    request: UpgradeResourceStateRequest,
    signal?: AbortSignal,
  ): Promise<UpgradeResourceStateResponse> {
    return this.answer<UpgradeResourceStateResponse>(
      "UpgradeResourceState",
      async (context) => {
        const type = this.typeOf("resource", request.type_name);
        const rawState = {
          json: request.raw_state?.json.length ? request.raw_state.json : undefined,
          flatmap: Object.keys(request.raw_state?.flatmap ?? {}).length > 0 ? request.raw_state!.flatmap : undefined,
        };
        const answer = this.provider.upgradeResourceState
          ? await this.provider.upgradeResourceState(
              { typeName: request.type_name, version: request.version, rawState },
              context,
            )
          : { upgradedState: this.storedState(request.type_name, request.version, rawState.json, type) };
        return {
          upgraded_state: encodeValue(answer.upgradedState, type),
          diagnostics: diagnosticMessages(answer.diagnostics),
        };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async readResource(request: ReadResourceRequest, signal?: AbortSignal): Promise<ReadResourceResponse> {
    return this.answer<ReadResourceResponse>(
      "ReadResource",
      async (context) => {
        const type = this.typeOf("resource", request.type_name);
        const currentState = decodeValue(request.current_state, type, "current state");
        const answer = this.provider.readResource
          ? await this.provider.readResource(
              {
                typeName: request.type_name,
                currentState,
                private: request.private,
                providerMeta: this.providerMeta(request.provider_meta),
                clientCapabilities: clientCapabilities(request.client_capabilities),
              },
              context,
            )
          : { newState: currentState, private: request.private };
        return {
          new_state: encodeValue(answer.newState, type),
          private: answer.private,
          diagnostics: diagnosticMessages(answer.diagnostics),
        };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async planResourceChange(
    request: PlanResourceChangeRequest,
    signal?: AbortSignal,
  ): Promise<PlanResourceChangeResponse> {
    return this.answer<PlanResourceChangeResponse>(
      "PlanResourceChange",
      async (context) => {
        const type = this.typeOf("resource", request.type_name);
        const proposedNewState = decodeValue(request.proposed_new_state, type, "proposed new state");
        const answer = this.provider.planResourceChange
          ? await this.provider.planResourceChange(
              {
                typeName: request.type_name,
                priorState: decodeValue(request.prior_state, type, "prior state"),
                proposedNewState,
                config: decodeValue(request.config, type, "config"),
                priorPrivate: request.prior_private,
                providerMeta: this.providerMeta(request.provider_meta),
                clientCapabilities: clientCapabilities(request.client_capabilities),
              },
              context,
            )
          : { plannedState: proposedNewState, plannedPrivate: request.prior_private };
        return {
          planned_state: encodeValue(answer.plannedState, type),
          requires_replace: (answer.requiresReplace ?? []).map(pathMessage),
          planned_private: answer.plannedPrivate,
          diagnostics: diagnosticMessages(answer.diagnostics),
        };
      },
      (diagnostics) => ({ requires_replace: [], diagnostics }),
      signal,
    );
  }

  async applyResourceChange(
    request: ApplyResourceChangeRequest,
    signal?: AbortSignal,
  ): Promise<ApplyResourceChangeResponse> {
    return this.answer<ApplyResourceChangeResponse>(
      "ApplyResourceChange",
      async (context) => {
        const type = this.typeOf("resource", request.type_name);
        if (!this.provider.applyResourceChange) {
          throw new ProtocolError(
            "Apply not supported",
            `The provider cannot create, update or delete ${request.type_name}.`,
          );
        }
        const answer = await this.provider.applyResourceChange(
          {
            typeName: request.type_name,
            priorState: decodeValue(request.prior_state, type, "prior state"),
            plannedState: decodeValue(request.planned_state, type, "planned state"),
            config: decodeValue(request.config, type, "config"),
            plannedPrivate: request.planned_private,
            providerMeta: this.providerMeta(request.provider_meta),
          },
          context,
        );
        return {
          new_state: encodeValue(answer.newState, type),
          private: answer.private,
          diagnostics: diagnosticMessages(answer.diagnostics),
        };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  async importResourceState(
    request: ImportResourceStateRequest,
    signal?: AbortSignal,
  ): Promise<ImportResourceStateResponse> {
    return this.answer<ImportResourceStateResponse>(
      "ImportResourceState",
      async (context) => {
        this.typeOf("resource", request.type_name);
        if (!this.provider.importResourceState) {
          throw new ProtocolError(
            "Import not supported",
            `${request.type_name} cannot be imported; declare it in configuration and let Terraform create it.`,
          );
        }
        const answer = await this.provider.importResourceState(
          {
            typeName: request.type_name,
            id: request.id,
            clientCapabilities: clientCapabilities(request.client_capabilities),
          },
          context,
        );
        return {
          imported_resources: answer.importedResources.map((imported) => ({
            type_name: imported.typeName,
            state: encodeValue(imported.state, this.typeOf("resource", imported.typeName)),
            private: imported.private,
          })),
          diagnostics: diagnosticMessages(answer.diagnostics),
        };
      },
      (diagnostics) => ({ imported_resources: [], diagnostics }),
      signal,
    );
  }

  async readDataSource(request: ReadDataSourceRequest, signal?: AbortSignal): Promise<ReadDataSourceResponse> {
    return this.answer<ReadDataSourceResponse>(
      "ReadDataSource",
      async (context) => {
        const type = this.typeOf("data source", request.type_name);
        if (!this.provider.readDataSource) {
          throw new ProtocolError("Data source not supported", `The provider cannot read ${request.type_name}.`);
        }
        const answer = await this.provider.readDataSource(
          {
            typeName: request.type_name,
            config: decodeValue(request.config, type, "config"),
            providerMeta: this.providerMeta(request.provider_meta),
            clientCapabilities: clientCapabilities(request.client_capabilities),
          },
          context,
        );
        return { state: encodeValue(answer.state, type), diagnostics: diagnosticMessages(answer.diagnostics) };
      },
      (diagnostics) => ({ diagnostics }),
      signal,
    );
  }

  /** StopProvider: aborts every call in flight; calls that come after start afresh. */
  stopProvider(): { Error: string } {
    const stopping = this.stopping;
    this.stopping = new AbortController();
    stopping.abort(new ProtocolError("Operation cancelled", "Terraform asked the provider to stop (interrupted run)."));
    return { Error: "" };
  }

  // ---- helpers ----

  private schema(): ProviderSchema {
    this.schemaCache ??= this.provider.getSchema();
    return this.schemaCache;
  }

  private capabilities(): ServerCapabilitiesMessage {
    // The schema lives in this process, so values decode without Terraform asking for it first.
    return { plan_destroy: this.schemaCache?.planDestroy === true, get_provider_schema_optional: true };
  }

  private providerType(): CtyType {
    return this.cachedType("provider", () => this.schema().provider);
  }

  private providerMeta(message: DynamicValueMessage | null): Value {
    const schema = this.schema().providerMeta;
    if (!schema) return null;
    return decodeValue(
      message,
      this.cachedType("provider_meta", () => schema),
      "provider_meta",
    );
  }

  private typeOf(kind: Kind, name: string): CtyType {
    return this.cachedType(`${kind}:${name}`, () => {
      const schemas = kind === "resource" ? this.schema().resources : this.schema().dataSources;
      if (!Object.prototype.hasOwnProperty.call(schemas, name)) {
        throw new ProtocolError(`Unsupported ${kind} type`, `This provider has no ${kind} type "${name}".`);
      }
      return schemas[name];
    });
  }

  private cachedType(key: string, schema: () => Schema): CtyType {
    let type = this.types.get(key);
    if (type === undefined) {
      type = impliedType(schema().block);
      this.types.set(key, type);
    }
    return type;
  }

  /** The default upgrade: state written with the current schema version, read as JSON. */
  private storedState(typeName: string, version: number, json: Uint8Array | undefined, type: CtyType): Value {
    const current = this.schema().resources[typeName].version ?? 0;
    if (version !== current) {
      throw new ProtocolError(
        "Unsupported state version",
        `The state of this ${typeName} was written with schema version ${version}; this provider reads version ${current}. ` +
          (version > current
            ? "Use the provider version that wrote it, or a newer one."
            : "Upgrade through an intermediate provider version."),
      );
    }
    if (!json) {
      throw new ProtocolError(
        "Unsupported state format",
        `The state of this ${typeName} is not JSON; it predates Terraform 0.12.`,
      );
    }
    return decodeValue({ json }, type, "stored state", true);
  }

  /**
   * Runs one RPC: a context whose signal aborts on StopProvider (and when Terraform drops the
   * call), and every exception turned into an error diagnostic on a fallback response.
   */
  private async answer<T extends { diagnostics: DiagnosticMessage[] }>(
    rpc: string,
    run: (context: { signal: AbortSignal }) => Promise<T>,
    fallback: (diagnostics: DiagnosticMessage[]) => T,
    callSignal?: AbortSignal,
  ): Promise<T> {
    const signal = callSignal ? AbortSignal.any([this.stopping.signal, callSignal]) : this.stopping.signal;
    try {
      return await run({ signal });
    } catch (err) {
      return fallback(diagnosticMessages([this.diagnose(rpc, err, signal)]));
    }
  }

  private diagnose(rpc: string, err: unknown, signal: AbortSignal): Diagnostic {
    if (err instanceof ProtocolError) return error(err.summary, err.detail);
    if (err instanceof RequestValueError) {
      return error(
        "Invalid value from Terraform",
        `The ${err.what} could not be read: ${err.cause.problem}`,
        nonEmpty(err.cause.path),
      );
    }
    if (err instanceof CtyValueError) {
      return error(
        "Provider produced an invalid value",
        `${err.problem}${err.path.length ? ` (at ${formatPath(err.path)})` : ""}. This is a bug in the provider; please report it.`,
        nonEmpty(err.path),
      );
    }
    if (signal.aborted) {
      const reason = signal.reason instanceof ProtocolError ? signal.reason.detail : "Terraform cancelled the call.";
      return error("Operation cancelled", reason);
    }
    this.log(`${rpc} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    const message = err instanceof Error ? err.message : String(err);
    return error("Unexpected provider error", `${rpc} failed: ${message}`);
  }
}

/** A request value that failed to decode: Terraform's value, not the provider's. */
class RequestValueError extends Error {
  constructor(
    readonly what: string,
    override readonly cause: CtyValueError,
  ) {
    super(cause.message);
  }
}

function decodeValue(message: DynamicValueMessage | null, type: CtyType, what: string, stored = false): Value {
  try {
    if (message?.msgpack?.length) return decodeMsgpack(message.msgpack, type);
    if (message?.json?.length) return decodeJson(message.json, type, { ignoreUndefinedAttributes: stored });
    return null;
  } catch (err) {
    if (err instanceof CtyValueError) throw new RequestValueError(what, err);
    throw err;
  }
}

function encodeValue(value: Value, type: CtyType): DynamicValueMessage {
  return { msgpack: encodeMsgpack(value, type) };
}

function nonEmpty(path: AttributePath): AttributePath | undefined {
  return path.length > 0 ? path : undefined;
}

function clientCapabilities(message: ClientCapabilitiesMessage | null): ClientCapabilities {
  return {
    deferralAllowed: message?.deferral_allowed === true,
    writeOnlyAttributesAllowed: message?.write_only_attributes_allowed === true,
  };
}

export function diagnosticMessages(diagnostics: readonly Diagnostic[] | undefined): DiagnosticMessage[] {
  return (diagnostics ?? []).map((d) => ({
    severity: d.severity === "warning" ? Severity.WARNING : Severity.ERROR,
    summary: d.summary,
    detail: d.detail,
    attribute: d.attribute && d.attribute.length > 0 ? pathMessage(d.attribute) : undefined,
  }));
}

function pathMessage(path: AttributePath): AttributePathMessage {
  return {
    steps: path.map((step) =>
      typeof step === "string"
        ? { attribute_name: step }
        : typeof step === "number"
          ? { element_key_int: step }
          : { element_key_string: step.key },
    ),
  };
}

// ---- schemas ----

const BLOCK_NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;
const OBJECT_NESTING = { single: 1, list: 2, set: 3, map: 4 } as const;

export function schemaMessage(schema: Schema): SchemaMessage {
  return { version: schema.version ?? 0, block: blockMessage(schema.block) };
}

function blockMessage(block: Block): BlockMessage {
  return {
    attributes: Object.entries(block.attributes ?? {}).map(([name, attribute]) => attributeMessage(name, attribute)),
    block_types: Object.entries(block.blocks ?? {}).map(([type_name, nested]) => ({
      type_name,
      block: blockMessage(nested.block),
      nesting: BLOCK_NESTING[nested.nesting],
      min_items: nested.minItems,
      max_items: nested.maxItems,
    })),
    description: block.description,
    description_kind: block.descriptionKind === "markdown" ? StringKind.MARKDOWN : StringKind.PLAIN,
    deprecated: block.deprecated,
  };
}

function attributeMessage(name: string, attribute: Attribute): AttributeMessage {
  return {
    name,
    type: attribute.type !== undefined ? Buffer.from(typeJson(attribute.type)) : undefined,
    nested_type: attribute.nested
      ? {
          attributes: Object.entries(attribute.nested.attributes).map(([n, a]) => attributeMessage(n, a)),
          nesting: OBJECT_NESTING[attribute.nested.nesting],
        }
      : undefined,
    description: attribute.description,
    description_kind: attribute.descriptionKind === "markdown" ? StringKind.MARKDOWN : StringKind.PLAIN,
    required: attribute.required,
    optional: attribute.optional,
    computed: attribute.computed,
    sensitive: attribute.sensitive,
    deprecated: attribute.deprecated,
    write_only: attribute.writeOnly,
  };
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
