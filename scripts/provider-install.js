#!/usr/bin/env node
// Builds the Terraform provider into one bundle and installs it where Terraform looks for
// providers without a registry: the implied local mirror ~/.terraform.d/plugins (or --dir).
// A configuration with `source = "tidemark/tidemark"` then runs `terraform init` offline.
//
//   node scripts/provider-install.js [--dir <mirror root>] [--version <x.y.z>]
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
const pkg = require(path.join(root, "package.json"));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const version = arg("--version", pkg.version);
const mirror = path.resolve(arg("--dir", path.join(os.homedir(), ".terraform.d", "plugins")));
const platform = `${process.platform}_${{ x64: "amd64", arm64: "arm64" }[process.arch] ?? process.arch}`;
const target = path.join(mirror, "registry.terraform.io", "tidemark", "tidemark", version, platform);

async function main() {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(root, "provider", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none",
    outfile: path.join(target, "provider.js"),
    logLevel: "warning",
  });
  for (const proto of fs.readdirSync(path.join(root, "provider", "protocol")).filter((f) => f.endsWith(".proto"))) {
    fs.copyFileSync(path.join(root, "provider", "protocol", proto), path.join(target, proto));
  }
  // Terraform kills only the process it started: `exec` makes node that process.
  const launcher = path.join(target, `terraform-provider-tidemark_v${version}`);
  fs.writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "$(dirname "$0")/provider.js" "$@"\n`, {
    mode: 0o755,
  });
  process.stdout.write(`installed tidemark/tidemark ${version} (${platform}) in ${target}\n`);
}

main().catch((err) => {
  process.stderr.write(`provider install failed: ${err.message}\n`);
  process.exit(1);
});
