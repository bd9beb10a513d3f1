import { execFile, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { requireTerraform } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";

const root = path.resolve(__dirname, "../..");

// The release build is what a team serves from a provider mirror: Terraform must install it
// from the zips alone, check their hashes, and run the provider inside them.
describe("the provider release build", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-release-"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-release-tf-"));
  let t: TestServer;
  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, "scripts", "provider-release.js"), "--out", out], {
      stdio: "pipe",
    });
    t = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await t?.close();
    for (const d of [out, work]) fs.rmSync(d, { recursive: true, force: true });
  });

  test("zips for linux_amd64, linux_arm64 and darwin_arm64, with SHA256SUMS and mirror documents that agree", () => {
    const dir = path.join(out, "registry.terraform.io", "tidemark", "tidemark");
    const sums = fs
      .readFileSync(path.join(dir, "terraform-provider-tidemark_0.1.0_SHA256SUMS"), "utf8")
      .trim()
      .split("\n");
    const version = JSON.parse(fs.readFileSync(path.join(dir, "0.1.0.json"), "utf8")) as {
      archives: Record<string, { url: string; hashes: string[] }>;
    };
    expect(Object.keys(version.archives).sort()).toEqual(["darwin_arm64", "linux_amd64", "linux_arm64"]);
    for (const [platform, archive] of Object.entries(version.archives)) {
      const hash = crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(dir, archive.url)))
        .digest("hex");
      expect(archive.url).toBe(`terraform-provider-tidemark_0.1.0_${platform}.zip`);
      expect(archive.hashes).toEqual([`zh:${hash}`]);
      expect(sums).toContain(`${hash}  ${archive.url}`);
    }
    expect(JSON.parse(fs.readFileSync(path.join(dir, "index.json"), "utf8"))).toEqual({ versions: { "0.1.0": {} } });
  });

  test("terraform installs it from the mirror, records its hash, and runs it", async () => {
    const terraform = requireTerraform();
    fs.writeFileSync(
      path.join(work, "cli.tfrc"),
      `provider_installation {\n  filesystem_mirror {\n    path    = "${out}"\n    include = ["registry.terraform.io/tidemark/*"]\n  }\n}\n`,
    );
    fs.writeFileSync(
      path.join(work, "main.tf"),
      `terraform {\n  required_providers {\n    tidemark = { source = "tidemark/tidemark", version = "0.1.0" }\n  }\n}\nprovider "tidemark" {}\nresource "tidemark_environment" "e" {\n  resource_id = "from-release"\n  title       = "From the release"\n}\n`,
    );
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: work,
      TF_CLI_CONFIG_FILE: path.join(work, "cli.tfrc"),
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      TIDEMARK_URL: t.url,
      TIDEMARK_SERVICE_ACCOUNT: t.bootstrap.email,
      TIDEMARK_SERVICE_KEY: t.bootstrap.key,
    };
    const run = (...args: string[]) =>
      new Promise<{ code: number; out: string }>((resolve) =>
        execFile(terraform, args, { cwd: work, env }, (err, stdout, stderr) =>
          resolve({ code: err ? 1 : 0, out: stdout + stderr }),
        ),
      );
    const init = await run("init", "-no-color");
    expect(init.out).toMatch(/Installed tidemark\/tidemark v0\.1\.0/);
    expect(init.code).toBe(0);
    // A filesystem mirror records the package's h1 hash (a network mirror adds the zips' zh:).
    expect(fs.readFileSync(path.join(work, ".terraform.lock.hcl"), "utf8")).toMatch(/"h1:[A-Za-z0-9+/=]{44}"/);
    const apply = await run("apply", "-auto-approve", "-no-color");
    expect(apply.code).toBe(0);
    expect((await t.api("GET", "/v1/environments/from-release")).status).toBe(200);
  });
});
