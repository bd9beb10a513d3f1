import { errorCode } from "../error-code";
import type { Store } from "./store";

/**
 * Claims the named work for `owner` until `ttlMs` from now. Succeeds when nobody holds it,
 * when the holder's claim lapsed (it died or stalled), or when `owner` already holds it.
 */
export async function claimLease(store: Store, name: string, owner: string, ttlMs: number): Promise<boolean> {
  const now = new Date();
  const expireTime = new Date(now.getTime() + ttlMs);
  const db = store.client;
  try {
    await db.lease.create({ data: { name, owner, expireTime } });
    return true;
  } catch (err) {
    if (errorCode(err) !== "P2002") throw err;
  }
  const taken = await db.lease.updateMany({
    where: { name, OR: [{ expireTime: { lt: now } }, { owner }] },
    data: { owner, expireTime },
  });
  return taken.count > 0;
}

export async function releaseLease(store: Store, name: string, owner: string): Promise<void> {
  await store.client.lease.deleteMany({ where: { name, owner } });
}
