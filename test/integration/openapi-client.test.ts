// Issue 12: a client generated from the OpenAPI document by a well-kept generator works. The
// document the server serves goes through openapi-typescript; a small program written against
// the generated types with openapi-fetch type-checks (and one that sends a wrong field does not),
// then runs against the server: it creates, reads, lists and deletes an environment, and reads
// an error the way the document describes it.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { startTestServer, type TestServer } from "../support/server";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");

/** The program a user of the generated client writes; `wrong` sends a title that is not text. */
const program = (wrong: boolean): string => `
import createClient from "openapi-fetch";
import type { paths } from "./api";

async function main(): Promise<void> {
  const client = createClient<paths>({
    baseUrl: process.env.TIDEMARK_URL,
    headers: { authorization: \`Bearer \${process.env.TIDEMARK_TOKEN}\` },
  });
  const created = await client.POST("/v1/environments", {
    params: { query: { environmentId: "generated" } },
    body: { title: ${wrong ? "42" : '"Made by a generated client"'}, order: 7 },
  });
  const read = await client.GET("/v1/environments/{id}", { params: { path: { id: "generated" } } });
  const listed = await client.GET("/v1/environments", { params: { query: { pageSize: 10 } } });
  const missing = await client.GET("/v1/environments/{id}", { params: { path: { id: "nowhere" } } });
  const removed = await client.DELETE("/v1/environments/{id}", { params: { path: { id: "generated" } } });
  const summary = {
    created: created.data?.name,
    title: read.data?.title,
    order: read.data?.order,
    listed: listed.data?.environments?.map((e) => e.name),
    missing: { status: missing.response.status, code: missing.error?.error.status },
    removed: removed.response.status,
  };
  console.log(JSON.stringify(summary));
}

void main();
`;

describe("a client generated from the OpenAPI document", () => {
  let t: TestServer;
  let dir = "";

  beforeAll(async () => {
    t = await startTestServer("sqlite");
    // Inside the checkout, so the program finds openapi-fetch in node_modules.
    dir = fs.mkdtempSync(path.join(ROOT, ".openapi-client-"));
    fs.writeFileSync(path.join(dir, "openapi.json"), await (await fetch(`${t.url}/openapi.json`)).text());
    // The generator's own command line, as a user runs it. A field with a default is one a
    // request may leave out: not required in the types.
    await run(process.execPath, [
      path.join(ROOT, "node_modules/openapi-typescript/bin/cli.js"),
      path.join(dir, "openapi.json"),
      "--output",
      path.join(dir, "api.d.ts"),
      "--default-non-nullable",
      "false",
    ]);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  });

  afterAll(async () => {
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const typeCheck = async (wrong: boolean): Promise<{ ok: boolean; output: string }> => {
    fs.writeFileSync(path.join(dir, "client.ts"), program(wrong));
    try {
      await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", dir]);
      return { ok: true, output: "" };
    } catch (err) {
      return { ok: false, output: String((err as { stdout?: string }).stdout) }; // cast: execFile's error carries its output
    }
  };

  test("type-checks a program written against it, and refuses one that sends a wrong field", async () => {
    expect(await typeCheck(true)).toMatchObject({ ok: false, output: expect.stringContaining("client.ts") });
    expect(await typeCheck(false)).toEqual({ ok: true, output: "" });
  });

  test("creates, reads, lists and deletes through the server, and reads its errors", async () => {
    fs.writeFileSync(path.join(dir, "client.ts"), program(false));
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(dir, "client.ts")], {
      cwd: ROOT,
      env: { ...process.env, TIDEMARK_URL: t.url, TIDEMARK_TOKEN: t.token },
    });
    expect(JSON.parse(stdout)).toEqual({
      created: "environments/generated",
      title: "Made by a generated client",
      order: 7,
      listed: ["environments/generated"],
      missing: { status: 404, code: "NOT_FOUND" },
      removed: 200,
    });
  });
});

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
  },
  files: ["client.ts"],
};
