// The provider as a real plugin process: the fixture provider bundled the way the install
// script bundles ours (esbuild, .proto files beside the bundle, an `exec node` launcher), then
// driven over AutoMTLS by a gRPC client and by the real terraform binary.

import { ChildProcess, execFileSync, spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { build } from "esbuild";
import { createServerIdentity } from "../../provider/protocol/certificate";
import { PROTO_FILES, Services, loadServices } from "../../provider/protocol/wire";
import { callPlugin, pluginClient, startPlugin, terraformEnv } from "../support/plugin";

const root = path.resolve(__dirname, "../..");
let work: string;
let launcher: string;
let services: Services;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-plugin-test-"));
  const pluginDir = path.join(work, "plugin");
  fs.mkdirSync(pluginDir);
  await build({
    entryPoints: [path.join(root, "test/unit/provider-fixture.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    outfile: path.join(pluginDir, "provider.js"),
    logLevel: "warning",
  });
  for (const file of PROTO_FILES)
    fs.copyFileSync(path.join(root, "provider/protocol", file), path.join(pluginDir, file));
  launcher = path.join(pluginDir, "terraform-provider-fixture");
  fs.writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "$(dirname "$0")/provider.js" "$@"\n`, {
    mode: 0o755,
  });
  services = loadServices();
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("plugin process", () => {
  test("refuses to run without the magic cookie, saying why on stderr and nothing on stdout", async () => {
    const plugin = await startPlugin(launcher, { PATH: process.env.PATH });
    expect(await plugin.exited).toBe(1);
    expect(plugin.stdout()).toBe("");
    expect(plugin.stderr()).toContain("not meant to be run directly");
  });

  test("refuses a Terraform that does not offer protocol 6", async () => {
    const plugin = await startPlugin(launcher, {
      ...terraformEnv(createServerIdentity()),
      PLUGIN_PROTOCOL_VERSIONS: "4,5",
    });
    expect(await plugin.exited).toBe(1);
    expect(plugin.stdout()).toBe("");
    expect(plugin.stderr()).toContain("protocol 6");
  });

  test("hands Terraform its address and certificate, serves mutual TLS only, exits on Shutdown", async () => {
    const identity = createServerIdentity();
    const plugin = await startPlugin(launcher, terraformEnv(identity));
    try {
      const fields = plugin.line.split("|");
      expect(fields).toHaveLength(6);
      expect(fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
      expect(fields[4]).toBe("grpc");
      expect(fs.statSync(fields[3]).isSocket()).toBe(true);
      expect(fields[5]).toMatch(/^[A-Za-z0-9+/]+$/); // standard alphabet, no padding
      expect(new X509Certificate(Buffer.from(fields[5], "base64")).subjectAltName).toBe("DNS:localhost");

      const provider = pluginClient(services.provider, plugin, identity);
      const schema = await callPlugin<{ resource_schemas: Record<string, unknown> }>(provider, "GetProviderSchema");
      expect(Object.keys(schema.resource_schemas)).toEqual(["fixture_note"]);

      // Ctrl-C reaches the whole process group; the plugin leaves it to Terraform.
      plugin.child.kill("SIGINT");
      await callPlugin(provider, "GetMetadata");

      // RPCs the provider does not serve (functions, ephemeral resources, ...) answer UNIMPLEMENTED.
      const empty = () => Buffer.alloc(0);
      await expect(
        new Promise((resolve, reject) =>
          provider.makeUnaryRequest("/tfplugin6.Provider/GetFunctions", empty, empty, {}, (e, v) =>
            e ? reject(e) : resolve(v),
          ),
        ),
      ).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
      await expect(callPlugin(pluginClient(services.provider, plugin), "GetMetadata")).rejects.toMatchObject({
        code: grpc.status.UNAVAILABLE,
      });
      await expect(
        callPlugin(pluginClient(services.provider, plugin, createServerIdentity()), "GetMetadata"),
      ).rejects.toMatchObject({
        code: grpc.status.UNAVAILABLE,
      });

      const started = Date.now();
      await callPlugin(pluginClient(services.controller, plugin, identity), "Shutdown");
      expect(await plugin.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(2000); // Terraform kills a plugin still running after 2 s
      expect(fs.existsSync(path.dirname(fields[3]))).toBe(false);
      expect(plugin.stdout()).toBe(`${plugin.line}\n`);
      provider.close();
    } finally {
      plugin.child.kill("SIGKILL");
    }
  });
});

test("without AutoMTLS (no PLUGIN_CLIENT_CERT) serves plain gRPC and leaves the certificate field empty, as go-plugin does", async () => {
  const { PLUGIN_CLIENT_CERT: _none, ...env } = terraformEnv(createServerIdentity());
  const plugin = await startPlugin(launcher, env);
  try {
    expect(plugin.line).toMatch(/^1\|6\|unix\|[^|]+\|grpc\|$/);
    const Client = grpc.makeGenericClientConstructor(services.controller, "");
    await callPlugin(new Client(`unix:${plugin.line.split("|")[3]}`, grpc.credentials.createInsecure()), "Shutdown");
    expect(await plugin.exited).toBe(0);
  } finally {
    plugin.child.kill("SIGKILL");
  }
});

function findTerraform(): string {
  try {
    return execFileSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("terraform is not on PATH: these tests need the terraform binary (1.11)");
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe("with the real terraform", () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let logFile: string;

  beforeAll(() => {
    const terraform = findTerraform();
    dir = path.join(work, "workspace");
    fs.mkdirSync(path.join(dir, "home"), { recursive: true });
    const cliConfig = path.join(dir, "cli.tfrc");
    fs.writeFileSync(
      cliConfig,
      `provider_installation {\n  dev_overrides {\n    "example.com/test/fixture" = "${path.dirname(launcher)}"\n  }\n  direct {}\n}\n`,
    );
    logFile = path.join(dir, "terraform.log");
    env = {
      PATH: `${path.dirname(terraform)}:${process.env.PATH ?? ""}`,
      HOME: path.join(dir, "home"),
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
      TF_LOG: "debug",
      TF_LOG_PATH: logFile,
    };
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      `terraform {
  required_providers {
    fixture = { source = "example.com/test/fixture" }
  }
}
provider "fixture" {}
resource "fixture_note" "a" {
  text = "hello"
  size = 12345678901234567890
  tags = { env = "dev" }
}
data "fixture_echo" "e" {
  input = fixture_note.a.text
}
output "id" { value = fixture_note.a.id }
output "echo" { value = data.fixture_echo.e.output }
output "size" { value = fixture_note.a.size }
`,
    );
  });

  function terraform(
    args: string[],
    extraEnv: NodeJS.ProcessEnv = {},
    onStart?: (child: ChildProcess) => void,
  ): Promise<Run> {
    return new Promise((resolve) => {
      const child = spawn("terraform", [...args, "-no-color"], { cwd: dir, env: { ...env, ...extraEnv } });
      onStart?.(child);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  async function ok(...args: string[]): Promise<Run> {
    const run = await terraform(args);
    if (run.code !== 0) throw new Error(`terraform ${args.join(" ")} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    return run;
  }

  test("plans, applies, re-plans with no changes and destroys through the plugin", async () => {
    const plan = await ok("plan");
    expect(plan.stdout).toContain("fixture_note.a will be created");
    expect(plan.stdout).toContain("size = 12345678901234567890");

    await ok("apply", "-auto-approve");
    const outputs = (await ok("output", "-json")).stdout;
    expect(JSON.parse(outputs)).toMatchObject({ id: { value: "note-5" }, echo: { value: "HELLO" } });
    expect(outputs).toMatch(/"value": 12345678901234567890\b/); // kept exact through state and msgpack

    // Stored state goes back through UpgradeResourceState (JSON) and ReadResource.
    expect((await terraform(["plan", "-detailed-exitcode"])).code).toBe(0);

    await ok("destroy", "-auto-approve");

    const log = fs.readFileSync(logFile, "utf8");
    expect(log).toContain("using plugin: version=6");
    expect(log).not.toContain("plugin failed to exit gracefully");
    const started = log.match(/plugin started/g)?.length ?? 0;
    expect(started).toBeGreaterThan(0);
    expect(log.match(/plugin exited/g)?.length).toBe(started);
  });

  test("shows a provider diagnostic at the attribute it names", async () => {
    fs.writeFileSync(path.join(dir, "bad.tf"), 'resource "fixture_note" "b" {\n  text = " "\n}\n');
    try {
      const run = await terraform(["validate"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Error: Empty text");
      expect(run.stderr).toContain('on bad.tf line 2, in resource "fixture_note" "b"');
      expect(run.stderr).toContain("Give the note some text.");
    } finally {
      fs.rmSync(path.join(dir, "bad.tf"));
    }
  });

  test("an interrupted apply cancels the provider's work through StopProvider", async () => {
    const started = path.join(dir, "apply-started");
    let interrupted = false;
    // Interrupt only once the provider is inside ApplyResourceChange: a call that arrives after
    // StopProvider is not in flight and runs normally.
    const run = await terraform(
      ["apply", "-auto-approve"],
      { FIXTURE_APPLY_DELAY_MS: "60000", FIXTURE_APPLY_STARTED: started },
      (child) => {
        const poll = setInterval(() => {
          if (interrupted || !fs.existsSync(started)) return;
          interrupted = true;
          clearInterval(poll);
          child.kill("SIGINT");
        }, 20);
        child.on("exit", () => clearInterval(poll));
      },
    );
    expect(interrupted).toBe(true);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("Operation cancelled");
    await ok("destroy", "-auto-approve");
  });
});
