// schema/generated/types.ts is generated from schema/: this fails when it is stale, as the docs'
// and the bindings' tests do for theirs, and when a pattern in schema/ spells a resource id its
// own way instead of the one pattern the generated constants carry.
import fs from "node:fs";
import { DATABASE_NAME, RESOURCE_ID } from "../../schema/generated/types";
import { TYPES_FILE, idPatternsAgree, renderTypes } from "../../scripts/schema-types";

describe("types generated from schema/", () => {
  test("schema/generated/types.ts is current: run `npm run schema-types` after changing schema/", () => {
    expect(fs.readFileSync(TYPES_FILE, "utf8")).toBe(renderTypes());
  });

  test("every name pattern in schema/ builds on the one resource-id pattern", () => {
    expect(idPatternsAgree()).toEqual([]);
  });

  test.each([
    ["a", true],
    ["shop-2", true],
    ["a".repeat(63), true],
    ["a".repeat(64), false],
    ["shop-", false],
    ["2shop", false],
    ["Shop", false],
    ["", false],
  ])("resource id %j is %s", (id, ok) => {
    expect(RESOURCE_ID.test(id)).toBe(ok);
  });

  test("a database name gives its instance and database", () => {
    expect(DATABASE_NAME.exec("instances/main/databases/shop.v2")?.slice(1)).toEqual(["main", "shop.v2"]);
    expect(DATABASE_NAME.test("instances/Main/databases/shop")).toBe(false);
  });
});
