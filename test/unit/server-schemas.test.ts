import { ApiError } from "../../server/http/errors";
import { fieldPath, resourceSchema } from "../../server/http/schemas";

describe("field paths in validation errors", () => {
  test.each([
    ["", undefined, ""],
    ["", "title", "title"],
    ["/dataSources/0/port", undefined, "dataSources[0].port"],
    ["/dataSources/1", "password", "dataSources[1].password"],
    ["/labels", "Not OK", 'labels["Not OK"]'],
  ])("%s + %s is %s", (pointer, child, expected) => {
    expect(fieldPath(pointer, child)).toBe(expected);
  });
});

describe("resource schemas", () => {
  test("every problem of an instance body is reported with its path", () => {
    const schema = resourceSchema("instance");
    let error: ApiError | undefined;
    try {
      schema.full.validate({
        title: 3,
        engine: "ORACLE",
        dataSources: [{ type: "ADMIN", host: "h", port: 0 }],
        extra: 1,
      });
    } catch (e) {
      error = e as ApiError;
    }
    expect(error?.code).toBe(400);
    const fields = error?.details.map((d) => d.field).sort();
    expect(fields).toEqual(
      ["dataSources[0].port", "dataSources[0].username", "engine", "environment", "extra", "title"].sort(),
    );
  });

  test("read-only, writable and immutable fields come from the schema's marks", () => {
    const schema = resourceSchema("instance");
    expect(schema.readOnlyFields.has("engineVersion")).toBe(true);
    expect(schema.writableFields.has("dataSources")).toBe(true);
    expect([...schema.immutableFields]).toEqual(["engine"]);
    expect(schema.collection).toBe("instances");
    expect(schema.idParameter).toBe("instanceId");
  });
});
