// The database engines Tidemark reads SQL for: the contract's own list (schema/, an instance's
// `engine`), so every engine an instance may have is one review reads. The engine of the target
// chooses the dialect.
import { INSTANCE_ENGINE_VALUES, type InstanceEngine } from "../schema/generated/types";

export const ENGINES = INSTANCE_ENGINE_VALUES;
export type Engine = InstanceEngine;
