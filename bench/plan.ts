/**
 * `terraform plan` of N Tidemark resources — a quarter each environments, projects, instances
 * (all pointing at the test MariaDB) and database enrolments — against N built-in
 * terraform_data resources (DESIGN.md: target ≤ 1.3×), both applied first, timed in one run.
 *
 *   npm run bench:plan [-- 300]
 */
import { connectAdmin, connectionTarget, provideTestDatabase } from "../test/support/database";
import { compareWithFloor, formatMs } from "./measure";
import { startTestServer } from "../test/support/server";
import { TerraformWorkspace, TIDEMARK_PROVIDER, workspaceFor } from "../test/support/terraform";

const COUNT = Number(process.argv[2] ?? 100);
const REPETITIONS = 5;
const QUARTER = Math.max(1, Math.floor(COUNT / 4));

/** One `terraform plan` that must find nothing to change. */
function emptyPlan(tf: TerraformWorkspace): () => Promise<void> {
  return async () => {
    const result = await tf.run("plan", "-detailed-exitcode", "-no-color");
    if (result.code !== 0)
      throw new Error(`plan was not empty (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  };
}

function configuration(target: { host: string; port: number; username: string; password?: string }): string {
  const enrolments = COUNT - 3 * QUARTER;
  return `${TIDEMARK_PROVIDER}
resource "tidemark_environment" "e" {
  count       = ${QUARTER}
  resource_id = "bench-\${count.index}"
  title       = "Bench \${count.index}"
  labels      = { index = tostring(count.index) }
}
resource "tidemark_project" "p" {
  count       = ${QUARTER}
  resource_id = "bench-\${count.index}"
  title       = "Bench \${count.index}"
}
resource "tidemark_instance" "i" {
  count       = ${QUARTER}
  resource_id = "bench-\${count.index}"
  title       = "Bench \${count.index}"
  engine      = "MARIADB"
  environment = tidemark_environment.e[count.index].name
  data_sources {
    type     = "ADMIN"
    host     = "${target.host}"
    port     = ${target.port}
    username = "${target.username}"
    password = "${target.password ?? ""}"
  }
}
resource "tidemark_database" "d" {
  count   = ${enrolments}
  name    = "\${tidemark_instance.i[0].name}/databases/bench_plan_\${count.index}"
  project = tidemark_project.p[count.index % ${QUARTER}].name
  labels  = { index = tostring(count.index) }
}
`;
}

async function main(): Promise<void> {
  // TEST_DATABASE_URL, else a private MariaDB, as the tests do.
  const database = await provideTestDatabase({ log: (line) => process.stderr.write(`${line}\n`) });
  process.env.TEST_DATABASE_URL = database.url;
  const admin = await connectAdmin();
  const enrolments = COUNT - 3 * QUARTER;
  for (let i = 0; i < enrolments; i++) await admin.query(`CREATE DATABASE IF NOT EXISTS bench_plan_${i}`);
  const server = await startTestServer("sqlite");
  const tidemark = workspaceFor(server);
  const floor = new TerraformWorkspace();
  try {
    tidemark.write("main.tf", configuration(connectionTarget()));
    floor.write(
      "main.tf",
      `resource "terraform_data" "e" {\n  count = ${COUNT}\n  input = { title = "Bench \${count.index}", index = count.index }\n}\n`,
    );
    for (const tf of [tidemark, floor]) {
      await tf.ok("init", "-no-color");
      await tf.ok("apply", "-auto-approve", "-no-color", "-parallelism=10");
    }
    // Rounds alternate with the floor, so the machine's other work weighs on both alike.
    const result = await compareWithFloor(emptyPlan(floor), { tidemark: emptyPlan(tidemark) }, REPETITIONS);
    process.stdout.write(
      `terraform plan, ${COUNT} resources (median of ${REPETITIONS}, alternating)\n` +
        `  terraform_data (floor):                                   ${formatMs(result.floor.medianMs)}\n` +
        `  environments, projects, instances, database enrolments:   ${formatMs(result.tidemark.medianMs)}\n` +
        `  ratio: ${result.tidemark.ratio.toFixed(2)}x (target <= 1.3x)\n`,
    );
    await tidemark.ok("destroy", "-auto-approve", "-no-color", "-parallelism=10");
  } finally {
    tidemark.remove();
    floor.remove();
    await server.close();
    for (let i = 0; i < enrolments; i++) await admin.query(`DROP DATABASE IF EXISTS bench_plan_${i}`);
    await admin.end();
    await database.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
