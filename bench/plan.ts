/**
 * `terraform plan` of N tidemark_environment resources against N built-in terraform_data
 * resources (DESIGN.md: target ≤ 1.3×), both applied first, timed in the same run.
 *
 *   npm run bench:plan [-- 300]
 */
import { performance } from "node:perf_hooks";
import { startTestServer } from "../test/support/server";
import { TerraformWorkspace } from "../test/support/terraform";

const COUNT = Number(process.argv[2] ?? 100);
const REPETITIONS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timePlans(tf: TerraformWorkspace): Promise<number> {
  await tf.ok("plan", "-refresh=true", "-no-color");
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const start = performance.now();
    const result = await tf.run("plan", "-detailed-exitcode", "-no-color");
    times.push(performance.now() - start);
    if (result.code !== 0)
      throw new Error(`plan was not empty (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  }
  return median(times);
}

async function main(): Promise<void> {
  const server = await startTestServer("sqlite");
  const tidemark = new TerraformWorkspace({
    env: {
      TIDEMARK_URL: server.url,
      TIDEMARK_SERVICE_ACCOUNT: server.bootstrap.email,
      TIDEMARK_SERVICE_KEY: server.bootstrap.key,
    },
  });
  const floor = new TerraformWorkspace();
  try {
    tidemark.write(
      "main.tf",
      `terraform {\n  required_providers {\n    tidemark = { source = "tidemark/tidemark" }\n  }\n}\n\nresource "tidemark_environment" "e" {\n  count       = ${COUNT}\n  resource_id = "bench-\${count.index}"\n  title       = "Bench \${count.index}"\n  labels      = { index = tostring(count.index) }\n}\n`,
    );
    floor.write(
      "main.tf",
      `resource "terraform_data" "e" {\n  count = ${COUNT}\n  input = { title = "Bench \${count.index}", index = count.index }\n}\n`,
    );
    for (const tf of [tidemark, floor]) {
      await tf.ok("init", "-no-color");
      await tf.ok("apply", "-auto-approve", "-no-color", "-parallelism=10");
    }
    const floorMs = await timePlans(floor);
    const tidemarkMs = await timePlans(tidemark);
    process.stdout.write(
      `terraform plan, ${COUNT} resources (median of ${REPETITIONS})\n` +
        `  terraform_data (floor): ${floorMs.toFixed(0)} ms\n` +
        `  tidemark_environment:   ${tidemarkMs.toFixed(0)} ms\n` +
        `  ratio: ${(tidemarkMs / floorMs).toFixed(2)}x (target <= 1.3x)\n`,
    );
    await tidemark.ok("destroy", "-auto-approve", "-no-color", "-parallelism=10");
  } finally {
    tidemark.remove();
    floor.remove();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
