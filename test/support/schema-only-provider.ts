import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { SchemaDocument } from "../../provider/protocol/schema-json";

const root = path.resolve(__dirname, "../..");
const platform = `${process.platform}_${{ x64: "amd64", arm64: "arm64" }[process.arch as string] ?? process.arch}`;

/**
 * Installs into a filesystem mirror a stand-in for the provider at `address` (`registry.terraform.io/{ns}/{type}`)
 * that serves the provider's schema from `document` and does nothing else (see schema-only-provider-main.ts).
 */
export async function installSchemaOnlyProvider(
  mirror: string,
  options: { address: string; version: string; document: SchemaDocument },
): Promise<void> {
  const type = options.address.split("/").pop() as string;
  const dir = path.join(mirror, options.address, options.version, platform);
  fs.mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(__dirname, "schema-only-provider-main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: path.join(dir, "main.js"),
    logLevel: "warning",
  });
  for (const proto of fs.readdirSync(path.join(root, "provider", "protocol")).filter((f) => f.endsWith(".proto"))) {
    fs.copyFileSync(path.join(root, "provider", "protocol", proto), path.join(dir, proto));
  }
  fs.writeFileSync(path.join(dir, "schema.json"), JSON.stringify(options.document));
  fs.writeFileSync(
    path.join(dir, `terraform-provider-${type}_v${options.version}`),
    `#!/bin/sh\nexec "${process.execPath}" "${dir}/main.js" "${dir}/schema.json" "${options.address}"\n`,
    { mode: 0o755 },
  );
}
