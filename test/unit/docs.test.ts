import fs from "node:fs";
import path from "node:path";
import { renderDocs } from "../../provider/framework/docs";
import { PROVIDER_BLOCK } from "../../provider/framework/provider";
import { RESOURCES } from "../../provider/resources";

const root = path.resolve(__dirname, "../..");

describe("docs/", () => {
  const rendered = renderDocs(RESOURCES, PROVIDER_BLOCK, root);

  test.each([...rendered.keys()])("%s is what the schemas and examples render (run `npm run docs`)", (file) => {
    const committed = fs.existsSync(path.join(root, file))
      ? fs.readFileSync(path.join(root, file), "utf8")
      : "(missing)";
    expect(committed).toBe(rendered.get(file));
  });

  test("no resource page is left over from a resource that no longer exists", () => {
    const pages = fs.readdirSync(path.join(root, "docs", "resources")).map((f) => `docs/resources/${f}`);
    expect(pages.sort()).toEqual([...rendered.keys()].filter((f) => f.startsWith("docs/resources/")).sort());
  });

  test("every resource has an example and an import example", () => {
    for (const r of RESOURCES) {
      expect(fs.existsSync(path.join(root, "examples", "resources", r.typeName, "resource.tf"))).toBe(true);
      expect(fs.existsSync(path.join(root, "examples", "resources", r.typeName, "import.sh"))).toBe(true);
    }
  });
});
