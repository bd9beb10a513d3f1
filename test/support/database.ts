import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import mysql, { type Connection } from "mysql2/promise";

/**
 * The URL of the test run's MySQL-family server. A suite that needs one calls this in its
 * beforeAll, so a run without a server fails those suites with the reason — never skips them.
 */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(process.env.TEST_DATABASE_ERROR ?? "no test database: run the tests through jest's globalSetup");
  return url;
}

/** A connection as the test user, which may create databases and users. */
export function connectAdmin(): Promise<Connection> {
  return mysql.createConnection({ uri: testDatabaseUrl(), multipleStatements: true });
}

/** A database name no other suite uses: `prefix_` and random hex. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(4).toString("hex")}`;
}

let terraformPath: string | undefined;

/** The `terraform` binary; acceptance suites fail (not skip) without it. */
export function requireTerraform(): string {
  if (terraformPath) return terraformPath;
  try {
    terraformPath = execFileSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).trim();
  } catch {
    terraformPath = "";
  }
  if (!terraformPath) {
    throw new Error(
      "terraform is a prerequisite of the acceptance suite: install it (1.11 is tested) and put it on PATH",
    );
  }
  return terraformPath;
}
