// What a provider implements to be served over tfplugin6: one method per RPC, on decoded values,
// answering with typed diagnostics. The protocol layer does the wire work (msgpack, schemas,
// diagnostics, cancellation); it knows nothing of any resource.

import { AttributePath, Value } from "./cty";
import { Schema } from "./schema";

export type { AttributePath } from "./cty";

export interface Diagnostic {
  severity: "error" | "warning";
  /** A short statement of what went wrong. */
  summary: string;
  /** What the user should do about it. */
  detail?: string;
  /** The attribute the diagnostic is about, shown by Terraform next to the configuration. */
  attribute?: AttributePath;
}

export function error(summary: string, detail?: string, attribute?: AttributePath): Diagnostic {
  return { severity: "error", summary, detail, attribute };
}

export function warning(summary: string, detail?: string, attribute?: AttributePath): Diagnostic {
  return { severity: "warning", summary, detail, attribute };
}

export interface ProviderSchema {
  provider: Schema;
  resources: Record<string, Schema>;
  dataSources: Record<string, Schema>;
  /** The `provider_meta` block modules may set for this provider, if it reads one. */
  providerMeta?: Schema;
  /** Ask Terraform to call PlanResourceChange for destroys too. */
  planDestroy?: boolean;
}

export interface ClientCapabilities {
  /** Terraform can take a deferred answer (unused by this layer yet). */
  deferralAllowed: boolean;
  /** Terraform understands write-only attributes (1.11+). */
  writeOnlyAttributesAllowed: boolean;
}

/** Passed to every call: aborted when Terraform calls StopProvider or drops the call. */
export interface CallContext {
  signal: AbortSignal;
}

type Answer<T> = T | Promise<T>;

export interface Diagnosed {
  diagnostics?: Diagnostic[];
}

/** Stored state: JSON as written by the provider version that wrote it (a flatmap only from SDKv1-era state). */
export interface RawState {
  json?: Uint8Array;
  flatmap?: Record<string, string>;
}

/**
 * A provider. Values are decoded with the schema of the type named in the request; an object
 * value carries every attribute. A method may throw: the error becomes an error diagnostic.
 * Omitted methods have the defaults documented on each.
 */
export interface Provider {
  /** Called once per process; the result is cached. */
  getSchema(): ProviderSchema;

  /** Default: no diagnostics. */
  validateProviderConfig?(request: { config: Value }, context: CallContext): Answer<Diagnosed>;

  /** Default: no diagnostics. */
  configure?(
    request: { terraformVersion: string; config: Value; clientCapabilities: ClientCapabilities },
    context: CallContext,
  ): Answer<Diagnosed>;

  /** Default: no diagnostics. */
  validateResourceConfig?(
    request: { typeName: string; config: Value; clientCapabilities: ClientCapabilities },
    context: CallContext,
  ): Answer<Diagnosed>;

  /** Default: no diagnostics. */
  validateDataResourceConfig?(request: { typeName: string; config: Value }, context: CallContext): Answer<Diagnosed>;

  /**
   * Reads state stored by any earlier version of the schema. Default: the JSON decoded with
   * the current schema, dropping attributes it no longer has; other versions fail.
   */
  upgradeResourceState?(
    request: { typeName: string; version: number; rawState: RawState },
    context: CallContext,
  ): Answer<{ upgradedState: Value } & Diagnosed>;

  /** Refreshes state; a null `newState` tells Terraform the object is gone. Default: state unchanged. */
  readResource?(
    request: {
      typeName: string;
      currentState: Value;
      private: Uint8Array;
      providerMeta: Value;
      clientCapabilities: ClientCapabilities;
    },
    context: CallContext,
  ): Answer<{ newState: Value; private?: Uint8Array } & Diagnosed>;

  /** Default: the proposed new state, unchanged. */
  planResourceChange?(
    request: {
      typeName: string;
      priorState: Value;
      proposedNewState: Value;
      config: Value;
      priorPrivate: Uint8Array;
      providerMeta: Value;
      clientCapabilities: ClientCapabilities;
    },
    context: CallContext,
  ): Answer<{ plannedState: Value; requiresReplace?: AttributePath[]; plannedPrivate?: Uint8Array } & Diagnosed>;

  /** Creates, updates or (planned state null) deletes. Default: an error diagnostic. */
  applyResourceChange?(
    request: {
      typeName: string;
      priorState: Value;
      plannedState: Value;
      config: Value;
      plannedPrivate: Uint8Array;
      providerMeta: Value;
    },
    context: CallContext,
  ): Answer<{ newState: Value; private?: Uint8Array } & Diagnosed>;

  /** Default: an error diagnostic saying the type cannot be imported. */
  importResourceState?(
    request: { typeName: string; id: string; clientCapabilities: ClientCapabilities },
    context: CallContext,
  ): Answer<{ importedResources: { typeName: string; state: Value; private?: Uint8Array }[] } & Diagnosed>;

  /** Default: an error diagnostic. */
  readDataSource?(
    request: { typeName: string; config: Value; providerMeta: Value; clientCapabilities: ClientCapabilities },
    context: CallContext,
  ): Answer<{ state: Value } & Diagnosed>;
}
