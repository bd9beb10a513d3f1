// Writes docs/ (Terraform registry layout) from the provider's schemas and examples/.
import fs from "node:fs";
import path from "node:path";
import { renderDocs } from "../provider/framework/docs";
import { PROVIDER_BLOCK } from "../provider/framework/provider";
import { DATA_SOURCES } from "../provider/data-sources";
import { RESOURCES } from "../provider/resources";

const root = path.resolve(__dirname, "..");
for (const dir of ["resources", "data-sources"])
  fs.rmSync(path.join(root, "docs", dir), { recursive: true, force: true });
for (const [file, text] of renderDocs(RESOURCES, DATA_SOURCES, PROVIDER_BLOCK, root)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
process.stdout.write("docs/ written\n");
