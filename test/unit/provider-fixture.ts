// A trivial provider on the protocol layer, for the tests that start a real plugin process:
// `fixture_note` keeps a text and gets a computed id; `fixture_echo` reads back its input.
// Applies wait for FIXTURE_APPLY_DELAY_MS (default 0), after touching FIXTURE_APPLY_STARTED if
// set, so a test can interrupt one that is surely in flight.

import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { Value, ValueRecord, isRecord, isWhollyKnown, unknown } from "../../provider/protocol/cty";
import { Provider, error } from "../../provider/protocol/provider";
import { serve } from "../../provider/protocol/serve";

function object(value: Value): ValueRecord {
  if (!isRecord(value)) throw new Error("expected an object");
  return value;
}

export const fixtureProvider: Provider = {
  getSchema: () => ({
    provider: { block: { attributes: { prefix: { type: "string", optional: true, description: "Prefix for ids." } } } },
    resources: {
      fixture_note: {
        block: {
          attributes: {
            id: { type: "string", computed: true },
            text: { type: "string", required: true },
            size: { type: "number", optional: true },
            tags: { type: ["map", "string"], optional: true },
          },
        },
      },
    },
    dataSources: {
      fixture_echo: {
        block: {
          attributes: { input: { type: "string", required: true }, output: { type: "string", computed: true } },
        },
      },
    },
  }),

  validateResourceConfig({ config }) {
    const text = object(config).text;
    return typeof text === "string" && text.trim() === ""
      ? { diagnostics: [error("Empty text", "Give the note some text.", ["text"])] }
      : {};
  },

  planResourceChange({ priorState, proposedNewState }) {
    if (proposedNewState === null) return { plannedState: null };
    const planned = { ...object(proposedNewState) };
    planned.id = priorState === null ? unknown : object(priorState).id;
    return { plannedState: planned };
  },

  async applyResourceChange({ plannedState }, { signal }) {
    if (process.env.FIXTURE_APPLY_STARTED) fs.writeFileSync(process.env.FIXTURE_APPLY_STARTED, "");
    await sleep(Number(process.env.FIXTURE_APPLY_DELAY_MS ?? 0), undefined, { signal });
    if (plannedState === null) return { newState: null };
    const state = { ...object(plannedState) };
    if (!isWhollyKnown(state.id)) state.id = `note-${String(state.text).length}`;
    return { newState: state };
  },

  readDataSource({ config }) {
    const input = object(config).input;
    return { state: { input, output: typeof input === "string" ? input.toUpperCase() : null } };
  },
};

if (require.main === module) void serve(fixtureProvider);
