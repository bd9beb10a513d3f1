// The MySQL grammar Tidemark reads SQL with: dt-sql-parser's ANTLR grammar of MySQL (chosen in
// PARSERS.md), run here directly through its generated lexer and parser.
//
// Imported by relative path, not by package name: dt-sql-parser ships ES modules with
// extensionless imports that plain `node` cannot resolve, and the server build keeps every
// package external. A relative path makes esbuild bundle these files (the ANTLR runtime,
// antlr4ng, has a CommonJS build and stays external); jest transforms them (jest.config.js).
import {
  BailErrorStrategy,
  BaseErrorListener,
  CharStreams,
  CommonTokenStream,
  DefaultErrorStrategy,
  ParseCancellationException,
  PredictionMode,
  type ATNSimulator,
  type Recognizer,
  type Token,
} from "antlr4ng";
import { MySqlLexer } from "../node_modules/dt-sql-parser/dist/lib/mysql/MySqlLexer";
import { MySqlParser, type SingleStatementContext } from "../node_modules/dt-sql-parser/dist/lib/mysql/MySqlParser";

export { MySqlParser };
export type { SingleStatementContext };
/** The grammar's context classes, for the one reader of its trees (sql/review/ast.ts). */
export * as Tree from "../node_modules/dt-sql-parser/dist/lib/mysql/MySqlParser";

export interface GrammarError {
  message: string;
  /** 1-based line and 0-based column in the text given, as ANTLR reports them. */
  line: number;
  column: number;
  /** Offset of the token the grammar stopped at, in the text given. */
  offset: number;
}

export interface GrammarResult {
  /** The one statement read, when the text is exactly one statement of the grammar. */
  statement?: SingleStatementContext;
  tokens: Token[];
  error?: GrammarError;
}

class Collector extends BaseErrorListener {
  errors: GrammarError[] = [];
  override syntaxError<S extends Token, T extends ATNSimulator>(
    _recognizer: Recognizer<T>,
    offending: S | null,
    line: number,
    column: number,
    message: string,
  ): void {
    this.errors.push({ line, column, message, offset: offending?.start ?? -1 });
  }
}

/**
 * Reads `text` as one MySQL statement. Fast path first (SLL prediction, stop at the first
 * error), then full LL prediction only for text the fast path refused, as ANTLR advises.
 */
export function readMySql(text: string): GrammarResult {
  const collector = new Collector();
  const lexer = new MySqlLexer(CharStreams.fromString(text));
  lexer.removeErrorListeners();
  lexer.addErrorListener(collector);
  const stream = new CommonTokenStream(lexer);
  stream.fill();
  const tokens = stream.getTokens();
  const parser = new MySqlParser(stream);
  parser.removeErrorListeners();
  parser.interpreter.predictionMode = PredictionMode.SLL;
  parser.errorHandler = new BailErrorStrategy();
  let program;
  try {
    program = parser.program();
  } catch (err) {
    if (!(err instanceof ParseCancellationException)) throw err;
    stream.seek(0);
    parser.reset();
    parser.addErrorListener(collector);
    parser.interpreter.predictionMode = PredictionMode.LL;
    parser.errorHandler = new DefaultErrorStrategy();
    program = parser.program();
  }
  const error = collector.errors[0];
  if (error) return { tokens, error };
  const statements = program.singleStatement().filter((s) => s.sqlStatement() !== null);
  if (statements.length !== 1) {
    const message = statements.length === 0 ? "no statement found" : `${statements.length} statements found`;
    return { tokens, error: { message, line: 1, column: 0, offset: 0 } };
  }
  return { statement: statements[0], tokens };
}
