// What the naming rules share: their payload and how a name is held against it.
import { indexDefinitions, type IndexDefinition } from "./ast";
import type { Finding, StatementContext } from "./types";

export interface NamingPayload {
  /** A regular expression; in index and key rules `{{table}}` and `{{column_list}}` stand for the table and its columns. */
  format: string;
  /** Longest name allowed; 0 for no limit. */
  maxLength: number;
}

export const namingPayloadSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    format: { type: "string", minLength: 1, description: "Regular expression the name must match." },
    maxLength: { type: "integer", minimum: 0, description: "Longest name allowed, in characters; 0 for no limit." },
  },
};

/** Why a name breaks the convention, or undefined when it follows it. */
export function namingProblem(
  name: string,
  payload: NamingPayload,
  template: { table?: string; columns?: string[] } = {},
): string | undefined {
  const format = payload.format
    .replace(/\{\{table\}\}/g, escape(template.table ?? ""))
    .replace(/\{\{column_list\}\}/g, escape((template.columns ?? []).join("_")));
  if (!compiled(format).test(name)) return `does not match ${format}`;
  if (payload.maxLength > 0 && name.length > payload.maxLength) {
    return `is ${name.length} characters long; at most ${payload.maxLength} are allowed`;
  }
  return undefined;
}

/**
 * Findings for the indexes of one kind a statement creates whose names break the convention.
 * An index without a name is one: the server would name it after its first column.
 */
export function indexNamingFindings(
  context: StatementContext,
  kind: IndexDefinition["kind"],
  what: string,
  payload: NamingPayload,
): Finding[] {
  return indexDefinitions(context)
    .filter((i) => i.kind === kind)
    .flatMap((i) => {
      const { name, table, columns } = i;
      const problem = name === undefined ? "has no name" : namingProblem(name, payload, { table, columns });
      const subject =
        name === undefined ? `The ${what} on ${table} (${columns.join(", ")})` : `The ${what} name ${name}`;
      return problem
        ? [
            {
              title: `${what[0]?.toUpperCase()}${what.slice(1)} name breaks the convention`,
              content: `${subject} ${problem}.`,
              line: i.line,
            },
          ]
        : [];
    });
}

// A review holds every name of a change against the same few formats: each is compiled once.
const formats = new Map<string, RegExp>();

function compiled(format: string): RegExp {
  let pattern = formats.get(format);
  if (!pattern) {
    pattern = new RegExp(format);
    // Formats with a table or columns in them differ per index: keep the map from growing without end.
    if (formats.size >= 256) formats.clear();
    formats.set(format, pattern);
  }
  return pattern;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
