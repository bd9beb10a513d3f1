import fs from "node:fs";
import path from "node:path";
import { TIDBCLOUD_ADDRESS, tidbcloudSchemaDocument } from "../../provider/cdktf/bindings";
import { synthesizeExample } from "../support/cdktf";
import { installSchemaOnlyProvider } from "../support/schema-only-provider";
import { TerraformWorkspace, installProvider } from "../support/terraform";

// The tidbcloud provider cannot be downloaded here. Terraform validates against the schema in
// provider/cdktf/tidbcloud-schema.json, served by a stand-in, and the real tidemark provider's.
describe("TiDB Cloud configurations pass terraform validate against both providers' schemas", () => {
  let mirror: string;
  const workspaces: TerraformWorkspace[] = [];
  const workspace = () => {
    const tf = new TerraformWorkspace({
      mirror,
      providers: ["registry.terraform.io/tidemark/*", "registry.terraform.io/tidbcloud/*"],
    });
    workspaces.push(tf);
    return tf;
  };
  const validate = async (tf: TerraformWorkspace) => {
    await tf.ok("init", "-no-color");
    const result = await tf.run("validate", "-json", "-no-color");
    return JSON.parse(result.stdout) as { valid: boolean; diagnostics: Array<{ summary: string; detail: string }> };
  };

  beforeAll(async () => {
    mirror = installProvider();
    await installSchemaOnlyProvider(mirror, {
      address: TIDBCLOUD_ADDRESS,
      version: "0.4.10",
      document: tidbcloudSchemaDocument(),
    });
  });
  afterAll(() => workspaces.forEach((tf) => tf.remove()));

  test("the synthesized examples/cdktf-tidb-cloud stack, a database enrolled", async () => {
    const tf = workspace();
    const synthesized = synthesizeExample("cdktf-tidb-cloud", "cdktf-tidb-cloud", tf.dir, { databases: ["shop"] });
    expect(Object.keys(synthesized.resource as object).sort()).toEqual([
      "tidbcloud_serverless_cluster",
      "tidbcloud_sql_user",
      "tidemark_database",
      "tidemark_environment",
      "tidemark_instance",
      "tidemark_project",
      "tidemark_review_config",
    ]);
    const result = await validate(tf);
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("the HCL of examples/tidb-cloud-gitops", async () => {
    const tf = workspace();
    const example = path.join(__dirname, "../../examples/tidb-cloud-gitops");
    for (const file of fs.readdirSync(example).filter((f) => f.endsWith(".tf"))) {
      tf.write(file, fs.readFileSync(path.join(example, file), "utf8"));
    }
    const result = await validate(tf);
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("the check has teeth: an attribute the kept schema does not have is refused", async () => {
    const tf = workspace();
    synthesizeExample("cdktf-tidb-cloud", "cdktf-tidb-cloud", tf.dir);
    const file = path.join(tf.dir, "cdk.tf.json");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replaceAll("endpoints.public.host", "endpoints.public.hostname"),
    );
    const result = await validate(tf);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ summary: "Unsupported attribute", detail: expect.stringMatching(/"hostname"/) }),
    );
  });
});
