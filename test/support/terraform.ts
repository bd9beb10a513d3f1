import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { requireTerraform } from "./database";

const root = path.resolve(__dirname, "../..");
let mirror: string | undefined;

/**
 * Builds the provider and installs it into a private filesystem mirror, once per test process:
 * the same script users run, pointed at a temporary directory.
 */
export function installProvider(): string {
  if (mirror) return mirror;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-mirror-"));
  execFileSync(process.execPath, [path.join(root, "scripts", "provider-install.js"), "--dir", dir], { stdio: "pipe" });
  mirror = dir;
  return dir;
}

/** The executable Terraform starts from a mirror made by the install script. */
export function providerLauncher(mirrorDir: string): string {
  const versions = path.join(mirrorDir, "registry.terraform.io", "tidemark", "tidemark");
  for (const version of fs.readdirSync(versions)) {
    for (const platform of fs.readdirSync(path.join(versions, version))) {
      const dir = path.join(versions, version, platform);
      const launcher = fs.readdirSync(dir).find((f) => f.startsWith("terraform-provider-tidemark"));
      if (launcher) return path.join(dir, launcher);
    }
  }
  throw new Error(`no tidemark provider in the mirror ${mirrorDir}`);
}

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A working directory with its own CLI config: providers come from our mirror and nowhere else. */
export class TerraformWorkspace {
  readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;

  /**
   * `mirror`: where providers come from (default: the build installProvider makes); `providers`:
   * the addresses Terraform may take from it (default: tidemark's alone).
   */
  constructor(options: { env?: Record<string, string>; mirror?: string; providers?: string[] } = {}) {
    const terraform = requireTerraform();
    const mirrorDir = options.mirror ?? installProvider();
    const include = (options.providers ?? ["registry.terraform.io/tidemark/*"]).map((p) => `"${p}"`).join(", ");
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-tf-"));
    const cliConfig = path.join(this.dir, ".terraformrc");
    fs.writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path    = "${mirrorDir}"\n    include = [${include}]\n  }\n}\n`,
    );
    this.env = {
      PATH: `${path.dirname(terraform)}:${process.env.PATH ?? ""}`,
      HOME: process.env.HOME ?? os.homedir(),
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
      ...options.env,
    };
  }

  write(file: string, content: string): void {
    fs.writeFileSync(path.join(this.dir, file), content);
  }

  run(...args: string[]): Promise<TerraformResult> {
    return new Promise((resolve) => {
      execFile(
        "terraform",
        [...args],
        { cwd: this.dir, env: this.env, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) => {
          const code = err
            ? typeof (err as { code?: unknown }).code === "number"
              ? (err as { code: number }).code
              : 1
            : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
  }

  /** Runs a command that must succeed, failing the test with Terraform's own words if not. */
  async ok(...args: string[]): Promise<TerraformResult> {
    const result = await this.run(...args);
    if (result.code !== 0) {
      throw new Error(`terraform ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
    }
    return result;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The `terraform` and `provider` blocks every configuration of ours starts with. */
export const TIDEMARK_PROVIDER = `terraform {
  required_providers {
    tidemark = { source = "tidemark/tidemark" }
  }
}

provider "tidemark" {}
`;

/** A workspace whose provider logs in to `server` as its bootstrap admin. */
export function workspaceFor(
  server: { url: string; bootstrap: { email: string; key: string } },
  env: Record<string, string> = {},
): TerraformWorkspace {
  return new TerraformWorkspace({
    env: {
      TIDEMARK_URL: server.url,
      TIDEMARK_SERVICE_ACCOUNT: server.bootstrap.email,
      TIDEMARK_SERVICE_KEY: server.bootstrap.key,
      ...env,
    },
  });
}
