import { ACCOUNT_CACHE_MS, AccountCache } from "../../server/auth/middleware";

const admin = { email: "admin@service.tidemark.local", role: "workspaceAdmin", keyHash: "sha256:aa" };

/** A store of one account that counts its reads; `gate` holds a read until released. */
function store() {
  const rows = new Map([["admin", admin]]);
  let reads = 0;
  let gate: Promise<void> | undefined;
  return {
    rows,
    reads: () => reads,
    hold(): () => void {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    read: async (id: string) => {
      reads++;
      const row = rows.get(id) ?? null;
      if (gate) await gate;
      return row;
    },
  };
}

afterEach(() => jest.useRealTimers());

test("reads an account once for a run of calls, and again after ACCOUNT_CACHE_MS", async () => {
  jest.useFakeTimers({ now: 0 });
  const cache = new AccountCache();
  const s = store();
  for (let i = 0; i < 5; i++) expect(await cache.get("admin", s.read)).toEqual(admin);
  expect(s.reads()).toBe(1);
  jest.setSystemTime(ACCOUNT_CACHE_MS + 1);
  await cache.get("admin", s.read);
  expect(s.reads()).toBe(2);
});

test("a change in flight bypasses what is kept, and its end forgets it", async () => {
  const cache = new AccountCache();
  const s = store();
  await cache.get("admin", s.read);
  const ended = cache.change();
  await cache.get("admin", s.read);
  await cache.get("admin", s.read);
  expect(s.reads()).toBe(3);
  s.rows.delete("admin");
  ended();
  expect(await cache.get("admin", s.read)).toBeNull();
});

test("a read that overlaps a change is not kept", async () => {
  const cache = new AccountCache();
  const s = store();
  const release = s.hold();
  const overlapping = cache.get("admin", s.read);
  cache.change()(); // a rotation starts and answers while the read is still out
  release();
  await overlapping;
  await cache.get("admin", s.read);
  expect(s.reads()).toBe(2);
});

test("an account that is not found is not kept: one created later works at once", async () => {
  const cache = new AccountCache();
  const s = store();
  expect(await cache.get("ci", s.read)).toBeNull();
  s.rows.set("ci", { ...admin, email: "ci@service.tidemark.local" });
  expect(await cache.get("ci", s.read)).toMatchObject({ email: "ci@service.tidemark.local" });
});
