import { tidemarkSchemaDocument } from "../../provider/cdktf/bindings";
import { TerraformWorkspace } from "../support/terraform";

describe("the schema document the tidemark bindings are generated from", () => {
  let tf: TerraformWorkspace;
  beforeAll(() => {
    tf = new TerraformWorkspace();
  });
  afterAll(() => tf?.remove());

  test("is what `terraform providers schema -json` prints for the installed provider, key order included", async () => {
    tf.write(
      "main.tf",
      'terraform {\n  required_providers {\n    tidemark = { source = "tidemark/tidemark" }\n  }\n}\n',
    );
    await tf.ok("init", "-no-color");
    const printed = await tf.ok("providers", "schema", "-json");
    const terraform: unknown = JSON.parse(printed.stdout);
    const ours = tidemarkSchemaDocument();
    expect(ours).toEqual(terraform);
    // Go escapes <, > and & in strings; the parsed documents agree to the order of every key.
    expect(JSON.stringify(ours)).toBe(JSON.stringify(terraform));
  });
});
