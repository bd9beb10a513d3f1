// The change workflow, read as a table: every verb from every status, the approval rule, and the
// rollout's end. server/changes/workflow.ts is pure, so each row is one call.
import { CHANGE_STATUS_VALUES, type ChangeStatus, type ChangeTaskStatus } from "../../schema/generated/types";
import {
  ALLOWED_FROM,
  afterRollout,
  cancel,
  decide,
  type DecisionFacts,
  initialStatus,
  resolve,
  run,
} from "../../server/changes/workflow";

const to = (verdict: { ok: boolean; to?: ChangeStatus }): ChangeStatus | "refused" =>
  verdict.ok ? (verdict.to as ChangeStatus) : "refused";

describe("a new change", () => {
  test.each([
    [{ blocking: true, approvalRequired: true }, "BLOCKED"],
    [{ blocking: true, approvalRequired: false }, "BLOCKED"],
    [{ blocking: false, approvalRequired: true }, "PENDING_APPROVAL"],
    [{ blocking: false, approvalRequired: false }, "APPROVED"],
  ])("%j starts %s", (review, status) => {
    expect(initialStatus(review)).toBe(status);
  });
});

describe("every verb from every status", () => {
  // What each status allows, by verb: the whole machine in one table.
  const table: Record<ChangeStatus, { run: ChangeStatus | "refused"; cancel: ChangeStatus | "refused" }> = {
    BLOCKED: { run: "refused", cancel: "CANCELED" },
    PENDING_APPROVAL: { run: "refused", cancel: "CANCELED" },
    APPROVED: { run: "RUNNING", cancel: "CANCELED" },
    REJECTED: { run: "refused", cancel: "refused" },
    RUNNING: { run: "refused", cancel: "CANCELED" },
    DONE: { run: "refused", cancel: "refused" },
    FAILED: { run: "RUNNING", cancel: "CANCELED" },
    CANCELED: { run: "refused", cancel: "refused" },
  };
  test.each(CHANGE_STATUS_VALUES.map((s) => [s]))("%s", (status) => {
    expect(to(run(status, ["PENDING"]))).toBe(table[status].run);
    expect(to(cancel(status))).toBe(table[status].cancel);
  });

  test("the table covers every status the contract knows", () => {
    expect(Object.keys(table).sort()).toEqual([...CHANGE_STATUS_VALUES].sort());
    for (const from of Object.values(ALLOWED_FROM)) for (const s of from) expect(CHANGE_STATUS_VALUES).toContain(s);
  });

  test("a change waiting for approval says so when run", () => {
    const verdict = run("PENDING_APPROVAL", []);
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/waiting for approval/) });
  });
});

describe("a statement of unknown outcome", () => {
  test("blocks running until it is resolved", () => {
    expect(to(run("FAILED", ["DONE", "UNKNOWN"]))).toBe("refused");
    expect(run("FAILED", ["UNKNOWN"])).toMatchObject({ reason: expect.stringMatching(/:resolve/) });
  });
  test.each([
    ["FAILED", ["UNKNOWN"], "FAILED"],
    ["CANCELED", ["UNKNOWN"], "CANCELED"],
    ["FAILED", ["FAILED"], "refused"],
    ["RUNNING", ["UNKNOWN"], "refused"],
    ["DONE", ["DONE"], "refused"],
  ] as [ChangeStatus, ChangeTaskStatus[], ChangeStatus | "refused"][])(
    "resolve from %s with tasks %j: %s",
    (status, tasks, result) => {
      expect(to(resolve(status, tasks))).toBe(result);
    },
  );
});

describe("the approval rule", () => {
  const base: DecisionFacts = {
    verb: "approve",
    status: "PENDING_APPROVAL",
    caller: "serviceAccounts/dba",
    creator: "serviceAccounts/dev",
    allowSelfApproval: false,
    requiredApprovals: 1,
    approvals: [],
  };
  test.each([
    ["one approval of one required", {}, "APPROVED"],
    ["the first of two required", { requiredApprovals: 2 }, "PENDING_APPROVAL"],
    [
      "the second of two required",
      { requiredApprovals: 2, approvals: [{ approver: "serviceAccounts/other", decision: "APPROVED" as const }] },
      "APPROVED",
    ],
    ["a rejection", { verb: "reject" as const }, "REJECTED"],
    [
      "a rejection after an approval",
      {
        verb: "reject" as const,
        requiredApprovals: 2,
        approvals: [{ approver: "serviceAccounts/other", decision: "APPROVED" as const }],
      },
      "REJECTED",
    ],
    ["the author approving, not allowed", { caller: "serviceAccounts/dev" }, "refused"],
    ["the author approving, allowed", { caller: "serviceAccounts/dev", allowSelfApproval: true }, "APPROVED"],
    ["the author rejecting their own change", { verb: "reject" as const, caller: "serviceAccounts/dev" }, "REJECTED"],
    [
      "deciding twice",
      { requiredApprovals: 2, approvals: [{ approver: "serviceAccounts/dba", decision: "APPROVED" as const }] },
      "refused",
    ],
    ["a change already approved", { status: "APPROVED" as const }, "refused"],
    ["a blocked change", { status: "BLOCKED" as const }, "refused"],
  ] as [string, Partial<DecisionFacts>, ChangeStatus | "refused"][])("%s: %s", (_label, facts, result) => {
    expect(to(decide({ ...base, ...facts }))).toBe(result);
  });

  test("only self-approval is forbidden (403); the others are preconditions", () => {
    expect(decide({ ...base, caller: "serviceAccounts/dev" })).toMatchObject({ ok: false, forbidden: true });
    expect(decide({ ...base, status: "APPROVED" })).not.toHaveProperty("forbidden");
  });
});

describe("the end of a rollout", () => {
  test.each([
    [["DONE", "DONE"], "DONE"],
    [["DONE", "FAILED"], "FAILED"],
    [["DONE", "UNKNOWN"], "FAILED"],
    [["DONE", "PENDING"], "FAILED"],
  ] as [ChangeTaskStatus[], ChangeStatus][])("%j: %s", (tasks, status) => {
    expect(afterRollout(tasks)).toBe(status);
  });
});
