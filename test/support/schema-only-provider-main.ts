// A provider that serves a schema document and nothing else, so that `terraform validate` can
// check configurations of a provider that cannot be installed here against that schema. Started
// by Terraform through the launcher installSchemaOnlyProvider writes: main.js <document> <address>.
import fs from "node:fs";
import { type Provider, error } from "../../provider/protocol/provider";
import { type SchemaDocument, providerSchemaFrom } from "../../provider/protocol/schema-json";
import { serve } from "../../provider/protocol/serve";

const [documentFile, address] = process.argv.slice(2) as [string, string];
const document = JSON.parse(fs.readFileSync(documentFile, "utf8")) as SchemaDocument;
const schema = providerSchemaFrom(document, address);

const provider: Provider = {
  getSchema: () => schema,
  // Validation is Terraform's own, against the schema. Anything further is not this provider's to do.
  configure: () => ({
    diagnostics: [
      error(
        `${address} is a schema-only stand-in`,
        "It serves the provider's schema so that terraform validate can check configurations; it cannot plan or apply.",
      ),
    ],
  }),
};

void serve(provider, { protoDir: __dirname });
