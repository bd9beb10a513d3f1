#!/usr/bin/env node
// Release build of the provider: for each platform, the zip a Terraform provider mirror serves
// (terraform-provider-tidemark_<version>_<os>_<arch>.zip), SHA256SUMS, and a network mirror's
// JSON documents (index.json, <version>.json with the zips' hashes), laid out as
// <out>/registry.terraform.io/tidemark/tidemark/: serve <out> over HTTPS as a network mirror,
// or point a filesystem_mirror at it (the packed layout) as it is.
//
//   node scripts/provider-release.js [--out dist/release] [--version x.y.z]
//
// The provider is JavaScript, so the archives differ only in name: each needs Node.js 20+ on
// the machine that runs Terraform.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const yazl = require("yazl");
const { buildProvider, root } = require("./provider-build");

const PLATFORMS = ["linux_amd64", "linux_arm64", "darwin_arm64"];
const pkg = require(path.join(root, "package.json"));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const version = arg("--version", pkg.version);
const out = path.resolve(arg("--out", path.join(root, "dist", "release")));

function zip(dir, file) {
  return new Promise((resolve, reject) => {
    const archive = new yazl.ZipFile();
    // A fixed date makes the archive depend on its contents only: rebuilds give the same hash.
    const mtime = new Date("2000-01-01T00:00:00Z");
    for (const name of fs.readdirSync(dir).sort()) {
      const mode = fs.statSync(path.join(dir, name)).mode & 0o777;
      archive.addFile(path.join(dir, name), name, { mtime, mode: 0o100000 | mode });
    }
    archive.end();
    archive.outputStream.pipe(fs.createWriteStream(file)).on("close", resolve).on("error", reject);
  });
}

const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  const mirror = path.join(out, "registry.terraform.io", "tidemark", "tidemark");
  fs.mkdirSync(mirror, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-release-"));
  await buildProvider(staging, { version, node: "node" });
  const sums = [];
  const archives = {};
  for (const platform of PLATFORMS) {
    const name = `terraform-provider-tidemark_${version}_${platform}.zip`;
    await zip(staging, path.join(mirror, name));
    const hash = sha256(path.join(mirror, name));
    sums.push(`${hash}  ${name}`);
    archives[platform] = { url: name, hashes: [`zh:${hash}`] };
  }
  fs.rmSync(staging, { recursive: true, force: true });
  fs.writeFileSync(path.join(mirror, `terraform-provider-tidemark_${version}_SHA256SUMS`), sums.join("\n") + "\n");
  fs.writeFileSync(path.join(mirror, "index.json"), JSON.stringify({ versions: { [version]: {} } }, null, 2) + "\n");
  fs.writeFileSync(path.join(mirror, `${version}.json`), JSON.stringify({ archives }, null, 2) + "\n");
  process.stdout.write(`release ${version}: ${PLATFORMS.length} archives and SHA256SUMS in ${out}\n`);
}

main().catch((err) => {
  process.stderr.write(`provider release failed: ${err.message}\n`);
  process.exit(1);
});
