// The framework's vocabulary, in a module of its own so that the resource definitions and the
// operations that act on them both depend on it rather than on each other.
import type { TidemarkClient } from "../client/api";
import type { AttributePath, Value, ValueRecord } from "../protocol/cty";
import type { Diagnostic } from "../protocol/provider";
import type { BlockSchema } from "./schema";

/** What a managed resource is to the framework: its Terraform type, its schema and where it lives in the API. */
export interface ResourceType {
  typeName: string;
  /** "instance": for messages. */
  noun: string;
  /** The API collection: `instances`. */
  collection: string;
  /** The create call's id parameter: `instanceId`. */
  idParameter: string;
  block: BlockSchema;
  /** Query parameters of the delete call (an instance is purged, not soft-deleted). */
  deleteQuery?: Record<string, string>;
  /** The version of the state's shape, for UpgradeResourceState. */
  schemaVersion: number;
  /** Checks a configuration beyond what its schema says. */
  validate?: (config: Value) => Diagnostic[];
  /** How it is created, read, updated, deleted and imported. */
  operations: Operations;
  /** What messages call one object when it has no `name` or `resource_id` (a migration: its directory). */
  label?: (value: ValueRecord) => string;
  /** Why the type cannot be imported, for one without `operations.import`: import answers it, docs show it. */
  notImportable?: string;
}

export interface OperationContext {
  type: ResourceType;
  client: TidemarkClient;
}

export interface Operations {
  /** Adjusts the framework's plan (which already follows Terraform's rules); may add diagnostics. */
  plan?(
    context: OperationContext,
    args: { prior: ValueRecord | null; planned: ValueRecord; config: Value },
  ): Promise<{ planned: ValueRecord; requiresReplace?: AttributePath[]; diagnostics?: Diagnostic[] }>;
  create(context: OperationContext, args: { planned: ValueRecord; config: Value }): Promise<ValueRecord>;
  /** The current state, or null when the object is gone. */
  read(context: OperationContext, args: { state: ValueRecord }): Promise<ValueRecord | null>;
  update(
    context: OperationContext,
    args: { prior: ValueRecord; planned: ValueRecord; config: Value },
  ): Promise<ValueRecord>;
  delete(context: OperationContext, args: { prior: ValueRecord }): Promise<void>;
  /** State from an import id; throws ImportIdError for an id of the wrong shape. Absent: not importable. */
  import?(context: OperationContext, args: { id: string }): Promise<ValueRecord>;
}
