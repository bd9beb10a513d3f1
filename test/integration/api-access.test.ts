import { openApiPath } from "../../server/http/routes";
import { startTestServer, type TestServer } from "../support/server";

/**
 * The role × route matrix. Every route the server serves must have a row here: a route added
 * without one fails the first test. Each row names the callers that may use it; every other
 * caller must get 403 (or 401), and every allowed one must get past authorisation.
 */
type Caller = "admin" | "dba" | "member" | "owner" | "developer" | "viewer" | "outsider";
const CALLERS: Caller[] = ["admin", "dba", "member", "owner", "developer", "viewer", "outsider"];
const everyone: Caller[] = CALLERS;
const staff: Caller[] = ["admin", "dba"];
const projectReaders: Caller[] = ["admin", "dba", "owner", "developer", "viewer"];
const changeAuthors: Caller[] = ["admin", "dba", "owner", "developer"];
const CHANGE = { title: "Read", targets: ["instances/fake/databases/orders"], sql: "SELECT 1" };

// Routes that touch a project or its databases run against project "alpha", where "owner",
// "developer" and "viewer" hold those roles and "outsider" (a member) holds none.
const MATRIX: Record<string, { path: string; body?: unknown; allowed: Caller[] }> = {
  "post /v1/auth/login": { path: "/v1/auth/login", body: { email: "x", password: "y" }, allowed: everyone },
  "post /v1/environments": { path: "/v1/environments?environmentId=m-env", body: { title: "x" }, allowed: staff },
  "get /v1/environments": {
    path: "/v1/environments",
    allowed: ["admin", "dba", "member", "owner", "developer", "viewer", "outsider"],
  },
  "get /v1/environments/{id}": { path: "/v1/environments/test", allowed: everyone },
  "patch /v1/environments/{id}": {
    path: "/v1/environments/test?updateMask=title",
    body: { title: "y" },
    allowed: staff,
  },
  "delete /v1/environments/{id}": { path: "/v1/environments/nothing-here", allowed: staff },
  "post /v1/instances": { path: "/v1/instances?instanceId=m-inst", body: {}, allowed: staff },
  "get /v1/instances": { path: "/v1/instances", allowed: staff },
  "get /v1/instances/{id}": { path: "/v1/instances/nothing-here", allowed: staff },
  "patch /v1/instances/{id}": {
    path: "/v1/instances/nothing-here?updateMask=title",
    body: { title: "y" },
    allowed: staff,
  },
  "delete /v1/instances/{id}": { path: "/v1/instances/nothing-here", allowed: staff },
  "post /v1/instances/{id}:undelete": { path: "/v1/instances/nothing-here:undelete", allowed: staff },
  "post /v1/instances/{id}:sync": { path: "/v1/instances/nothing-here:sync", allowed: staff },
  "get /v1/instances/{instance}/databases": { path: "/v1/instances/fake/databases", allowed: everyone },
  "get /v1/projects/{project}/databases": { path: "/v1/projects/alpha/databases", allowed: projectReaders },
  "get /v1/instances/{instance}/databases/{database}": {
    path: "/v1/instances/fake/databases/orders",
    allowed: projectReaders,
  },
  "patch /v1/instances/{instance}/databases/{database}": {
    path: "/v1/instances/fake/databases/orders?updateMask=labels",
    body: { labels: { touched: "yes" } },
    allowed: ["admin", "dba", "owner"],
  },
  "post /v1/instances/{instance}/databases:batchUpdate": {
    path: "/v1/instances/-/databases:batchUpdate",
    body: { requests: [{ database: { name: "instances/fake/databases/orders", labels: { batch: "yes" } } }] },
    allowed: ["admin", "dba", "owner"],
  },
  "get /v1/instances/{instance}/databases/{database}/metadata": {
    path: "/v1/instances/fake/databases/orders/metadata",
    allowed: projectReaders,
  },
  "get /v1/instances/{instance}/databases/{database}/schema": {
    path: "/v1/instances/fake/databases/orders/schema",
    allowed: projectReaders,
  },
  "post /v1/projects": { path: "/v1/projects?projectId=PLACEHOLDER", body: { title: "x" }, allowed: everyone },
  "get /v1/projects": { path: "/v1/projects", allowed: everyone },
  "get /v1/projects/{id}": { path: "/v1/projects/alpha", allowed: projectReaders },
  "patch /v1/projects/{id}": {
    path: "/v1/projects/alpha?updateMask=labels",
    body: { labels: { touched: "yes" } },
    allowed: ["admin", "dba", "owner"],
  },
  "delete /v1/projects/{id}": { path: "/v1/projects/alpha?etag=stale", allowed: ["admin", "dba", "owner"] },
  "get /v1/projects/{id}:getIamPolicy": {
    path: "/v1/projects/alpha:getIamPolicy",
    allowed: ["admin", "dba", "owner", "developer"],
  },
  "post /v1/projects/{id}:setIamPolicy": {
    path: "/v1/projects/alpha:setIamPolicy",
    body: { policy: { bindings: [] }, etag: "stale" },
    allowed: ["admin", "dba", "owner"],
  },
  "post /v1/serviceAccounts": {
    path: "/v1/serviceAccounts?serviceAccountId=m-sa",
    body: { title: "x" },
    allowed: ["admin"],
  },
  "get /v1/serviceAccounts": { path: "/v1/serviceAccounts", allowed: staff },
  "get /v1/serviceAccounts/{id}": { path: "/v1/serviceAccounts/admin", allowed: staff },
  "patch /v1/serviceAccounts/{id}": {
    path: "/v1/serviceAccounts/nothing-here?updateMask=title",
    body: { title: "y" },
    allowed: ["admin"],
  },
  "delete /v1/serviceAccounts/{id}": { path: "/v1/serviceAccounts/nothing-here", allowed: ["admin"] },
  "post /v1/serviceAccounts/{id}:rotateKey": {
    path: "/v1/serviceAccounts/nothing-here:rotateKey",
    body: {},
    allowed: ["admin"],
  },
  "get /v1/auditLogs": { path: "/v1/auditLogs", allowed: staff },
  "post /v1/reviewConfigs": {
    path: "/v1/reviewConfigs?reviewConfigId=m-rc",
    body: { title: "x", rules: [] },
    allowed: staff,
  },
  "get /v1/reviewConfigs": { path: "/v1/reviewConfigs", allowed: everyone },
  "get /v1/reviewConfigs/{id}": { path: "/v1/reviewConfigs/nothing-here", allowed: everyone },
  "patch /v1/reviewConfigs/{id}": {
    path: "/v1/reviewConfigs/nothing-here?updateMask=title",
    body: { title: "y" },
    allowed: staff,
  },
  "delete /v1/reviewConfigs/{id}": { path: "/v1/reviewConfigs/nothing-here", allowed: staff },
  "post /v1/projects/{project}/changes:check": {
    path: "/v1/projects/alpha/changes:check",
    body: CHANGE,
    allowed: changeAuthors,
  },
  "post /v1/projects/{project}/changes": {
    path: "/v1/projects/alpha/changes?changeId=PLACEHOLDER",
    body: CHANGE,
    allowed: changeAuthors,
  },
  "get /v1/projects/{project}/changes": { path: "/v1/projects/alpha/changes", allowed: projectReaders },
  "get /v1/projects/{project}/changes/{change}": {
    path: "/v1/projects/alpha/changes/nothing-here",
    allowed: projectReaders,
  },
  "post /v1/projects/{project}/changes/{change}:approve": {
    path: "/v1/projects/alpha/changes/nothing-here:approve",
    body: {},
    allowed: ["admin", "dba", "owner"],
  },
  "post /v1/projects/{project}/changes/{change}:reject": {
    path: "/v1/projects/alpha/changes/nothing-here:reject",
    body: {},
    allowed: ["admin", "dba", "owner"],
  },
  "post /v1/projects/{project}/changes/{change}:resolve": {
    path: "/v1/projects/alpha/changes/nothing-here:resolve",
    body: { statement: 1, applied: true },
    allowed: ["admin", "dba", "owner"],
  },
  "post /v1/projects/{project}/changes/{change}:run": {
    path: "/v1/projects/alpha/changes/nothing-here:run",
    allowed: changeAuthors,
  },
  "post /v1/projects/{project}/changes/{change}:wait": {
    path: "/v1/projects/alpha/changes/nothing-here:wait",
    body: { timeout: "0s" },
    allowed: projectReaders,
  },
  "post /v1/projects/{project}/changes/{change}:cancel": {
    path: "/v1/projects/alpha/changes/nothing-here:cancel",
    allowed: changeAuthors,
  },
  "get /v1/instances/{instance}/databases/{database}/changelogs": {
    path: "/v1/instances/fake/databases/orders/changelogs",
    allowed: projectReaders,
  },
  "get /v1/instances/{instance}/databases/{database}/changelogs/{changelog}": {
    path: "/v1/instances/fake/databases/orders/changelogs/nothing-here",
    allowed: projectReaders,
  },
  "get /v1/instances/{instance}/databases/{database}:diff": {
    path: "/v1/instances/fake/databases/orders:diff",
    allowed: projectReaders,
  },
};

