// The protobuf side: our .proto files turned into grpc-js service definitions, and TypeScript
// shapes of the messages we read and write (field names as in the .proto files).
//
// The .proto files are read from the directory of this module: in the source tree that is
// provider/protocol/, in the bundle it is the bundle's directory, where the install script
// copies them. protobufjs parses them directly; @grpc/proto-loader would also build descriptor
// protos for every message, which costs more than the rest of start-up.

import fs from "node:fs";
import path from "node:path";
import type { MethodDefinition, ServiceDefinition } from "@grpc/grpc-js";
import protobuf from "protobufjs";

export const PROTO_FILES = ["tfplugin6.proto", "plugin.proto"];

export interface Services {
  provider: ServiceDefinition;
  controller: ServiceDefinition;
  stdio: ServiceDefinition;
}

/** Parses the protocol's .proto files (in `dir`) into service definitions for grpc-js. */
export function loadServices(dir: string = __dirname): Services {
  const root = new protobuf.Root();
  for (const file of PROTO_FILES) {
    protobuf.parse(fs.readFileSync(path.join(dir, file), "utf8"), root, { keepCase: true });
  }
  return {
    provider: serviceDefinition(root.lookupService("tfplugin6.Provider")),
    controller: serviceDefinition(root.lookupService("plugin.GRPCController")),
    stdio: serviceDefinition(root.lookupService("plugin.GRPCStdio")),
  };
}

// Requests arrive with every field present (defaults filled in), int64s as numbers, enums as
// numbers and bytes as Buffers, so handlers never meet a Long or an undefined.
const READ: protobuf.IConversionOptions = {
  longs: Number,
  enums: Number,
  defaults: true,
  arrays: true,
  objects: true,
  oneofs: true,
};

function serviceDefinition(service: protobuf.Service): ServiceDefinition {
  const definition: Record<string, MethodDefinition<object, object>> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const request = method.resolvedRequestType!;
    const response = method.resolvedResponseType!;
    definition[method.name] = {
      path: `/${service.fullName.slice(1)}/${method.name}`,
      requestStream: method.requestStream === true,
      responseStream: method.responseStream === true,
      requestSerialize: (message) => Buffer.from(request.encode(message).finish()),
      requestDeserialize: (bytes) => request.toObject(request.decode(bytes), READ),
      responseSerialize: (message) => Buffer.from(response.encode(message).finish()),
      responseDeserialize: (bytes) => response.toObject(response.decode(bytes), READ),
    };
  }
  return definition;
}

// ---- message shapes ----

export interface DynamicValueMessage {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

export enum Severity {
  INVALID = 0,
  ERROR = 1,
  WARNING = 2,
}

export interface AttributePathMessage {
  steps: ({ attribute_name: string } | { element_key_string: string } | { element_key_int: number })[];
}

export interface DiagnosticMessage {
  severity: Severity;
  summary: string;
  detail?: string;
  attribute?: AttributePathMessage;
}

export enum StringKind {
  PLAIN = 0,
  MARKDOWN = 1,
}

export interface SchemaMessage {
  version: number;
  block: BlockMessage;
}

export interface BlockMessage {
  version?: number;
  attributes: AttributeMessage[];
  block_types: NestedBlockMessage[];
  description?: string;
  description_kind?: StringKind;
  deprecated?: boolean;
}

export interface AttributeMessage {
  name: string;
  type?: Uint8Array;
  nested_type?: { attributes: AttributeMessage[]; nesting: number };
  description?: string;
  description_kind?: StringKind;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface NestedBlockMessage {
  type_name: string;
  block: BlockMessage;
  nesting: number;
  min_items?: number;
  max_items?: number;
}

export interface ServerCapabilitiesMessage {
  plan_destroy: boolean;
  get_provider_schema_optional: boolean;
}

export interface ClientCapabilitiesMessage {
  deferral_allowed: boolean;
  write_only_attributes_allowed: boolean;
}

interface WithDiagnostics {
  diagnostics: DiagnosticMessage[];
}

// Requests as decoded (every field present, absent messages null) and responses as written.

export interface GetProviderSchemaResponse extends WithDiagnostics {
  provider?: SchemaMessage;
  resource_schemas: Record<string, SchemaMessage>;
  data_source_schemas: Record<string, SchemaMessage>;
  provider_meta?: SchemaMessage;
  server_capabilities: ServerCapabilitiesMessage;
}

export interface GetMetadataResponse extends WithDiagnostics {
  server_capabilities: ServerCapabilitiesMessage;
  data_sources: { type_name: string }[];
  resources: { type_name: string }[];
}

export interface ValidateProviderConfigRequest {
  config: DynamicValueMessage | null;
}

export interface ConfigureProviderRequest {
  terraform_version: string;
  config: DynamicValueMessage | null;
  client_capabilities: ClientCapabilitiesMessage | null;
}

export interface ValidateResourceConfigRequest {
  type_name: string;
  config: DynamicValueMessage | null;
  client_capabilities: ClientCapabilitiesMessage | null;
}

export interface ValidateDataResourceConfigRequest {
  type_name: string;
  config: DynamicValueMessage | null;
}

export interface UpgradeResourceStateRequest {
  type_name: string;
  version: number;
  raw_state: { json: Uint8Array; flatmap: Record<string, string> } | null;
}

export interface UpgradeResourceStateResponse extends WithDiagnostics {
  upgraded_state?: DynamicValueMessage;
}

export interface ReadResourceRequest {
  type_name: string;
  current_state: DynamicValueMessage | null;
  private: Uint8Array;
  provider_meta: DynamicValueMessage | null;
  client_capabilities: ClientCapabilitiesMessage | null;
}

export interface ReadResourceResponse extends WithDiagnostics {
  new_state?: DynamicValueMessage;
  private?: Uint8Array;
}

export interface PlanResourceChangeRequest {
  type_name: string;
  prior_state: DynamicValueMessage | null;
  proposed_new_state: DynamicValueMessage | null;
  config: DynamicValueMessage | null;
  prior_private: Uint8Array;
  provider_meta: DynamicValueMessage | null;
  client_capabilities: ClientCapabilitiesMessage | null;
}

export interface PlanResourceChangeResponse extends WithDiagnostics {
  planned_state?: DynamicValueMessage;
  requires_replace: AttributePathMessage[];
  planned_private?: Uint8Array;
}

export interface ApplyResourceChangeRequest {
  type_name: string;
  prior_state: DynamicValueMessage | null;
  planned_state: DynamicValueMessage | null;
  config: DynamicValueMessage | null;
  planned_private: Uint8Array;
  provider_meta: DynamicValueMessage | null;
}

export interface ApplyResourceChangeResponse extends WithDiagnostics {
  new_state?: DynamicValueMessage;
  private?: Uint8Array;
}

export interface ImportResourceStateRequest {
  type_name: string;
  id: string;
  client_capabilities: ClientCapabilitiesMessage | null;
}

export interface ImportResourceStateResponse extends WithDiagnostics {
  imported_resources: { type_name: string; state: DynamicValueMessage; private?: Uint8Array }[];
}

export interface ReadDataSourceRequest {
  type_name: string;
  config: DynamicValueMessage | null;
  provider_meta: DynamicValueMessage | null;
  client_capabilities: ClientCapabilitiesMessage | null;
}

export interface ReadDataSourceResponse extends WithDiagnostics {
  state?: DynamicValueMessage;
}

export type DiagnosticsResponse = WithDiagnostics;
