// Prints the parse rate of the corpus through the layered parser (parse.ts), per engine, kind
// and source file, and each statement not read with the reason: `npm run sql:parse-rate`.
import { loadCorpus, type CorpusStatement } from "./corpus/load";
import { ENGINES } from "./engine";
import { parseStatement } from "./parse";

export interface ParseRate {
  read: number;
  total: number;
}

export interface CorpusReading {
  statement: CorpusStatement;
  error?: string;
}

/** Every corpus statement read on the engine it is written for. */
export function readCorpus(): CorpusReading[] {
  return loadCorpus().map((statement) => {
    const { error } = parseStatement(statement.text, statement.engine);
    return error ? { statement, error: error.message } : { statement };
  });
}

export function rateBy(
  readings: readonly CorpusReading[],
  key: (s: CorpusStatement) => string,
): Map<string, ParseRate> {
  const rates = new Map<string, ParseRate>();
  for (const { statement, error } of readings) {
    const rate = rates.get(key(statement)) ?? { read: 0, total: 0 };
    rate.total++;
    if (!error) rate.read++;
    rates.set(key(statement), rate);
  }
  return rates;
}

export function percent({ read, total }: ParseRate): string {
  return `${read}/${total} (${((100 * read) / total).toFixed(1)} %)`;
}

function table(title: string, rates: Map<string, ParseRate>): string {
  const rows = [...rates].sort(([a], [b]) => a.localeCompare(b)).map(([k, r]) => `| ${k} | ${percent(r)} |`);
  return [`| ${title} | read |`, "|---|---|", ...rows].join("\n");
}

if (require.main === module) {
  const started = process.hrtime.bigint();
  const readings = readCorpus();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const engineRates = rateBy(readings, (s) => s.engine);
  for (const engine of ENGINES) engineRates.set(engine, engineRates.get(engine) ?? { read: 0, total: 0 });
  console.log(table("engine", engineRates));
  console.log(`\nall: ${percent(rateBy(readings, () => "all").get("all")!)} in ${seconds.toFixed(1)} s\n`);
  console.log(
    table(
      "kind",
      rateBy(readings, (s) => s.kind),
    ),
  );
  console.log();
  console.log(
    table(
      "file",
      rateBy(readings, (s) => s.file),
    ),
  );
  const missing = readings.filter((r) => r.error);
  console.log(`\nNot read (${missing.length}):`);
  for (const { statement, error } of missing) {
    console.log(`- ${statement.file}:${statement.line} (${statement.engine}): ${error}`);
  }
}
