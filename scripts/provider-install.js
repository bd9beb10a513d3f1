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
const { buildProvider, root } = require("./provider-build");
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
  await buildProvider(target, { version, node: process.execPath });
  process.stdout.write(`installed tidemark/tidemark ${version} (${platform}) in ${target}\n`);
}

main().catch((err) => {
  process.stderr.write(`provider install failed: ${err.message}\n`);
  process.exit(1);
});
