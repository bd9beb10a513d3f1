import fs from "node:fs";
import path from "node:path";
import { renderDocs } from "../../provider/framework/docs";
import { PROVIDER_BLOCK } from "../../provider/framework/provider";
import { DATA_SOURCES } from "../../provider/data-sources";
import { RESOURCES } from "../../provider/resources";

const root = path.resolve(__dirname, "../..");

describe("docs/", () => {
  const rendered = renderDocs(RESOURCES, DATA_SOURCES, PROVIDER_BLOCK, root);

  test.each([...rendered.keys()])("%s is what the schemas and examples render (run `npm run docs`)", (file) => {
    const committed = fs.existsSync(path.join(root, file))
      ? fs.readFileSync(path.join(root, file), "utf8")
      : "(missing)";
    expect(committed).toBe(rendered.get(file));
  });

  test.each(["resources", "data-sources"])("no %s page is left over from one that no longer exists", (dir) => {
    const pages = fs.readdirSync(path.join(root, "docs", dir)).map((f) => `docs/${dir}/${f}`);
    expect(pages.sort()).toEqual([...rendered.keys()].filter((f) => f.startsWith(`docs/${dir}/`)).sort());
  });

  test("every resource and data source has an example", () => {
    for (const r of RESOURCES) {
      expect(fs.existsSync(path.join(root, "examples", "resources", r.typeName, "resource.tf"))).toBe(true);
    }
    for (const d of DATA_SOURCES) {
      expect(fs.existsSync(path.join(root, "examples", "data-sources", d.typeName, "data-source.tf"))).toBe(true);
    }
  });

  test("an attribute of objects is a List of Object, its fields and nested objects listed under it", () => {
    const page = rendered.get("docs/data-sources/instance.md") ?? "";
    expect(page).toMatch(/- `data_sources` \(List of Object\)/);
    expect(page).toMatch(
      /### Nested Schema for `data_sources`\n\n- `type` \(String\)\n- `host` \(String\)\n- `port` \(Number\)/,
    );
    expect(page).toMatch(/### Nested Schema for `data_sources.tls`\n\n- `enabled` \(Boolean\)/);
    expect(page).not.toMatch(/\[object Object\]/);
  });
});
