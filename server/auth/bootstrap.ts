import fs from "node:fs";
import path from "node:path";
import type { ServerContext } from "../context";
import { errorCode } from "../error-code";
import { newEtag } from "../http/resource";
import { serviceAccountEmail } from "../resources/service-account";
import { generateKey, hashKey } from "./tokens";

export const BOOTSTRAP_ACCOUNT_ID = "admin";
export const BOOTSTRAP_EMAIL = serviceAccountEmail(BOOTSTRAP_ACCOUNT_ID);
export const WORKSPACE_ADMIN = "workspaceAdmin";

/**
 * On the first start with an empty store, creates the workspace-admin service account, prints
 * its key once and leaves it in `bootstrap.json` (mode 0600) for automation to pick up.
 * Returns whether it created the account.
 */
export async function bootstrapAdmin(
  ctx: ServerContext,
  dataDir: string,
  print: (line: string) => void,
): Promise<boolean> {
  const db = ctx.store.client;
  if ((await db.serviceAccount.count()) > 0) return false;
  const key = generateKey();
  try {
    await db.serviceAccount.create({
      data: {
        id: BOOTSTRAP_ACCOUNT_ID,
        email: BOOTSTRAP_EMAIL,
        title: "Workspace administrator",
        role: WORKSPACE_ADMIN,
        keyHash: hashKey(key),
        etag: newEtag(),
      },
    });
  } catch (err) {
    // Another replica on the same store won the race: its account stands.
    if (errorCode(err) === "P2002") return false;
    throw err;
  }
  // The data directory exists: startServer prepared it (0700) before opening the store.
  const file = path.join(dataDir, "bootstrap.json");
  fs.writeFileSync(file, JSON.stringify({ email: BOOTSTRAP_EMAIL, key }, null, 2) + "\n", { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  print(
    `Created the workspace admin service account.\n  email: ${BOOTSTRAP_EMAIL}\n  key:   ${key}\nThe key is shown only now; it is also in ${file} (mode 0600).`,
  );
  return true;
}
