// Writes the CDKTF bindings (provider/cdktf/bindings/<provider>/) from the providers' schemas.
import fs from "node:fs";
import path from "node:path";
import { BINDINGS_DIR, bindingSources, renderBindings } from "../provider/cdktf/bindings";

const root = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const files = await renderBindings();
  for (const name of Object.keys(bindingSources())) {
    fs.rmSync(path.join(root, BINDINGS_DIR, name), { recursive: true, force: true });
  }
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  process.stdout.write(`${BINDINGS_DIR}/ written (${files.size} files)\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`bindings: ${err.message}\n`);
  process.exit(1);
});
