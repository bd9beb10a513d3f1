import fs from "node:fs";
import path from "node:path";
import {
  BINDINGS_DIR,
  TIDBCLOUD_ADDRESS,
  bindingSources,
  listFiles,
  renderBindings,
  tidbcloudSchemaDocument,
} from "../../provider/cdktf/bindings";
import { providerSchemaFrom, schemaDocument } from "../../provider/protocol/schema-json";

const root = path.resolve(__dirname, "../..");

describe("CDKTF bindings", () => {
  let rendered: Map<string, string>;
  beforeAll(async () => {
    rendered = await renderBindings();
  });

  test("every committed binding is what the provider schemas generate (run `npm run bindings`)", () => {
    const stale = [...rendered].filter(([file, text]) => {
      const committed = path.join(root, file);
      return !fs.existsSync(committed) || fs.readFileSync(committed, "utf8") !== text;
    });
    expect(stale.map(([file]) => file)).toEqual([]);
  });

  test("no binding is left over from a resource that no longer exists", () => {
    const committed = Object.keys(bindingSources()).flatMap((name) =>
      listFiles(path.join(root, BINDINGS_DIR, name)).map((f) => path.posix.join(BINDINGS_DIR, name, f)),
    );
    expect(committed.sort()).toEqual([...rendered.keys()].sort());
  });

  test("every tidemark resource and data source has a binding", () => {
    const document = bindingSources().tidemark!;
    const provider = Object.values(document.provider_schemas)[0]!;
    const folder = (type: string) => type.replace(/^tidemark_/, "").replace(/_/g, "-");
    for (const type of Object.keys(provider.resource_schemas ?? {})) {
      expect(rendered.has(`${BINDINGS_DIR}/tidemark/${folder(type)}/index.ts`)).toBe(true);
    }
    for (const type of Object.keys(provider.data_source_schemas ?? {})) {
      expect(rendered.has(`${BINDINGS_DIR}/tidemark/data-${type.replace(/_/g, "-")}/index.ts`)).toBe(true);
    }
  });

  test("the kept TiDB Cloud schema document is in the shape and order Terraform prints", () => {
    const kept = tidbcloudSchemaDocument();
    const { provider_versions: versions, ...document } = kept;
    expect(versions).toEqual({ [TIDBCLOUD_ADDRESS]: "0.4.10" });
    const reprinted = schemaDocument(TIDBCLOUD_ADDRESS, providerSchemaFrom(kept, TIDBCLOUD_ADDRESS));
    expect(JSON.stringify(reprinted, null, 2)).toBe(JSON.stringify(document, null, 2));
  });
});
