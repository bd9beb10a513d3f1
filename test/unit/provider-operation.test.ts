// The provider's one way of waiting on a long-running operation (framework/operation.ts).
import { parseDuration, waitFor } from "../../provider/framework/operation";

describe("waitFor", () => {
  test("reads again while pending and returns the first value that is not", async () => {
    const seen = ["RUNNING", "RUNNING", "DONE", "never read"];
    let reads = 0;
    const last = await waitFor("RUNNING", {
      poll: async () => seen[reads++] as string,
      pending: (s) => s === "RUNNING",
      intervalMs: 1,
    });
    expect(last).toBe("DONE");
    expect(reads).toBe(3);
  });

  test("a value that is not pending is returned without a read", async () => {
    let reads = 0;
    expect(await waitFor("DONE", { poll: async () => String(reads++), pending: () => false, intervalMs: 1 })).toBe(
      "DONE",
    );
    expect(reads).toBe(0);
  });

  test("a wait that runs out returns the value still pending, for the caller to say so", async () => {
    const last = await waitFor("PENDING_APPROVAL", {
      poll: async () => "PENDING_APPROVAL",
      pending: (s) => s === "PENDING_APPROVAL",
      intervalMs: 5,
      timeoutMs: 20,
    });
    expect(last).toBe("PENDING_APPROVAL");
  });

  test("a read that waits on the server is told how long is left, and none is told more", async () => {
    const told: number[] = [];
    const last = await waitFor("RUNNING", {
      poll: async (leftMs) => {
        told.push(leftMs);
        // A server-side wait that uses the time it was given.
        await new Promise((r) => setTimeout(r, Math.min(leftMs, 15)));
        return told.length < 3 ? "RUNNING" : "DONE";
      },
      pending: (s) => s === "RUNNING",
      intervalMs: 0,
      timeoutMs: 1000,
    });
    expect(last).toBe("DONE");
    expect(told).toHaveLength(3);
    expect(told.every((ms) => ms > 0 && ms <= 1000)).toBe(true);
    expect(told[2]).toBeLessThan(told[0] as number);
    let unbounded = 0;
    await waitFor("RUNNING", {
      poll: async (leftMs) => ((unbounded = leftMs), "DONE"),
      pending: (s) => s === "RUNNING",
      intervalMs: 0,
    });
    expect(unbounded).toBe(Number.POSITIVE_INFINITY);
  });

  test("a zero timeout reads nothing", async () => {
    let reads = 0;
    await waitFor("x", { poll: async () => String(reads++), pending: () => true, intervalMs: 1, timeoutMs: 0 });
    expect(reads).toBe(0);
  });

  test("an aborted signal stops the wait", async () => {
    const controller = new AbortController();
    let reads = 0;
    const waiting = waitFor("RUNNING", {
      poll: async () => {
        reads++;
        if (reads === 2) controller.abort();
        return "RUNNING";
      },
      pending: () => true,
      intervalMs: 1,
      signal: controller.signal,
    });
    expect(await waiting).toBe("RUNNING");
    expect(reads).toBe(2);
  });
});

describe("parseDuration", () => {
  test.each([
    ["0s", 0],
    ["1h30m", 5_400_000],
    ["1.5s", 1500],
    ["250ms", 250],
    ["10", undefined],
    ["-1s", undefined],
  ])("%s is %s ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});
