// Builds the Terraform provider into a directory Terraform can run it from: one minified
// bundle, the .proto files it loads beside it, and a launcher named as Terraform expects.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");

/**
 * @param {string} dir where to put the files
 * @param {{ version: string, node: string }} options `node`: the interpreter the launcher runs
 *   (an absolute path for a local install, plain `node` for a release that runs anywhere)
 */
async function buildProvider(dir, options) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(root, "provider", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none",
    outfile: path.join(dir, "provider.js"),
    logLevel: "warning",
  });
  for (const proto of fs.readdirSync(path.join(root, "provider", "protocol")).filter((f) => f.endsWith(".proto"))) {
    fs.copyFileSync(path.join(root, "provider", "protocol", proto), path.join(dir, proto));
  }
  // Terraform kills only the process it started: `exec` makes node that process.
  const launcher = path.join(dir, `terraform-provider-tidemark_v${options.version}`);
  fs.writeFileSync(launcher, `#!/bin/sh\nexec "${options.node}" "$(dirname "$0")/provider.js" "$@"\n`, { mode: 0o755 });
  return launcher;
}

module.exports = { buildProvider, root };
