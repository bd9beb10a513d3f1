import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

interface DatabaseBody {
  name: string;
  project: string;
  environment: string;
  effectiveEnvironment: string;
  labels: Record<string, string>;
  state: string;
  etag: string;
}

describe.each(STORE_KINDS)("projects and database enrolment on the %s store", (storeKind) => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer(storeKind);
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
    await t.api("POST", "/v1/environments?environmentId=prod", { title: "Prod", protected: true });
    // Databases as a sync would record them: enrolment needs no real server.
    const db = t.server.context.store.client;
    await db.instance.create({
      data: {
        id: "fleet",
        title: "Fleet",
        engine: "TIDB",
        environmentId: "test",
        labels: "{}",
        dataSources: "[]",
        etag: "e",
      },
    });
    for (const name of ["orders", "billing", "audit_2024"]) {
      await db.database.create({
        data: {
          instanceId: "fleet",
          name,
          labels: "{}",
          charset: "utf8mb4",
          collation: "utf8mb4_bin",
          tableCount: 1,
          metadata: JSON.stringify({ tables: [] }),
          syncTime: new Date(),
          etag: "e",
        },
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  test("a project has workflow settings with safe defaults", async () => {
    const res = await t.api("POST", "/v1/projects?projectId=shop", { title: "Shop", labels: { team: "shop" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "projects/shop",
      requireApproval: true,
      enforceSqlReview: true,
      allowSelfApproval: false,
    });
    const updated = await t.api("PATCH", "/v1/projects/shop?updateMask=allowSelfApproval", { allowSelfApproval: true });
    expect(updated.body).toMatchObject({ allowSelfApproval: true, requireApproval: true });
  });

  test("discovered databases start in the default project and are enrolled by update", async () => {
    const before = await t.api<DatabaseBody>("GET", "/v1/instances/fleet/databases/orders");
    expect(before.body).toMatchObject({
      project: "projects/default",
      environment: "",
      effectiveEnvironment: "environments/test",
    });
    const res = await t.api<DatabaseBody>(
      "PATCH",
      "/v1/instances/fleet/databases/orders?updateMask=project,labels,environment",
      {
        project: "projects/shop",
        labels: { tier: "gold" },
        environment: "environments/prod",
        etag: before.body.etag,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      project: "projects/shop",
      labels: { tier: "gold" },
      environment: "environments/prod",
      effectiveEnvironment: "environments/prod",
    });
    const inProject = await t.api<{ databases: DatabaseBody[] }>("GET", "/v1/projects/shop/databases");
    expect(inProject.body.databases.map((d) => d.name)).toEqual(["instances/fleet/databases/orders"]);
  });

  test("enrolling into a project that does not exist is a 400 and changes nothing", async () => {
    const res = await t.api("PATCH", "/v1/instances/fleet/databases/billing?updateMask=project", {
      project: "projects/ghost",
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { details: [{ field: "project" }] } });
    expect((await t.api<DatabaseBody>("GET", "/v1/instances/fleet/databases/billing")).body.project).toBe(
      "projects/default",
    );
  });

  test("batchUpdate applies every update or none", async () => {
    const failed = await t.api("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        { database: { name: "instances/fleet/databases/billing", project: "projects/shop" }, updateMask: "project" },
        { database: { name: "instances/fleet/databases/missing", project: "projects/shop" }, updateMask: "project" },
      ],
    });
    expect(failed.status).toBe(404);
    expect((await t.api<DatabaseBody>("GET", "/v1/instances/fleet/databases/billing")).body.project).toBe(
      "projects/default",
    );

    const ok = await t.api<{ databases: DatabaseBody[] }>("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [
        {
          database: { name: "instances/fleet/databases/billing", project: "projects/shop", labels: { tier: "silver" } },
        },
        { database: { name: "instances/fleet/databases/audit_2024", project: "projects/shop" }, updateMask: "project" },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.databases.map((d) => d.project)).toEqual(["projects/shop", "projects/shop"]);
  });

  test("database lists take a filter", async () => {
    const gold = await t.api<{ databases: DatabaseBody[] }>(
      "GET",
      `/v1/projects/shop/databases?filter=${encodeURIComponent('labels.tier = "gold"')}`,
    );
    expect(gold.body.databases.map((d) => d.name)).toEqual(["instances/fleet/databases/orders"]);
    const notGold = await t.api<{ databases: DatabaseBody[] }>(
      "GET",
      `/v1/instances/fleet/databases?filter=${encodeURIComponent('project = "projects/shop" AND labels.tier != "gold"')}`,
    );
    expect(notGold.body.databases.map((d) => d.name).sort()).toEqual([
      "instances/fleet/databases/audit_2024",
      "instances/fleet/databases/billing",
    ]);
    const bad = await t.api("GET", `/v1/instances/fleet/databases?filter=${encodeURIComponent("colour = red")}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ field: "filter" }] } });
  });

  test("a project that owns databases is deleted only when forced, which returns them to the default project", async () => {
    const refused = await t.api("DELETE", "/v1/projects/shop");
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { status: "FAILED_PRECONDITION" } });
    expect((await t.api("GET", "/v1/projects/shop")).status).toBe(200);
    const forced = await t.api("DELETE", "/v1/projects/shop?force=true");
    expect(forced.status).toBe(200);
    const back = await t.api<{ databases: DatabaseBody[] }>("GET", "/v1/projects/default/databases");
    expect(back.body.databases.map((d) => d.name).sort()).toEqual([
      "instances/fleet/databases/audit_2024",
      "instances/fleet/databases/billing",
      "instances/fleet/databases/orders",
    ]);
    expect((await t.api("DELETE", "/v1/projects/default")).status).toBe(400);
  });
});
