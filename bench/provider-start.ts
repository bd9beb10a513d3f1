/**
 * Provider start: from spawning the installed provider (the launcher in a mirror made by the
 * install script, with the environment Terraform sets) to its first answered RPC
 * (GetProviderSchema over mutual TLS, as Terraform asks it), against spawning a bare
 * `node -e ''` to its exit, in the same run (DESIGN.md: target ≤ 3×). Then the provider's
 * peak RSS during a `terraform plan` of N resources (target ≤ 150 MB at 300).
 *
 *   npm run bench:provider-start [-- 300]
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { createServerIdentity } from "../provider/protocol/certificate";
import { loadServices } from "../provider/protocol/wire";
import { type Plugin, callPlugin, pluginClient, startPlugin, terraformEnv } from "../test/support/plugin";
import { startTestServer } from "../test/support/server";
import { TerraformWorkspace, installProvider, providerLauncher } from "../test/support/terraform";
import { compareWithFloor } from "./measure";

const COUNT = Number(process.argv[2] ?? 300);
const REPETITIONS = 15;

const services = loadServices();
// Terraform reads the answer in Go; the client here takes its bytes as they arrive rather than
// timing its own conversion of a large schema into JavaScript objects.
const schemaDefinition: grpc.MethodDefinition<object, Buffer> = services.provider.GetProviderSchema;
const providerService: grpc.ServiceDefinition = {
  ...services.provider,
  GetProviderSchema: { ...schemaDefinition, responseDeserialize: (bytes: Buffer) => bytes },
};
const identity = createServerIdentity();

/**
 * Node with the provider's environment: variables such as NODE_EXTRA_CA_CERTS (which makes node
 * read certificates before it runs anything) would otherwise slow the floor alone.
 */
function bareNode(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", ""], { env: terraformEnv(identity), stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", () => resolve());
  });
}

/**
 * The provider as Terraform meets it: started, and its first RPC answered (`run`, timed), then
 * told to shut down (`settle`, untimed).
 */
function providerStart(launcher: string): { run: () => Promise<void>; settle: () => Promise<void> } {
  let running: { plugin: Plugin; provider: grpc.Client } | undefined;
  return {
    async run() {
      const plugin = await startPlugin(launcher, terraformEnv(identity));
      const provider = pluginClient(providerService, plugin, identity);
      running = { plugin, provider };
      try {
        await callPlugin(provider, "GetProviderSchema");
      } catch (err) {
        throw new Error(
          `the provider did not answer: ${err instanceof Error ? err.message : String(err)}\n${plugin.stderr()}`,
        );
      }
    },
    async settle() {
      if (!running) return;
      const { plugin, provider } = running;
      running = undefined;
      const controller = pluginClient(services.controller, plugin, identity);
      try {
        await callPlugin(controller, "Shutdown");
        await plugin.exited;
      } finally {
        controller.close();
        provider.close();
        plugin.child.kill("SIGKILL");
      }
    },
  };
}

/**
 * A copy of the mirror whose launcher also appends the process's peak RSS (KiB) to `report`
 * when it exits: exact, where sampling /proc could miss the peak between two samples.
 */
function reportingMirror(mirror: string, work: string, report: string): string {
  const copy = path.join(work, "mirror");
  fs.cpSync(mirror, copy, { recursive: true });
  const launcher = providerLauncher(copy);
  const hook = path.join(work, "report-rss.js");
  fs.writeFileSync(
    hook,
    `process.on("exit", () => require("fs").appendFileSync(${JSON.stringify(report)}, process.resourceUsage().maxRSS + "\\n"));\n`,
  );
  fs.writeFileSync(
    launcher,
    fs
      .readFileSync(launcher, "utf8")
      .replace(`exec "${process.execPath}" `, `exec "${process.execPath}" --require "${hook}" `),
  );
  return copy;
}

async function peakRssDuringPlan(mirror: string): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-bench-rss-"));
  const report = path.join(work, "rss.txt");
  const server = await startTestServer("sqlite");
  const tf = new TerraformWorkspace({
    mirror: reportingMirror(mirror, work, report),
    env: {
      TIDEMARK_URL: server.url,
      TIDEMARK_SERVICE_ACCOUNT: server.bootstrap.email,
      TIDEMARK_SERVICE_KEY: server.bootstrap.key,
    },
  });
  try {
    tf.write(
      "main.tf",
      `terraform {\n  required_providers {\n    tidemark = { source = "tidemark/tidemark" }\n  }\n}\n\nresource "tidemark_environment" "e" {\n  count       = ${COUNT}\n  resource_id = "bench-\${count.index}"\n  title       = "Bench \${count.index}"\n  labels      = { index = tostring(count.index) }\n}\n`,
    );
    await tf.ok("init", "-no-color");
    await tf.ok("apply", "-auto-approve", "-no-color", "-parallelism=10");
    fs.rmSync(report, { force: true });
    await tf.ok("plan", "-no-color");
    // One line per provider process Terraform started for the plan; the largest is the one that planned.
    const peaks = fs.readFileSync(report, "utf8").trim().split("\n").map(Number);
    await tf.ok("destroy", "-auto-approve", "-no-color", "-parallelism=10");
    return Math.max(...peaks) / 1024;
  } finally {
    tf.remove();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const mirror = installProvider();
  const launcher = providerLauncher(mirror);
  const { floor, provider } = await compareWithFloor(bareNode, { provider: providerStart(launcher) }, REPETITIONS);
  process.stdout.write(
    `provider start -> first answered RPC (median of ${REPETITIONS})\n` +
      `  node -e '' (floor):                      ${floor.medianMs.toFixed(1)} ms\n` +
      `  provider -> GetProviderSchema over mTLS: ${provider.medianMs.toFixed(1)} ms\n` +
      `  ratio: ${provider.ratio.toFixed(2)}x (target <= 3x)\n`,
  );
  const peak = await peakRssDuringPlan(mirror);
  process.stdout.write(
    `provider peak RSS during terraform plan of ${COUNT} resources: ${peak.toFixed(0)} MB (target <= 150 MB)\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