describe("authorisation: every route, every role", () => {
  let t: TestServer;
  const tokens = new Map<Caller, string>();

  beforeAll(async () => {
    t = await startTestServer("sqlite");
    tokens.set("admin", t.token);
    const roles: Record<Exclude<Caller, "admin">, string> = {
      dba: "workspaceDBA",
      member: "workspaceMember",
      owner: "workspaceMember",
      developer: "workspaceMember",
      viewer: "workspaceMember",
      outsider: "workspaceMember",
    };
    for (const [caller, role] of Object.entries(roles)) {
      const sa = await t.api<{ key: string; email: string }>("POST", `/v1/serviceAccounts?serviceAccountId=${caller}`, {
        title: caller,
        role,
      });
      expect(sa.status).toBe(200);
      const login = await t.api<{ token: string }>("POST", "/v1/auth/login", {
        email: sa.body.email,
        password: sa.body.key,
      });
      tokens.set(caller as Caller, login.body.token);
    }
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
    await t.api("POST", "/v1/projects?projectId=alpha", { title: "Alpha" });
    const policy = await t.api("POST", "/v1/projects/alpha:setIamPolicy", {
      policy: {
        bindings: [
          { role: "projectOwner", members: ["serviceAccounts/owner"] },
          { role: "projectDeveloper", members: ["serviceAccounts/developer"] },
          { role: "projectViewer", members: ["serviceAccounts/viewer"] },
        ],
      },
    });
    expect(policy.status).toBe(200);
    // A database in alpha, written straight to the store: access control needs no real server.
    const db = t.server.context.store.client;
    await db.instance.create({
      data: {
        id: "fake",
        title: "Fake",
        engine: "MYSQL",
        environmentId: "test",
        labels: "{}",
        dataSources: "[]",
        etag: "e",
      },
    });
    await db.database.create({
      data: {
        instanceId: "fake",
        name: "orders",
        projectId: "alpha",
        labels: "{}",
        charset: "utf8mb4",
        collation: "utf8mb4_bin",
        tableCount: 0,
        metadata: JSON.stringify({ tables: [] }),
        syncTime: new Date(),
        etag: "e",
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  test("every served route has a row in the matrix, and every row a route", async () => {
    const doc = await t.api<{ paths: Record<string, Record<string, unknown>> }>("GET", "/openapi.json");
    const served = Object.entries(doc.body.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(served.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const cases = Object.entries(MATRIX).flatMap(([route, row]) =>
    CALLERS.map((caller) => [route, caller, row.allowed.includes(caller)] as const),
  );
  test.each(cases)("%s as %s: allowed=%s", async (route, caller, allowed) => {
    const row = MATRIX[route];
    if (!row) throw new Error(`no row for ${route}`);
    const method = route.split(" ")[0] as string;
    const path = row.path.replace("PLACEHOLDER", `p-${caller}`);
    const res = await t.api(method.toUpperCase(), path, row.body, { authorization: `Bearer ${tokens.get(caller)}` });
    if (allowed) {
      expect(res.status).not.toBe(403);
      if (route !== "post /v1/auth/login") expect(res.status).not.toBe(401);
    } else {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 403, status: "PERMISSION_DENIED" } });
    }
    expect(res.status).toBeLessThan(500);
  });

  test("a member lists only the projects and databases it has a role in", async () => {
    const as = (caller: Caller) => ({ authorization: `Bearer ${tokens.get(caller)}` });
    const projects = await t.api<{ projects: { name: string }[] }>("GET", "/v1/projects", undefined, as("viewer"));
    // alpha through its binding; p-viewer because the matrix run had it create that project.
    expect(projects.body.projects.map((p) => p.name)).toEqual(["projects/alpha", "projects/p-viewer"]);
    const outsider = await t.api<{ databases: unknown[] }>(
      "GET",
      "/v1/instances/fake/databases",
      undefined,
      as("outsider"),
    );
    expect(outsider.body.databases).toEqual([]);
    const viewer = await t.api<{ databases: unknown[] }>(
      "GET",
      "/v1/instances/fake/databases",
      undefined,
      as("viewer"),
    );
    expect(viewer.body.databases).toHaveLength(1);
  });

  test("an owner cannot transfer a database into a project it does not own", async () => {
    await t.api("POST", "/v1/projects?projectId=beta", { title: "Beta" });
    const res = await t.api(
      "PATCH",
      "/v1/instances/fake/databases/orders?updateMask=project",
      { project: "projects/beta" },
      {
        authorization: `Bearer ${tokens.get("owner")}`,
      },
    );
    expect(res.status).toBe(403);
    expect((await t.api("GET", "/v1/instances/fake/databases/orders")).body.project).toBe("projects/alpha");
  });

  test("openApiPath writes custom verbs as OpenAPI does", () => {
    expect(openApiPath("/v1/instances/:id\\:sync")).toBe("/v1/instances/{id}:sync");
  });
});
