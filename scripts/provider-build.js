// Builds the Terraform provider into a directory Terraform can run it from: one minified
// bundle, the .proto files it loads beside it, and a launcher named as Terraform expects.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");

const bundle = (entry, outfile) =>
  esbuild.build({
    entryPoints: [path.join(root, "provider", entry)],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none",
    outfile,
    logLevel: "warning",
  });

/**
 * @param {string} dir where to put the files
 * @param {{ version: string, node: string }} options `node`: the interpreter the launcher runs
 *   (an absolute path for a local install, plain `node` for a release that runs anywhere).
 *   A local install also gets a V8 code cache made by that interpreter (see provider/start.ts);
 *   a release does not, as V8 takes a cache only from the exact node version that made it.
 */
async function buildProvider(dir, options) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await bundle("main.ts", path.join(dir, "provider.js"));
  for (const proto of fs.readdirSync(path.join(root, "provider", "protocol")).filter((f) => f.endsWith(".proto"))) {
    fs.copyFileSync(path.join(root, "provider", "protocol", proto), path.join(dir, proto));
  }
  const cached = path.isAbsolute(options.node);
  if (cached) {
    await bundle("start.ts", path.join(dir, "start.js"));
    // Run once without Terraform's cookie: every module loads, the provider refuses to serve,
    // and the cache of all that was compiled is written as it exits.
    try {
      execFileSync(options.node, [path.join(dir, "start.js")], {
        env: { PATH: process.env.PATH, TIDEMARK_WRITE_CODE_CACHE: "1" },
        stdio: "ignore",
      });
    } catch {
      // The refusal exits 1; whether the cache was written is checked below.
    }
    if (!fs.existsSync(path.join(dir, "provider.js.cache"))) throw new Error("the code cache was not written");
  }
  // Terraform kills only the process it started: `exec` makes node that process.
  // --use-openssl-ca spares every start the parse of node's bundled root certificates (see
  // provider/client/api.ts), unless NODE_OPTIONS names a certificate store, which node would refuse.
  const launcher = path.join(dir, `terraform-provider-tidemark_v${options.version}`);
  const script = cached ? "start.js" : "provider.js";
  fs.writeFileSync(
    launcher,
    [
      "#!/bin/sh",
      'case "$NODE_OPTIONS" in *-ca*) ca= ;; *) ca=--use-openssl-ca ;; esac',
      `exec "${options.node}" $ca "$(dirname "$0")/${script}" "$@"`,
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  return launcher;
}

module.exports = { buildProvider, root };
