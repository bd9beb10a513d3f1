// Schemas as the provider declares them, and the cty type Terraform derives from each: values
// on the wire are encoded with that implied type, so both sides must derive the same one.

import { CtyType } from "./cty";

export type DescriptionKind = "plain" | "markdown";

/** One attribute. Exactly one of `type` and `nested` is set. */
export interface Attribute {
  type?: CtyType;
  /** Attributes nested inside this one (protocol 6): `x = { ... }` rather than a block. */
  nested?: NestedAttributes;
  description?: string;
  descriptionKind?: DescriptionKind;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  /** Accepted in configuration, never stored in plan or state (Terraform 1.11+). */
  writeOnly?: boolean;
}

export interface NestedAttributes {
  nesting: "single" | "list" | "set" | "map";
  attributes: Record<string, Attribute>;
}

export interface Block {
  attributes?: Record<string, Attribute>;
  blocks?: Record<string, NestedBlock>;
  description?: string;
  descriptionKind?: DescriptionKind;
  deprecated?: boolean;
}

export interface NestedBlock {
  nesting: "single" | "list" | "set" | "map" | "group";
  block: Block;
  minItems?: number;
  maxItems?: number;
}

export interface Schema {
  /** Bumped when stored state needs UpgradeResourceState to read it. */
  version?: number;
  block: Block;
}

/** The object type of a block's values, as Terraform's configschema derives it. */
export function impliedType(block: Block): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    attributes[name] = attributeType(attribute);
  }
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const element = impliedType(nested.block);
    switch (nested.nesting) {
      case "single":
      case "group":
        attributes[name] = element;
        break;
      case "set":
        attributes[name] = ["set", element];
        break;
      // Blocks of a type with dynamic attributes may differ in type, so Terraform gives up on a
      // list or map of one element type and sends a dynamic value (a tuple or object).
      case "list":
        attributes[name] = hasDynamicTypes(element) ? "dynamic" : ["list", element];
        break;
      case "map":
        attributes[name] = hasDynamicTypes(element) ? "dynamic" : ["map", element];
        break;
    }
  }
  return ["object", attributes];
}

function attributeType(attribute: Attribute): CtyType {
  if (attribute.type !== undefined) return attribute.type;
  if (attribute.nested === undefined) throw new Error("an attribute needs a type or nested attributes");
  const attributes: Record<string, CtyType> = {};
  for (const [name, inner] of Object.entries(attribute.nested.attributes)) attributes[name] = attributeType(inner);
  const element: CtyType = ["object", attributes];
  return attribute.nested.nesting === "single" ? element : [attribute.nested.nesting, element];
}

function hasDynamicTypes(type: CtyType): boolean {
  if (type === "dynamic") return true;
  if (typeof type === "string") return false;
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return hasDynamicTypes(type[1]);
    case "tuple":
      return type[1].some(hasDynamicTypes);
    case "object":
      return Object.values(type[1]).some(hasDynamicTypes);
  }
}
