import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TidemarkProvider } from "../../provider/framework/provider";
import { renderResource } from "../../provider/framework/docs";
import { record } from "../../provider/protocol/cty";
import {
  type AppliedVersions,
  compareVersions,
  editedAfterApply,
  migrationResource,
  parseDuration,
  pendingSteps,
  readMigrations,
} from "../../provider/resources/migration";

describe("a migration directory", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-migrations-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>): void => {
    for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  };

  test("files are ordered by version numerically, whatever their padding; other files are ignored", () => {
    write({
      "10_last.sql": "SELECT 10",
      "2_second.sql": "SELECT 2",
      "1.10_late_patch.sql": "SELECT 1.10",
      "1.2_patch.sql": "SELECT 1.2",
      "0001_first.sql": "SELECT 1",
      "README.md": "not a migration",
    });
    expect(readMigrations(dir).map((f) => f.file)).toEqual([
      "0001_first.sql",
      "1.2_patch.sql",
      "1.10_late_patch.sql",
      "2_second.sql",
      "10_last.sql",
    ]);
  });

  test("the checksum is the SHA-256 of the file's text, as the server records it", () => {
    write({ "0001_a.sql": "SELECT 1" });
    expect(readMigrations(dir)[0]?.checksum).toBe("e004ebd5b5532a4b85984a62f8ad48a81aa3460c1ca07701f386135d72cdecf5");
  });

  test("a .sql file without a version is an error naming it, not skipped", () => {
    write({ "0001_a.sql": "SELECT 1", "create_users.sql": "SELECT 2" });
    expect(() => readMigrations(dir)).toThrow(
      /create_users\.sql has no version: name migration files <version>_<name>\.sql/,
    );
  });

  test("two files of one version are an error naming both", () => {
    write({ "0001_a.sql": "SELECT 1", "1_b.sql": "SELECT 2" });
    expect(() => readMigrations(dir)).toThrow(/0001_a\.sql and 1_b\.sql have the same version/);
  });

  test("a missing directory says what to set", () => {
    expect(() => readMigrations(path.join(dir, "nope"))).toThrow(/is not a directory: set directory/);
  });
});

describe("versions and durations", () => {
  test("versions compare part by part", () => {
    expect(compareVersions("2", "10")).toBeLessThan(0);
    expect(compareVersions("1.2", "1.10")).toBeLessThan(0);
    expect(compareVersions("1", "1.0")).toBeLessThan(0);
    expect(compareVersions("0001", "1")).toBe(0);
  });

  test("approval_timeout is a duration in Terraform's style", () => {
    expect(parseDuration("0s")).toBe(0);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("10")).toBeUndefined();
    expect(parseDuration("ten minutes")).toBeUndefined();
    expect(migrationResource.validate?.(Object.assign(record(), { approval_timeout: "10" }))).toEqual([
      expect.objectContaining({ summary: "Invalid approval_timeout", attribute: ["approval_timeout"] }),
    ]);
    expect(migrationResource.validate?.(Object.assign(record(), { approval_timeout: "10m" }))).toEqual([]);
  });
});

describe("what is pending where", () => {
  const file = (version: string, checksum: string) => ({ version, file: `${version}_x.sql`, sql: "", checksum });
  const files = [file("0001", "a"), file("0002", "b"), file("0003", "c")];
  const applied: AppliedVersions = new Map([
    [
      "old",
      new Map([
        ["0001", "a"],
        ["0002", "b"],
      ]),
    ],
    ["new", new Map()],
  ]);

  test("each version goes to the targets that lack it, in version order", () => {
    expect(pendingSteps(files, ["old", "new"], applied).map((s) => [s.file.version, s.targets])).toEqual([
      ["0001", ["new"]],
      ["0002", ["new"]],
      ["0003", ["old", "new"]],
    ]);
  });

  test("a file whose checksum differs from the one applied is an error naming the file and the target", () => {
    const edited = editedAfterApply([file("0001", "a"), file("0002", "z")], ["old", "new"], applied);
    expect(edited).toHaveLength(1);
    expect(edited[0]?.summary).toBe("0002_x.sql changed after it was applied");
    expect(edited[0]?.detail).toMatch(/applied to old with checksum b…; the file's is now z…/);
  });
});

describe("a resource that cannot be imported", () => {
  test("import answers why, without calling the server", async () => {
    const provider = new TidemarkProvider([migrationResource], [], {});
    const answer = await provider.importResourceState(
      { typeName: "tidemark_migration", id: "anything" },
      { signal: new AbortController().signal },
    );
    expect(answer.importedResources).toEqual([]);
    expect(answer.diagnostics[0]?.detail).toMatch(/cannot be imported, and need not be/);
  });

  test("its docs page says so instead of an import command", () => {
    const page = renderResource(migrationResource, path.join(__dirname, "..", "..", "examples"));
    expect(page).toMatch(/## Import\n\ntidemark_migration cannot be imported/);
    expect(page).not.toMatch(/terraform import/);
  });
});
