// CDKTF bindings, generated offline from schema documents in the shape of `terraform providers
// schema -json`: tidemark's from the provider's own code (the same document Terraform prints for
// the installed provider, byte for byte), TiDB Cloud's from the document kept beside this file.
// `npm run bindings` writes them; a test fails when the committed ones are stale.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DATA_SOURCES } from "../data-sources";
import { TidemarkProvider } from "../framework/provider";
import { type SchemaDocument, readSchemaDocument, schemaDocument } from "../protocol/schema-json";
import { RESOURCES } from "../resources";

export const TIDEMARK_ADDRESS = "registry.terraform.io/tidemark/tidemark";
export const TIDBCLOUD_ADDRESS = "registry.terraform.io/tidbcloud/tidbcloud";
/** Where the bindings live, relative to the repository root: one directory per provider. */
export const BINDINGS_DIR = "provider/cdktf/bindings";
export const TIDBCLOUD_SCHEMA_FILE = path.join(__dirname, "tidbcloud-schema.json");

/** The schema document of the tidemark provider, as `terraform providers schema -json` prints it. */
export function tidemarkSchemaDocument(): SchemaDocument {
  return schemaDocument(TIDEMARK_ADDRESS, new TidemarkProvider(RESOURCES, DATA_SOURCES, {}).getSchema());
}

export function tidbcloudSchemaDocument(): SchemaDocument {
  return readSchemaDocument(fs.readFileSync(TIDBCLOUD_SCHEMA_FILE, "utf8"));
}

/** The name of each provider's directory under BINDINGS_DIR, and the document it is generated from. */
export function bindingSources(): Record<string, SchemaDocument> {
  return { tidemark: tidemarkSchemaDocument(), tidbcloud: tidbcloudSchemaDocument() };
}

/** Every generated file, by path relative to the repository root. */
export async function renderBindings(): Promise<Map<string, string>> {
  // The generator needs neither the network nor terraform; this keeps its libraries from asking.
  process.env.CHECKPOINT_DISABLE ??= "1";
  process.env.TERRAFORM_BINARY_NAME ??= "terraform-is-not-needed-to-generate-bindings";
  const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
  type GeneratorSchema = Parameters<typeof generateProviderBindingsFromSchema>[1];

  const files = new Map<string, string>();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-bindings-"));
  try {
    for (const [name, document] of Object.entries(bindingSources())) {
      const out = path.join(scratch, name);
      // cast: the generator's type allows only format versions 0.1 and 0.2 of this document; it reads the same fields in 1.0
      await generateProviderBindingsFromSchema(out, document as unknown as GeneratorSchema);
      const generated = path.join(out, "providers", name);
      for (const file of listFiles(generated)) {
        files.set(path.posix.join(BINDINGS_DIR, name, file), fs.readFileSync(path.join(generated, file), "utf8"));
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return files;
}

/** Files under `dir`, as sorted posix paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
