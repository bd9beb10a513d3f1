// The SQL corpus loader: the format in sql/corpus/README.md, and the corpus itself.
import { ENGINES, loadCorpus, parseCorpusFile } from "../../../sql/corpus/load";

describe("parseCorpusFile", () => {
  const file = [
    "-- a file comment before any header",
    "-- @@ engine=TIDB source=https://example.test/page",
    "-- @ kind=ddl feature=auto-random,clustered-index",
    "CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM);",
    "-- @ kind=program engine=MYSQL source=doc#section note=body_keeps_semicolons",
    "CREATE PROCEDURE p()",
    "BEGIN",
    "  SELECT 1;",
    "END;",
    "",
    "-- @@ engine=MARIADB source=other",
    "-- @ kind=query",
    "SELECT 2",
  ].join("\n");

  it("gives each statement its section's labels, its own overrides, and the line it starts on", () => {
    const statements = parseCorpusFile("x.sql", file);
    expect(statements.map((s) => [s.engine, s.kind, s.features, s.source, s.line])).toEqual([
      ["TIDB", "ddl", ["auto-random", "clustered-index"], "https://example.test/page", 4],
      ["MYSQL", "program", [], "doc#section", 6],
      ["MARIADB", "query", [], "other", 13],
    ]);
    expect(statements[1].note).toBe("body keeps semicolons");
  });

  it("drops one trailing semicolon and keeps the ones inside a stored-program body", () => {
    const [create, procedure, select] = parseCorpusFile("x.sql", file);
    expect(create.text).toBe("CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM)");
    expect(procedure.text).toBe("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND");
    expect(select.text).toBe("SELECT 2");
  });

  it.each([
    ["a header with no statement", "-- @@ engine=TIDB source=s\n-- @ kind=ddl\n-- @ kind=ddl\nSELECT 1", "x.sql:2"],
    ["text outside a statement", "SELECT 1", "x.sql:1"],
    ["an unknown key", "-- @ kind=ddl engine=TIDB source=s colour=red\nSELECT 1", "colour=red"],
    ["an unknown engine", "-- @ kind=ddl engine=ORACLE source=s\nSELECT 1", "engine must be one of"],
    ["an unknown kind", "-- @ kind=other engine=TIDB source=s\nSELECT 1", "kind must be one of"],
    ["no source", "-- @ kind=ddl engine=TIDB\nSELECT 1", "needs a source"],
  ])("refuses %s, naming where", (_what, content, message) => {
    expect(() => parseCorpusFile("x.sql", content)).toThrow(message);
  });
});

describe("the corpus", () => {
  const corpus = loadCorpus();

  it("holds several hundred statements covering every engine", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    for (const engine of ENGINES) expect(corpus.filter((s) => s.engine === engine).length).toBeGreaterThan(50);
  });

  it("names a source for every statement", () => {
    expect(corpus.filter((s) => !/^(https:\/\/|[\w-]+\/[\w-]+:)/.test(s.source))).toEqual([]);
  });
});
