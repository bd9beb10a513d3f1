// The parsers under comparison, each behind one small adapter: load it, and read one statement
// of the corpus, throwing when the parser cannot read it whole as one statement.
import type { Engine } from "../corpus/load";

export interface Candidate {
  /** Row name in the tables, e.g. "node-sql-parser/mysql". */
  name: string;
  /** npm package measured. */
  pkg: string;
  /** What the bundle-size measure imports (a package path). */
  entry: string;
  /** Extra files the candidate loads at run time (WASM), measured with the bundle. */
  assets?: string[];
  load(): Promise<void>;
  /** Reads one statement; throws with the parser's message if it cannot. */
  parse(text: string, engine: Engine): unknown;
}

/** Fails a parse that read more than one statement out of a single corpus entry. */
function one<T>(statements: T[], what: string): T {
  if (statements.length !== 1) throw new Error(`read ${statements.length} ${what} instead of one`);
  return statements[0];
}

type AstifyFn = (sql: string, options: { database: string; parseOptions?: { includeLocations: boolean } }) => unknown;

function nodeSqlParser(grammar: "mysql" | "mariadb"): Candidate {
  let astify: AstifyFn | undefined;
  const database = grammar === "mysql" ? "MySQL" : "MariaDB";
  return {
    name: `node-sql-parser/${grammar}`,
    pkg: "node-sql-parser",
    entry: `node-sql-parser/build/${grammar}`,
    async load() {
      // The per-grammar builds ship no type declarations of their own.
      const mod = (await import(`node-sql-parser/build/${grammar}`)) as {
        default: { Parser: new () => { astify: AstifyFn } };
      };
      const parser = new mod.default.Parser();
      astify = parser.astify.bind(parser);
    },
    parse(text) {
      const ast = astify!(text, { database, parseOptions: { includeLocations: true } });
      return Array.isArray(ast) ? one(ast, "statements") : ast;
    },
  };
}

function sqlParserCst(dialect: "mysql" | "mariadb"): Candidate {
  let parse: ((sql: string, options: object) => { statements: { type: string }[] }) | undefined;
  return {
    name: `sql-parser-cst/${dialect}`,
    pkg: "sql-parser-cst",
    entry: "sql-parser-cst",
    async load() {
      // Narrowed to the one call the comparison makes.
      parse = (await import("sql-parser-cst")).parse as typeof parse;
    },
    parse(text) {
      const program = parse!(text, { dialect, includeRange: true });
      return one(
        program.statements.filter((s) => s.type !== "empty"),
        "statements",
      );
    },
  };
}

function dtSqlParser(): Candidate {
  type Tree = { children?: { constructor: { name: string } }[] };
  let parser: { parse(sql: string, onError: (error: { message: string }) => void): Tree } | undefined;
  return {
    name: "dt-sql-parser/mysql",
    pkg: "dt-sql-parser",
    entry: "dt-sql-parser/dist/parser/mysql",
    async load() {
      const { MySQL } = await import("dt-sql-parser");
      // Its declared parse() returns an ANTLR context type; only the children are read here.
      parser = new MySQL() as unknown as typeof parser;
    },
    parse(text) {
      const errors: { message: string }[] = [];
      // Some inputs make it report through ANTLR's console listener as well as ours.
      const consoleError = console.error;
      console.error = () => undefined;
      let tree: Tree;
      try {
        tree = parser!.parse(text, (error) => errors.push(error));
      } finally {
        console.error = consoleError;
      }
      if (errors.length > 0) throw new Error(errors[0].message);
      return one(
        (tree.children ?? []).filter((child) => child.constructor.name === "SingleStatementContext"),
        "statements",
      );
    },
  };
}

function tsMysqlParser(): Candidate {
  let parser: { parse(sql: string): { parserError?: Error; lexerError?: Error; tree: unknown } } | undefined;
  return {
    name: "ts-mysql-parser",
    pkg: "ts-mysql-parser",
    entry: "ts-mysql-parser",
    async load() {
      // Its declarations describe the CommonJS shape, not what an ESM import hands over.
      const mod = (await import("ts-mysql-parser")) as unknown as {
        default: { default?: unknown } & (new (options: { version: string }) => NonNullable<typeof parser>);
      };
      // The CommonJS build's default export arrives one level down when imported from ESM.
      const Parser = (mod.default.default ?? mod.default) as new (options: {
        version: string;
      }) => NonNullable<typeof parser>;
      parser = new Parser({ version: "8.0.0" });
    },
    parse(text) {
      const result = parser!.parse(text);
      const error = result.lexerError ?? result.parserError;
      if (error) throw error;
      return result.tree;
    },
  };
}

function sqlparserRs(): Candidate {
  let parse: ((sql: string, dialect: string) => unknown[]) | undefined;
  return {
    name: "sqlparser-rs (WASM)/mysql",
    pkg: "@guanmingchiu/sqlparser-ts",
    entry: "@guanmingchiu/sqlparser-ts",
    assets: ["@guanmingchiu/sqlparser-ts/wasm/sqlparser_rs_wasm_bg.wasm"],
    async load() {
      const mod = await import("@guanmingchiu/sqlparser-ts");
      await mod.init();
      // Declared as returning its typed AST; only the statement count is read here.
      parse = mod.parse as unknown as typeof parse;
    },
    parse(text) {
      return one(parse!(text, "mysql"), "statements");
    },
  };
}

export function candidates(): Candidate[] {
  return [
    nodeSqlParser("mysql"),
    nodeSqlParser("mariadb"),
    dtSqlParser(),
    sqlParserCst("mysql"),
    sqlParserCst("mariadb"),
    tsMysqlParser(),
    sqlparserRs(),
  ];
}
