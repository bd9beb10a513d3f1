// Payload shapes several rules share: a number, a list of names, a comment convention.
// (Naming conventions have theirs in naming.ts.)

export interface NumberPayload {
  number: number;
}

export interface ListPayload {
  list: string[];
}

export interface CommentPayload {
  required: boolean;
  /** Longest comment allowed; 0 for no limit. */
  maxLength: number;
}

export function numberPayloadSchema(description: string): object {
  return {
    type: "object",
    additionalProperties: false,
    properties: { number: { type: "integer", minimum: 1, description } },
  };
}

export function listPayloadSchema(description: string): object {
  return {
    type: "object",
    additionalProperties: false,
    properties: { list: { type: "array", items: { type: "string", minLength: 1 }, description } },
  };
}

export function commentPayloadSchema(required: string): object {
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      required: { type: "boolean", description: required },
      maxLength: {
        type: "integer",
        minimum: 0,
        description: "Longest comment allowed, in characters; 0 for no limit.",
      },
    },
  };
}
