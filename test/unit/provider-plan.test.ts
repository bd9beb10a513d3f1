import { type Value, type ValueRecord, isUnknown, record } from "../../provider/protocol/cty";
import { planChange } from "../../provider/framework/plan";
import { environmentResource } from "../../provider/resources/environment";
import { instanceResource } from "../../provider/resources/instance";

const obj = (fields: Record<string, Value>): ValueRecord => Object.assign(record(), fields);

const env = environmentResource.block;

/** An environment's configuration: what the user wrote, null elsewhere. */
function envConfig(fields: Record<string, Value>): ValueRecord {
  const out = record();
  for (const a of env.attributes) out[a.name] = null;
  return Object.assign(out, fields);
}

const priorEnv = obj({
  resource_id: "prod",
  name: "environments/prod",
  title: "Production",
  order: 1,
  protected: true,
  labels: obj({}),
  review_config: "",
  etag: "abc",
  create_time: "2026-11-26T00:00:00.000Z",
  update_time: "2026-11-26T00:00:00.000Z",
});

describe("plan semantics", () => {
  test("on create, unset computed attributes are unknown and defaults are planned", () => {
    const config = envConfig({ resource_id: "prod", title: "Production" });
    const { planned, requiresReplace } = planChange(env, null, config, config);
    const p = planned as ValueRecord;
    expect(p.title).toBe("Production");
    expect(p.order).toBe(0);
    expect(p.protected).toBe(false);
    expect(p.labels).toEqual(obj({}));
    expect(isUnknown(p.name ?? null)).toBe(true);
    expect(isUnknown(p.etag ?? null)).toBe(true);
    expect(requiresReplace).toEqual([]);
  });

  test("an unchanged configuration plans exactly the prior state", () => {
    const config = envConfig({ resource_id: "prod", title: "Production", order: 1, protected: true });
    // Terraform proposes prior values for computed attributes the user left unset.
    const proposed = obj({ ...priorEnv, title: "Production" });
    const { planned } = planChange(env, priorEnv, proposed, config);
    expect(planned).toBe(priorEnv);
  });

  test("an in-place change keeps stable computed values and marks the rest unknown", () => {
    const config = envConfig({ resource_id: "prod", title: "Prod", order: 1, protected: true });
    const proposed = obj({ ...priorEnv, title: "Prod" });
    const { planned, requiresReplace } = planChange(env, priorEnv, proposed, config);
    const p = planned as ValueRecord;
    expect(p.title).toBe("Prod");
    expect(p.name).toBe("environments/prod");
    expect(p.create_time).toBe(priorEnv.create_time);
    expect(isUnknown(p.update_time ?? null)).toBe(true);
    expect(isUnknown(p.etag ?? null)).toBe(true);
    expect(requiresReplace).toEqual([]);
  });

  test("changing an immutable attribute or the resource id asks for replacement", () => {
    const config = envConfig({ resource_id: "production", title: "Production", order: 1, protected: true });
    const proposed = obj({ ...priorEnv, resource_id: "production" });
    expect(planChange(env, priorEnv, proposed, config).requiresReplace).toEqual([["resource_id"]]);

    const block = instanceResource.block;
    const engine = block.attributes.find((a) => a.name === "engine");
    expect(engine?.requiresReplace).toBe(true);
    const prior = obj({ resource_id: "db", engine: "MYSQL", name: "instances/db" });
    const next = obj({ resource_id: "db", engine: "TIDB", name: "instances/db" });
    expect(planChange(block, prior, next, next).requiresReplace).toEqual([["engine"]]);
  });

  test("destroy plans null", () => {
    expect(planChange(env, priorEnv, null, null)).toEqual({ planned: null, requiresReplace: [] });
  });
});

describe("schemas derived from schema/", () => {
  test("the instance's data sources are a list block with a sensitive password and a nested tls block", () => {
    const ds = instanceResource.block.blocks.find((b) => b.name === "data_sources");
    expect(ds).toMatchObject({ nesting: "list", minItems: 1, maxItems: 2, key: "type" });
    const password = ds?.block.attributes.find((a) => a.name === "password");
    expect(password).toMatchObject({ sensitive: true, secret: true, optional: true, computed: false });
    const tls = ds?.block.blocks.find((b) => b.name === "tls");
    expect(tls?.nesting).toBe("single");
    expect(tls?.block.attributes.find((a) => a.name === "key")).toMatchObject({ sensitive: true, secret: true });
    const databases = instanceResource.block.attributes.find((a) => a.name === "databases");
    expect(databases).toMatchObject({ type: ["list", "string"], computed: true, optional: false });
  });

  test("every attribute carries a description", () => {
    for (const r of [environmentResource, instanceResource]) {
      const walk = (b: typeof env): void => {
        for (const a of b.attributes) expect(`${r.typeName}.${a.name}: ${a.description}`).toMatch(/: \S/);
        b.blocks.forEach((n) => walk(n.block));
      };
      walk(r.block);
    }
  });
});

describe("drift of defaulted attributes", () => {
  test("an unset attribute whose server value left its default is planned back to the default", () => {
    const drifted = obj({ ...priorEnv, protected: false, order: 7 });
    const config = envConfig({ resource_id: "prod", title: "Production" });
    // Terraform proposes prior values for unset computed attributes.
    const { planned } = planChange(env, drifted, obj({ ...drifted }), config);
    expect((planned as ValueRecord).order).toBe(0);
    expect((planned as ValueRecord).protected).toBe(false);
  });
});
