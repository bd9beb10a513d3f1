// Plan semantics, decided once for every resource (Terraform's rules for providers):
// - settable attributes are planned as configured;
// - a computed attribute the user left unset is its default when the schema has one; otherwise
//   unknown on create, and on an update unknown unless it is stable (the name);
// - a resource whose configuration did not change plans exactly its prior state;
// - an immutable attribute that changes asks for replacement.
import {
  type AttributePath,
  type Value,
  type ValueRecord,
  isRecord,
  isUnknown,
  record,
  unknown,
} from "../protocol/cty";
import type { BlockSchema, NestedBlockSchema } from "./schema";

export interface Plan {
  planned: Value;
  requiresReplace: AttributePath[];
}

export function valuesEqual(a: Value, b: Value): boolean {
  if (isUnknown(a) || isUnknown(b)) return false;
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === "bigint" || typeof b === "bigint") return String(a) === String(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => valuesEqual(v, b[i] ?? null))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!valuesEqual(a[k] ?? null, b[k] ?? null)) return false;
    return true;
  }
  return String(a) === String(b);
}

/** Whether anything a user can set differs between two values of a block. */
export function configurableChanged(block: BlockSchema, prior: Value, next: Value): boolean {
  const p = isRecord(prior) ? prior : undefined;
  const n = isRecord(next) ? next : undefined;
  if (!p || !n) return p !== n;
  for (const a of block.attributes) {
    if (!a.optional && !a.required) continue;
    if (!valuesEqual(p[a.name] ?? null, n[a.name] ?? null)) return true;
  }
  for (const b of block.blocks) {
    const pv = p[b.name] ?? null;
    const nv = n[b.name] ?? null;
    if (b.nesting === "single") {
      if (configurableChanged(b.block, pv, nv)) return true;
      continue;
    }
    const pl = Array.isArray(pv) ? pv : [];
    const nl = Array.isArray(nv) ? nv : [];
    if (isUnknown(nv) || pl.length !== nl.length) return true;
    // A set's elements match whatever their order.
    if (b.nesting === "set") {
      if (nl.some((e) => !pl.some((p) => !configurableChanged(b.block, p, e)))) return true;
      continue;
    }
    if (nl.some((e, i) => configurableChanged(b.block, pl[i] ?? null, e))) return true;
  }
  return false;
}

function planBlock(block: BlockSchema, prior: Value, proposed: ValueRecord, config: Value): ValueRecord {
  const creating = !isRecord(prior);
  const cfg = isRecord(config) ? config : undefined;
  const out = record();
  for (const a of block.attributes) {
    const proposedValue = proposed[a.name] ?? null;
    if (a.writeOnly) {
      // Terraform's rule: a write-only value never appears in a plan.
      out[a.name] = null;
    } else if (!a.computed || (cfg?.[a.name] ?? null) !== null) {
      out[a.name] = proposedValue;
    } else if (a.default !== undefined) {
      out[a.name] = a.default;
    } else if (!creating && a.stable) {
      out[a.name] = prior[a.name] ?? null;
    } else {
      out[a.name] = unknown;
    }
  }
  for (const b of block.blocks)
    out[b.name] = planNested(
      b,
      creating ? null : (prior[b.name] ?? null),
      proposed[b.name] ?? null,
      cfg?.[b.name] ?? null,
    );
  return out;
}

function planNested(b: NestedBlockSchema, prior: Value, proposed: Value, config: Value): Value {
  if (proposed === null || isUnknown(proposed)) return proposed;
  if (b.nesting === "single") return isRecord(proposed) ? planBlock(b.block, prior, proposed, config) : proposed;
  if (!Array.isArray(proposed)) return proposed;
  const priors = Array.isArray(prior) ? prior : [];
  const configs = Array.isArray(config) ? config : [];
  return proposed.map((element, i) => {
    if (!isRecord(element)) return element;
    const keyName = b.key;
    const priorElement =
      keyName !== undefined
        ? (priors.find((p) => isRecord(p) && valuesEqual(p[keyName] ?? null, element[keyName] ?? null)) ?? null)
        : (priors[i] ?? null);
    return planBlock(b.block, priorElement, element, configs[i] ?? null);
  });
}

function replacements(
  block: BlockSchema,
  prior: ValueRecord,
  planned: ValueRecord,
  path: AttributePath = [],
): AttributePath[] {
  const out: AttributePath[] = [];
  for (const a of block.attributes) {
    if (a.requiresReplace && !valuesEqual(prior[a.name] ?? null, planned[a.name] ?? null)) out.push([...path, a.name]);
  }
  for (const b of block.blocks) {
    const p = prior[b.name] ?? null;
    const n = planned[b.name] ?? null;
    if (b.nesting === "single" && isRecord(p) && isRecord(n))
      out.push(...replacements(b.block, p, n, [...path, b.name]));
  }
  return out;
}

/** PlanResourceChange for any resource of `block`. */
export function planChange(block: BlockSchema, prior: Value, proposed: Value, config: Value): Plan {
  if (proposed === null || !isRecord(proposed)) return { planned: proposed, requiresReplace: [] };
  const planned = planBlock(block, prior, proposed, config);
  // Compared after defaults are planned: a default the server no longer holds is drift to undo.
  if (isRecord(prior) && !configurableChanged(block, prior, planned)) return { planned: prior, requiresReplace: [] };
  return { planned, requiresReplace: isRecord(prior) ? replacements(block, prior, planned) : [] };
}
