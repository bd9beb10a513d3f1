/**
 * Review time of a 1,000-statement migration against a schema of 500 tables, against its floor:
 * the chosen parser (sql/parse.ts: dt-sql-parser's MySQL grammar and Tidemark's dialect layers)
 * reading the same statements alone, in the same run. Target (issue 11): ≤ 2× the floor.
 *
 *   npm run bench:review
 *
 * The review runs every rule in the catalog at its default level, with the target boundary, on
 * the schema the statements meet: it splits the text, parses each statement with the grammar,
 * reads what the rules need from the grammar's tree (sql/review/ast.ts), walks the schema
 * catalog and runs the rules.
 * Also printed: the corpus's parse rate per engine (`npm run sql:parse-rate` has the detail).
 */
import { RULES } from "../sql/review/catalog";
import { reviewSql } from "../sql/review/review";
import { splitStatements } from "../sql/review/split";
import type { TargetBoundary } from "../sql/review/types";
import type { DatabaseSchema } from "../sql/catalog";
import { parseStatement } from "../sql/parse";
import { percent, rateBy, readCorpus } from "../sql/parse-rate";
import { compareWithFloor, formatMs } from "./measure";

const TABLES = 500;
const STATEMENTS = 1000;
const REPETITIONS = 11;
/** The review is several times the parser's code for the JIT to compile: both get three rounds to warm up. */
const WARM_UP = 3;

const schema: DatabaseSchema = {
  tables: Array.from({ length: TABLES }, (_, i) => ({
    name: `t${i}`,
    rowEstimate: 1000 + i,
    columns: [
      { name: "id", type: "bigint", nullable: false, hasDefault: false, autoIncrement: true },
      { name: "name", type: "varchar(64)", nullable: false, hasDefault: true },
      { name: "amount", type: "decimal(10,2)", nullable: true, hasDefault: true },
      { name: "created_at", type: "datetime", nullable: false, hasDefault: true },
    ],
    indexes: [
      { name: "PRIMARY", columns: ["id"], unique: true, primary: true },
      { name: "i_name", columns: ["name"], unique: false, primary: false },
    ],
  })),
};

/** A migration as teams write them: new columns and indexes, backfills, new tables, reads. */
function statement(i: number): string {
  const t = `t${i % TABLES}`;
  switch (i % 8) {
    case 0:
      return `ALTER TABLE ${t} ADD COLUMN c${i} INT NULL COMMENT 'added by step ${i}', ALGORITHM=INSTANT`;
    case 1:
      return `UPDATE ${t} SET amount = amount * 1.1 WHERE id BETWEEN ${i} AND ${i + 100}`;
    case 2:
      return `CREATE INDEX i_created_${i} ON ${t} (created_at)`;
    case 3:
      return `INSERT INTO ${t} (name, amount, created_at) VALUES ('n${i}', ${i}.50, NOW())`;
    case 4:
      return `CREATE TABLE new_${i} (\n  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  ${t}_id BIGINT NOT NULL COMMENT 'owner',\n  note VARCHAR(255) NULL DEFAULT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='notes of ${t}'`;
    case 5:
      return `DELETE FROM ${t} WHERE created_at < '2020-01-01' AND name = 'n${i}' LIMIT 100`;
    case 6:
      return `ALTER TABLE ${t} MODIFY COLUMN name VARCHAR(128) NOT NULL DEFAULT ''`;
    default:
      return `SELECT id, name FROM ${t} WHERE id = ${i}`;
  }
}

async function main(): Promise<void> {
  const sql = Array.from({ length: STATEMENTS }, (_, i) => `${statement(i)};`).join("\n");
  const rules = RULES.map((r) => ({ id: r.id, level: r.defaultLevel }));
  const boundary: TargetBoundary = {
    database: "shop",
    engine: "MYSQL",
    instance: "instances/bench",
    project: "projects/bench",
    allowed: new Set(),
    owners: new Map([["shop", "projects/bench"]]),
  };
  const texts = splitStatements(sql).map((s) => s.text);
  let advices = 0;
  const result = await compareWithFloor(
    async () => {
      for (const text of texts) parseStatement(text, "MYSQL");
    },
    {
      review: async () => {
        advices = reviewSql(sql, rules, "MYSQL", boundary, schema).advices.length;
      },
    },
    REPETITIONS,
    WARM_UP,
  );
  console.log(
    `review of ${STATEMENTS} statements against ${TABLES} tables, ${rules.length} rules, median of ${REPETITIONS} after ${WARM_UP} to warm up (target ≤ 2×):`,
  );
  const line = (label: string, ms: number, times: number[], ratio?: number): string =>
    `  ${label.padEnd(56)} ${formatMs(ms).padStart(8)}${ratio === undefined ? "       " : `  ${ratio.toFixed(2)}×`}  [${times.map(formatMs).join(", ")}]`;
  console.log(line("the chosen parser alone (floor)", result.floor.medianMs, result.floor.times));
  console.log(
    line(`the review (${advices} advices)`, result.review.medianMs, result.review.times, result.review.ratio),
  );
  for (const [engine, rate] of rateBy(readCorpus(), (s) => s.engine)) {
    console.log(`  corpus parse rate, ${engine}: ${percent(rate)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
