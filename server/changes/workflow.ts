// The change workflow as a state machine: which status a new change starts in, what each verb
// may do from each status, and the approval rule. Pure — no store, no request — so the routes in
// change.ts only load, ask here, and write; test/unit/change-workflow.test.ts reads it as a table.
import type { ChangeApproval, ChangeStatus, ChangeTaskStatus } from "../../schema/generated/types";

/** What a person (or the rollout) does to a change. */
export type ChangeVerb = "approve" | "reject" | "run" | "cancel" | "resolve";

/** The statuses each verb starts from; the rollout's own end (RUNNING → DONE | FAILED) is not a verb. */
export const ALLOWED_FROM: Readonly<Record<ChangeVerb, readonly ChangeStatus[]>> = {
  approve: ["PENDING_APPROVAL"],
  reject: ["PENDING_APPROVAL"],
  // FAILED resumes after the statements that took effect.
  run: ["APPROVED", "FAILED"],
  cancel: ["BLOCKED", "PENDING_APPROVAL", "APPROVED", "FAILED", "RUNNING"],
  // A statement of unknown outcome leaves its change FAILED (or CANCELED, if it was canceled
  // meanwhile); resolving it records the truth and leaves the status as it is.
  resolve: ["FAILED", "CANCELED"],
};

/** Where a change is afterwards when a verb is allowed, or why it is not. */
export type Verdict = { ok: true; to: ChangeStatus } | { ok: false; reason: string };

/** The status a change starts in, from its review and its targets. */
export function initialStatus(review: { blocking: boolean; approvalRequired: boolean }): ChangeStatus {
  if (review.blocking) return "BLOCKED";
  return review.approvalRequired ? "PENDING_APPROVAL" : "APPROVED";
}

export interface DecisionFacts {
  verb: "approve" | "reject";
  status: ChangeStatus;
  /** Who decides, and who created the change. */
  caller: string;
  creator: string;
  allowSelfApproval: boolean;
  requiredApprovals: number;
  /** The decisions so far. */
  approvals: readonly Pick<ChangeApproval, "approver" | "decision">[];
}

/**
 * An approval or rejection: approved once enough different approvers said so, and one rejection
 * ends it. The author may not approve their own change unless the project allows it; nobody
 * decides twice.
 */
export function decide(facts: DecisionFacts): Verdict & { forbidden?: boolean } {
  const from = allowedFrom(facts.verb, facts.status);
  if (!from.ok) return from;
  if (facts.verb === "approve" && facts.caller === facts.creator && !facts.allowSelfApproval) {
    return {
      ok: false,
      forbidden: true,
      reason: `${facts.caller} created this change and its project does not allow self-approval`,
    };
  }
  if (facts.approvals.some((a) => a.approver === facts.caller)) {
    return { ok: false, reason: `${facts.caller} has already decided on this change` };
  }
  if (facts.verb === "reject") return { ok: true, to: "REJECTED" };
  const approvers = facts.approvals.filter((a) => a.decision === "APPROVED").length + 1;
  return { ok: true, to: approvers >= facts.requiredApprovals ? "APPROVED" : "PENDING_APPROVAL" };
}

/** Whether a change may be run (or resumed) now, given its targets' tasks. */
export function run(status: ChangeStatus, tasks: readonly ChangeTaskStatus[]): Verdict {
  if (status === "PENDING_APPROVAL") return { ok: false, reason: "it is waiting for approval: approve it first" };
  if (tasks.includes("UNKNOWN")) {
    return {
      ok: false,
      reason:
        "a statement may or may not have taken effect on a target: check the database and say which with :resolve first",
    };
  }
  const from = allowedFrom("run", status);
  return from.ok ? { ok: true, to: "RUNNING" } : from;
}

export function cancel(status: ChangeStatus): Verdict {
  const from = allowedFrom("cancel", status);
  return from.ok ? { ok: true, to: "CANCELED" } : from;
}

/** Whether a person may now say whether a statement took effect: only where a target's task is UNKNOWN. */
export function resolve(status: ChangeStatus, tasks: readonly ChangeTaskStatus[]): Verdict {
  if (!tasks.includes("UNKNOWN")) return { ok: false, reason: "no target has a statement of unknown outcome" };
  const from = allowedFrom("resolve", status);
  return from.ok ? { ok: true, to: status } : from;
}

/** The change's status once its rollout ends: DONE when every target is, FAILED otherwise. */
export function afterRollout(tasks: readonly ChangeTaskStatus[]): ChangeStatus {
  return tasks.every((t) => t === "DONE") ? "DONE" : "FAILED";
}

function allowedFrom(verb: ChangeVerb, status: ChangeStatus): Verdict {
  return ALLOWED_FROM[verb].includes(status)
    ? { ok: true, to: status }
    : {
        ok: false,
        reason: `it is ${status}, and ${verb} applies only to a change that is ${ALLOWED_FROM[verb].join(" or ")}`,
      };
}
