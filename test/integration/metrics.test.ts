import { startTestServer, type TestServer } from "../support/server";

describe("Prometheus metrics", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await t?.close();
  });

  test("count requests by declared route and status, and time them, without a token", async () => {
    await t.api("GET", "/v1/environments");
    await t.api("GET", "/v1/environments/missing");
    await t.api("POST", "/v1/instances/missing:sync");
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/tidemark_http_requests_total\{method="GET",route="\/v1\/environments",status="200"\} 1/);
    // Labelled by the declared path, so names in URLs never multiply the series.
    expect(text).toMatch(
      /tidemark_http_requests_total\{method="GET",route="\/v1\/environments\/\{id\}",status="404"\} 1/,
    );
    expect(text).toMatch(
      /tidemark_http_requests_total\{method="POST",route="\/v1\/instances\/\{id\}:sync",status="404"\} 1/,
    );
    expect(text).toMatch(
      /tidemark_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/v1\/environments"\}/,
    );
    expect(text).toContain("# TYPE tidemark_sync_duration_seconds histogram");
    expect(text).toContain("process_resident_memory_bytes");
  });
});
