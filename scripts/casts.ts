// The type casts in the project's own code (`x as T`, `<T>x`; `as const` is not one), and
// whether each says why it is there: a `// cast: …` comment on the line before it or at the
// end of its line. `npm run casts` prints every cast without a reason and the counts; the
// unit test test/unit/casts.test.ts keeps the count from growing (issue 12: at most 20, each
// with its reason). Generated code (CDKTF bindings, the Prisma client), tests and the parser
// comparison's own package are not counted.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface Cast {
  /** Path from the repository's root. */
  file: string;
  /** 1-based. */
  line: number;
  /** The cast as written, shortened. */
  text: string;
  /** What the `// cast:` comment says, when there is one. */
  reason?: string;
}

const NOT_COUNTED = [/^test\//, /^sql\/compare\//, /^provider\/cdktf\/bindings\//, /^server\/store\/generated\//];
const REASON = /\/\/\s*cast:\s*(\S.*)$/;

/** The tracked TypeScript files that are the project's own code. */
export function countedFiles(root: string): string[] {
  const tracked = execFileSync("git", ["ls-files", "*.ts"], { cwd: root, encoding: "utf8" }).split("\n");
  return tracked.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !NOT_COUNTED.some((p) => p.test(f)));
}

/** Every cast in one file's text. */
export function castsIn(file: string, text: string): Cast[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split("\n");
  const casts: Cast[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText(source) !== "const") {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const reason = REASON.exec(lines[line] ?? "")?.[1] ?? REASON.exec(lines[line - 1] ?? "")?.[1];
      const written = node.getText(source).replace(/\s+/g, " ");
      casts.push({
        file,
        line: line + 1,
        text: written.length > 100 ? `${written.slice(0, 97)}…` : written,
        ...(reason ? { reason: reason.trim() } : {}),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return casts;
}

export function projectCasts(root: string): Cast[] {
  return countedFiles(root).flatMap((file) => castsIn(file, fs.readFileSync(path.join(root, file), "utf8")));
}

if (require.main === module) {
  const casts = projectCasts(path.resolve(__dirname, ".."));
  const unexplained = casts.filter((c) => !c.reason);
  for (const c of unexplained) console.log(`${c.file}:${c.line}: ${c.text}`);
  console.log(
    `\n${casts.length} casts, ${unexplained.length} without a "// cast:" reason (issue 12's target: ≤ 20, each with one)`,
  );
}
