import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Synthesizes an example stack as its header says (`npx tsx main.ts`), run from `dir` so that
 * cdktf.out and the local state land there, and puts the stack's cdk.tf.json in `dir` for
 * Terraform. Returns the synthesized configuration.
 */
export function synthesizeExample(
  example: string,
  stack: string,
  dir: string,
  context: Record<string, unknown> = {},
): Record<string, unknown> {
  execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(root, "examples", example, "main.ts")], {
    cwd: dir,
    env: { ...process.env, CDKTF_CONTEXT_JSON: JSON.stringify(context) },
    stdio: "pipe",
  });
  const synthesized = path.join(dir, "cdktf.out", "stacks", stack, "cdk.tf.json");
  fs.copyFileSync(synthesized, path.join(dir, "cdk.tf.json"));
  return JSON.parse(fs.readFileSync(synthesized, "utf8")) as Record<string, unknown>;
}
