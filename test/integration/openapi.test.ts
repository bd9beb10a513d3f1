import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Express } from "express";
import { openApiPath } from "../../server/http/routes";
import { startTestServer, type TestServer } from "../support/server";

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every /v1 route Express actually serves, read from its router, whatever declared it. */
function servedApiRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]): void => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) out.push(`${method} ${openApiPath(layer.route.path)}`);
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out.filter((r) => r.split(" ")[1]?.startsWith("/v1/"));
}

describe("the OpenAPI document", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await t?.close();
  });

  test("is served without a token and validates as OpenAPI 3.1", async () => {
    const res = await fetch(`${t.url}/openapi.json`);
    expect(res.status).toBe(200);
    const document = (await res.json()) as Record<string, unknown>;
    expect(document.openapi).toBe("3.1.0");
    const output = execFileSync(process.execPath, [path.join(__dirname, "../support/validate-openapi.mjs")], {
      input: JSON.stringify(document),
      encoding: "utf8",
    });
    const result = JSON.parse(output) as { valid: boolean; errors: unknown[] };
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("describes every route the server serves, with request bodies from schema/", async () => {
    const document = (await (await fetch(`${t.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
      components: { schemas: Record<string, unknown> };
    };
    const documented = Object.entries(document.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(documented.sort()).toEqual(servedApiRoutes(t.server.app).sort());
    expect(document.paths["/v1/instances"]?.post?.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Instance" } } },
    });
    expect(document.components.schemas.InstanceDataSource).toBeDefined();
    // Every $ref points at a component that exists.
    const refs = JSON.stringify(document).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice('"#/components/schemas/'.length, -1);
      expect(document.components.schemas[name]).toBeDefined();
    }
  });
});
