// Registry-layout documentation (docs/index.md, docs/resources/*.md), rendered from the same
// schemas Terraform sees, with the runnable examples from examples/. `npm run docs` writes it;
// a test fails when what is committed differs from what this renders.
import fs from "node:fs";
import path from "node:path";
import type { DataSourceType } from "./data-source";
import type { ResourceType } from "./resource";
import type { CtyType } from "../protocol/cty";
import type { AttributeSchema, BlockSchema, NestedBlockSchema } from "./schema";

function typeName(t: CtyType): string {
  if (typeof t === "string") return t === "bool" ? "Boolean" : t.charAt(0).toUpperCase() + t.slice(1);
  if (t[0] === "list" || t[0] === "map" || t[0] === "set") {
    const element = t[1];
    return `${t[0].charAt(0).toUpperCase()}${t[0].slice(1)} of ${typeof element === "string" ? element : typeName(element)}`;
  }
  return "Object";
}

/** The fields of an object-typed attribute (or of a collection's object elements), if it has any. */
function objectFields(t: CtyType): Readonly<Record<string, CtyType>> | undefined {
  if (typeof t === "string") return undefined;
  if (t[0] === "object") return t[1];
  if (t[0] === "list" || t[0] === "map" || t[0] === "set") return objectFields(t[1]);
  return undefined;
}

/** What an object-typed attribute holds, nested objects after it: fields have no descriptions, their types say it. */
function objectSection(name: string, type: CtyType, out: string[]): void {
  const fields = objectFields(type);
  if (!fields) return;
  out.push(`<a id="${name.replace(/\./g, "--")}--fields"></a>`, `### Nested Schema for \`${name}\``, "");
  out.push(...Object.entries(fields).map(([field, t]) => `- \`${field}\` (${typeName(t)})`), "");
  for (const [field, t] of Object.entries(fields)) objectSection(`${name}.${field}`, t, out);
}

function attributeLine(a: AttributeSchema, anchor: string): string {
  const marks = [
    typeName(a.type),
    a.sensitive ? "Sensitive" : "",
    a.requiresReplace ? "Forces replacement" : "",
  ].filter(Boolean);
  const defaults = a.default !== undefined ? ` Defaults to \`${JSON.stringify(a.default)}\`.` : "";
  return (
    `- \`${a.name}\` (${marks.join(", ")}) ${a.description}${defaults}`.replace(/\s+$/, "") +
    ` <a id="${anchor}${a.name}"></a>`
  );
}

function blockSection(block: BlockSchema, heading: string, anchor: string, out: string[]): void {
  const required = block.attributes.filter((a) => a.required);
  const optional = block.attributes.filter((a) => a.optional);
  const readOnly = block.attributes.filter((a) => !a.required && !a.optional);
  if (required.length) out.push(`### Required${heading}`, "", ...required.map((a) => attributeLine(a, anchor)), "");
  if (optional.length || block.blocks.length) {
    out.push(`### Optional${heading}`, "", ...optional.map((a) => attributeLine(a, anchor)));
    for (const b of block.blocks) out.push(nestedLine(b, anchor));
    out.push("");
  }
  if (readOnly.length) out.push(`### Read-Only${heading}`, "", ...readOnly.map((a) => attributeLine(a, anchor)), "");
  for (const b of block.blocks) blockSection(b.block, ` (\`${b.name}\`)`, `${anchor}${b.name}--`, out);
  for (const a of block.attributes) objectSection(`${anchor.replace(/--/g, ".")}${a.name}`, a.type, out);
}

function nestedLine(b: NestedBlockSchema, anchor: string): string {
  const limits =
    b.nesting === "single"
      ? "Block, at most one"
      : `Block list${b.minItems ? `, min ${b.minItems}` : ""}${b.maxItems ? `, max ${b.maxItems}` : ""}`;
  return `- \`${b.name}\` (${limits}) ${b.description} <a id="${anchor}${b.name}"></a>`;
}

function read(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trimEnd() : undefined;
}

export function renderResource(r: ResourceType, examples: string): string {
  const out = [
    "---",
    `page_title: "${r.typeName} Resource - tidemark"`,
    'subcategory: ""',
    "description: |-",
    `  ${r.block.description}`,
    "---",
    "",
    `# ${r.typeName} (Resource)`,
    "",
    r.block.description,
    "",
  ];
  const example = read(path.join(examples, "resources", r.typeName, "resource.tf"));
  if (example) out.push("## Example Usage", "", "```terraform", example, "```", "");
  out.push("<!-- schema generated from schema/resources -->", "## Schema", "");
  blockSection(r.block, "", "", out);
  const importing = read(path.join(examples, "resources", r.typeName, "import.sh"));
  if (importing)
    out.push("## Import", "", "Import is supported using the following syntax:", "", "```shell", importing, "```", "");
  else if (r.notImportable) out.push("## Import", "", r.notImportable, "");
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

export function renderDataSource(d: DataSourceType, examples: string): string {
  const out = [
    "---",
    `page_title: "${d.typeName} Data Source - tidemark"`,
    'subcategory: ""',
    "description: |-",
    `  ${d.block.description}`,
    "---",
    "",
    `# ${d.typeName} (Data Source)`,
    "",
    d.block.description,
    "",
  ];
  const example = read(path.join(examples, "data-sources", d.typeName, "data-source.tf"));
  if (example) out.push("## Example Usage", "", "```terraform", example, "```", "");
  out.push("## Schema", "");
  blockSection(d.block, "", "", out);
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

export function renderIndex(
  resources: ResourceType[],
  dataSources: DataSourceType[],
  providerBlock: BlockSchema,
  examples: string,
): string {
  const out = [
    "---",
    'page_title: "Tidemark Provider"',
    "description: |-",
    "  Database change management for TiDB and MySQL: environments, instances, projects and reviewed changes.",
    "---",
    "",
    "# Tidemark Provider",
    "",
    "Manages a Tidemark control plane: environments, database instances (with a real schema sync),",
    "projects and database enrolment, SQL review and changes. The provider logs in with a service",
    "account's email and key and renews its session as it needs.",
    "",
  ];
  const example = read(path.join(examples, "provider", "provider.tf"));
  if (example) out.push("## Example Usage", "", "```terraform", example, "```", "");
  out.push("## Schema", "");
  blockSection(providerBlock, "", "", out);
  out.push(
    "## Resources",
    "",
    ...resources.map((r) => `- [${r.typeName}](resources/${r.typeName.replace(/^tidemark_/, "")}.md)`),
    "",
    "## Data Sources",
    "",
    ...dataSources.map((d) => `- [${d.typeName}](data-sources/${d.typeName.replace(/^tidemark_/, "")}.md)`),
    "",
  );
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

/** Every docs file, by path relative to the repository root. */
export function renderDocs(
  resources: ResourceType[],
  dataSources: DataSourceType[],
  providerBlock: BlockSchema,
  root: string,
): Map<string, string> {
  const examples = path.join(root, "examples");
  const files = new Map<string, string>();
  files.set("docs/index.md", renderIndex(resources, dataSources, providerBlock, examples));
  for (const d of dataSources) {
    files.set(`docs/data-sources/${d.typeName.replace(/^tidemark_/, "")}.md`, renderDataSource(d, examples));
  }
  for (const r of resources)
    files.set(`docs/resources/${r.typeName.replace(/^tidemark_/, "")}.md`, renderResource(r, examples));
  return files;
}
