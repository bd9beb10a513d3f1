import { STORE_KINDS, startTestServer, type TestServer } from "../support/server";

describe.each(STORE_KINDS)("environments API on the %s store", (storeKind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(storeKind);
  });
  afterAll(async () => {
    await t?.close();
  });

  test("create, get, list, update and delete an environment", async () => {
    const created = await t.api("POST", "/v1/environments?environmentId=staging", {
      title: "Staging",
      order: 1,
      labels: { team: "data", region: "eu" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: "environments/staging",
      title: "Staging",
      order: 1,
      protected: false,
      labels: { region: "eu", team: "data" },
    });
    expect(typeof created.body.etag).toBe("string");

    const got = await t.api("GET", "/v1/environments/staging");
    expect(got.body).toEqual(created.body);

    const updated = await t.api("PATCH", "/v1/environments/staging?updateMask=title,protected", {
      title: "Pre-production",
      protected: true,
      order: 99,
      etag: created.body.etag,
    });
    expect(updated.status).toBe(200);
    // order was not in the mask, so it keeps its value.
    expect(updated.body).toMatchObject({ title: "Pre-production", protected: true, order: 1 });
    expect(updated.body.etag).not.toBe(created.body.etag);

    const stale = await t.api("PATCH", "/v1/environments/staging?updateMask=title", {
      title: "x",
      etag: created.body.etag,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 409, status: "ABORTED", details: [{ field: "etag" }] } });
    expect((await t.api("GET", "/v1/environments/staging")).body.title).toBe("Pre-production");

    const staleDelete = await t.api("DELETE", `/v1/environments/staging?etag=${String(created.body.etag)}`);
    expect(staleDelete.status).toBe(409);

    const deleted = await t.api("DELETE", `/v1/environments/staging?etag=${String(updated.body.etag)}`);
    expect(deleted.status).toBe(200);
    expect((await t.api("GET", "/v1/environments/staging")).status).toBe(404);
  });

  test("a second create of the same id is a 409 and changes nothing", async () => {
    expect((await t.api("POST", "/v1/environments?environmentId=dup", { title: "First" })).status).toBe(200);
    const again = await t.api("POST", "/v1/environments?environmentId=dup", { title: "Second" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: { status: "ALREADY_EXISTS", message: "environments/dup already exists" },
    });
    expect((await t.api("GET", "/v1/environments/dup")).body.title).toBe("First");
  });

  test("lists page through every environment exactly once", async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `page-${i}`);
    for (const id of ids) await t.api("POST", `/v1/environments?environmentId=${id}`, { title: id });
    const seen: string[] = [];
    let token = "";
    for (let pages = 0; pages < 10; pages++) {
      const res = await t.api<{ environments: { name: string }[]; nextPageToken?: string }>(
        "GET",
        `/v1/environments?pageSize=3${token ? `&pageToken=${token}` : ""}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.environments.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.environments.map((e) => e.name));
      if (!res.body.nextPageToken) break;
      token = res.body.nextPageToken;
    }
    expect(seen.filter((n) => n.startsWith("environments/page-"))).toEqual(ids.map((i) => `environments/${i}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  describe("bad input is a 400 with a field path, never a 5xx", () => {
    const cases: [string, string, string, unknown, number, string][] = [
      ["malformed JSON", "POST", "/v1/environments?environmentId=bad", '{"title":', 400, ""],
      ["an unknown field", "POST", "/v1/environments?environmentId=bad", { title: "x", colour: "red" }, 400, "colour"],
      ["a wrong type", "POST", "/v1/environments?environmentId=bad", { title: "x", order: "first" }, 400, "order"],
      ["a missing required field", "POST", "/v1/environments?environmentId=bad", { order: 1 }, 400, "title"],
      ["an invalid id", "POST", "/v1/environments?environmentId=Bad_Id", { title: "x" }, 400, "environmentId"],
      ["a missing id", "POST", "/v1/environments", { title: "x" }, 400, "environmentId"],
      [
        "an invalid label key",
        "POST",
        "/v1/environments?environmentId=bad",
        { title: "x", labels: { "Not OK": "v" } },
        400,
        'labels["Not OK"]',
      ],
      ["a body that is not an object", "POST", "/v1/environments?environmentId=bad", "[1,2]", 400, ""],
      [
        "an unknown updateMask path",
        "PATCH",
        "/v1/environments/fixture?updateMask=title,colour",
        { title: "y" },
        400,
        "updateMask",
      ],
      [
        "an output-only updateMask path",
        "PATCH",
        "/v1/environments/fixture?updateMask=createTime",
        { title: "y" },
        400,
        "updateMask",
      ],
      ["a bad pageSize", "GET", "/v1/environments?pageSize=-1", undefined, 400, "pageSize"],
      ["a forged pageToken", "GET", "/v1/environments?pageToken=garbage", undefined, 400, "pageToken"],
    ];
    beforeAll(async () => {
      await t.api("POST", "/v1/environments?environmentId=fixture", { title: "Fixture" });
    });
    test.each(cases)("%s", async (_name, method, url, body, status, field) => {
      const res = await t.api<{
        error: { code: number; message: string; details?: { field: string; description: string }[] };
      }>(method, url, body);
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(status);
      expect(res.body.error.message.length).toBeGreaterThan(0);
      expect(res.body.error.details?.map((d) => d.field)).toContain(field);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    });
    test("an unknown resource is a 404 in the error shape", async () => {
      const res = await t.api("GET", "/v1/environments/nowhere");
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        error: { code: 404, status: "NOT_FOUND", message: "environments/nowhere not found" },
      });
    });
  });
});
