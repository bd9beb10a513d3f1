// What the launcher runs: the bundled provider (provider.js beside this file), compiled from the
// V8 code cache the install made (provider.js.cache). Compiling the bundle is a large share of
// the provider's start, and Terraform starts the provider three times for every plan. A cache
// this node cannot use (another version, other flags) is ignored by V8, which then compiles as
// usual; without one, this is `node provider.js`.
//
// With TIDEMARK_WRITE_CODE_CACHE set, the cache is written when the process exits, holding
// everything compiled until then; the install script runs the provider so once.
import fs from "node:fs";
import Module from "node:module";
import path from "node:path";
import vm from "node:vm";

const bundle = path.join(__dirname, "provider.js");
const cacheFile = `${bundle}.cache`;
const writeCache = process.env.TIDEMARK_WRITE_CODE_CACHE !== undefined;

let cachedData: Buffer | undefined;
if (!writeCache) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache: compile the bundle as node would.
  }
}
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, "utf8")), {
  filename: bundle,
  ...(cachedData ? { cachedData } : {}),
});
if (writeCache) process.on("exit", () => fs.writeFileSync(cacheFile, script.createCachedData()));

// The bundle needs only node's own modules of `require`; it runs as the main module would.
const main = new Module(bundle);
main.filename = bundle;
// cast: vm types a script's value any; Module.wrap's text evaluates to node's module wrapper function
const run = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;
run(main.exports, require, main, bundle, __dirname);
