import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectAdmin, freePort, testDatabaseUrl } from "../support/database";

const root = path.resolve(__dirname, "../..");

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Replica {
  url: string;
  dataDir: string;
  child: ChildProcess;
}

/** tidemark_syncs_total{trigger="schedule"} of one replica, from its /metrics. */
async function scheduledSyncs(replica: Replica): Promise<number> {
  const text = await (await fetch(`${replica.url}/metrics`)).text();
  return text
    .split("\n")
    .filter((l) => l.startsWith("tidemark_syncs_total") && l.includes('trigger="schedule"'))
    .reduce((sum, l) => sum + Number(l.split(" ").pop()), 0);
}

describe("three replicas on one MariaDB store", () => {
  const replicas: Replica[] = [];
  let storeDatabase = "";

  beforeAll(async () => {
    storeDatabase = `tidemark_scale_${crypto.randomBytes(4).toString("hex")}`;
    const admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${storeDatabase}\``);
    await admin.end();
    execFileSync("npm", ["run", "--silent", "build:server"], { cwd: root, stdio: "pipe" });
    const storeUrl = new URL(testDatabaseUrl());
    storeUrl.pathname = `/${storeDatabase}`;
    const secret = crypto.randomBytes(24).toString("hex");
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tidemark-replica-${i}-`));
      const child = spawn(process.execPath, [path.join(root, "dist/server/main.js")], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: "127.0.0.1",
          DATABASE_URL: storeUrl.toString(),
          TIDEMARK_SECRET: secret,
          TIDEMARK_DATA_DIR: dataDir,
          TIDEMARK_SCHEDULER_TICK_MS: "200",
          TIDEMARK_SCHEDULER_LEASE_MS: "3000",
          LOG_LEVEL: "warn",
        },
        stdio: "ignore",
      });
      replicas.push({ url: `http://127.0.0.1:${port}`, dataDir, child });
    }
    for (const r of replicas) {
      for (let tries = 0; ; tries++) {
        const ok = await fetch(`${r.url}/readyz`).then(
          (res) => res.status === 200,
          () => false,
        );
        if (ok) break;
        if (tries > 150) throw new Error(`replica ${r.url} did not become ready`);
        await sleep(200);
      }
    }
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) {
      r.child.kill("SIGKILL");
      fs.rmSync(r.dataDir, { recursive: true, force: true });
    }
    if (storeDatabase) {
      const admin = await connectAdmin();
      await admin.query(`DROP DATABASE IF EXISTS \`${storeDatabase}\``);
      await admin.end();
    }
  });

  test("a 1-second scheduled sync runs about once a second in all, and survives the death of its holder", async () => {
    // Exactly one replica bootstrapped the admin, whichever won the race.
    const bootstrapFile = replicas.map((r) => path.join(r.dataDir, "bootstrap.json")).find((f) => fs.existsSync(f));
    if (!bootstrapFile) throw new Error("no replica wrote bootstrap.json");
    const { email, key } = JSON.parse(fs.readFileSync(bootstrapFile, "utf8")) as { email: string; key: string };
    const first = replicas[0] as Replica;
    const login = await fetch(`${first.url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: key }),
    });
    const { token } = (await login.json()) as { token: string };
    const call = (method: string, p: string, body: unknown): Promise<Response> =>
      fetch(`${first.url}${p}`, {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    expect((await call("POST", "/v1/environments?environmentId=test", { title: "Test" })).status).toBe(200);
    const target = new URL(testDatabaseUrl());
    const created = await call("POST", "/v1/instances?instanceId=scheduled", {
      title: "Scheduled",
      engine: "MARIADB",
      environment: "environments/test",
      syncInterval: "1s",
      dataSources: [
        {
          type: "ADMIN",
          host: target.hostname,
          port: Number(target.port),
          username: decodeURIComponent(target.username),
          password: decodeURIComponent(target.password),
        },
      ],
    });
    expect(created.status).toBe(200);

    const counts = async (): Promise<number[]> =>
      Promise.all(replicas.filter((r) => r.child.exitCode === null && !r.child.killed).map(scheduledSyncs));
    const before = (await counts()).reduce((a, b) => a + b, 0);
    await sleep(10_000);
    const perReplica = await counts();
    const total = perReplica.reduce((a, b) => a + b, 0) - before;
    // Once per interval in all: about 10, nowhere near the 30 three independent schedulers would run.
    expect(total).toBeGreaterThanOrEqual(6);
    expect(total).toBeLessThanOrEqual(13);

    // Kill a replica that has been syncing, mid-whatever it is doing; the others carry on.
    const holderIndex = perReplica.indexOf(Math.max(...perReplica));
    const holder = replicas[holderIndex] as Replica;
    holder.child.kill("SIGKILL");
    await new Promise((r) => holder.child.once("exit", r));
    const survivors = replicas.filter((r) => r !== holder);
    const afterKill = (await Promise.all(survivors.map(scheduledSyncs))).reduce((a, b) => a + b, 0);
    await sleep(6_000);
    const later = (await Promise.all(survivors.map(scheduledSyncs))).reduce((a, b) => a + b, 0);
    expect(later - afterKill).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
