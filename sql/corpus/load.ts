// Reads the SQL corpus (format in README.md beside this file) into statements with their labels.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINES, type Engine } from "../engine";

export { ENGINES, type Engine };

export const KINDS = ["ddl", "dml", "query", "program", "tcl", "dcl", "session", "admin", "utility"] as const;
export type Kind = (typeof KINDS)[number];

export interface CorpusStatement {
  /** File name inside the corpus directory. */
  file: string;
  /** 1-based line of the statement's first line in that file. */
  line: number;
  engine: Engine;
  kind: Kind;
  features: string[];
  source: string;
  note?: string;
  /** The statement as written, without its trailing `;`. */
  text: string;
}

const KEYS = new Set(["engine", "kind", "feature", "source", "note"]);
const HEADER = /^-- (@@?) (.*)$/;

export const CORPUS_DIR = __dirname;

/** Every statement of every `.sql` file in `dir`, in file-name order then file order. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusStatement[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort();
  return files.flatMap((file) => parseCorpusFile(file, readFileSync(join(dir, file), "utf8")));
}

/** The statements of one corpus file; throws naming the file and line of a malformed header. */
export function parseCorpusFile(file: string, content: string): CorpusStatement[] {
  const lines = content.split("\n");
  const statements: CorpusStatement[] = [];
  let section: Record<string, string> = {};
  let open: { labels: Record<string, string>; line: number; body: string[] } | undefined;

  const close = (): void => {
    if (!open) return;
    const text = open.body.join("\n").trim().replace(/;\s*$/, "").trimEnd();
    if (text === "") throw new Error(`${file}:${open.line - 1}: a statement header with no statement`);
    statements.push(toStatement(file, open.line, { ...section, ...open.labels }, text));
    open = undefined;
  };

  lines.forEach((raw, index) => {
    const header = HEADER.exec(raw.trimEnd());
    if (!header) {
      if (open) open.body.push(raw);
      else if (raw.trim() !== "" && !raw.startsWith("--"))
        throw new Error(`${file}:${index + 1}: text outside a statement (add a "-- @" header above it)`);
      return;
    }
    close();
    const labels = parseLabels(file, index + 1, header[2]);
    if (header[1] === "@@") section = labels;
    else open = { labels, line: index + 2, body: [] };
  });
  close();
  return statements;
}

function parseLabels(file: string, line: number, text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of text.trim().split(/\s+/)) {
    const eq = pair.indexOf("=");
    const key = pair.slice(0, eq);
    if (eq <= 0 || !KEYS.has(key))
      throw new Error(`${file}:${line}: "${pair}" is not one of key=value for ${[...KEYS].join(", ")}`);
    labels[key] = pair.slice(eq + 1);
  }
  return labels;
}

function toStatement(file: string, line: number, labels: Record<string, string>, text: string): CorpusStatement {
  const where = `${file}:${line}`;
  const engine = labels.engine;
  if (!isOneOf(ENGINES, engine)) throw new Error(`${where}: engine must be one of ${ENGINES.join(", ")}`);
  const kind = labels.kind;
  if (!isOneOf(KINDS, kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(", ")}`);
  if (!labels.source) throw new Error(`${where}: every statement needs a source`);
  const statement: CorpusStatement = {
    file,
    line,
    engine,
    kind,
    features: labels.feature ? labels.feature.split(",").filter(Boolean) : [],
    source: labels.source,
    text,
  };
  if (labels.note) statement.note = labels.note.replace(/_/g, " ");
  return statement;
}

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return values.some((v) => v === value);
}
