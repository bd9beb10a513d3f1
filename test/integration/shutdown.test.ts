import net from "node:net";
import { startTestServer } from "../support/server";

describe("graceful shutdown", () => {
  test("close lets in-flight requests finish, then refuses new connections", async () => {
    // A database server that takes 400 ms to hang up: instance creates against it are slow.
    const sockets: net.Socket[] = [];
    const slow = net.createServer((s) => {
      sockets.push(s);
      setTimeout(() => s.destroy(), 400);
    });
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    const port = (slow.address() as net.AddressInfo).port;
    const t = await startTestServer("sqlite");
    await t.api("POST", "/v1/environments?environmentId=test", { title: "Test" });
    const inFlight = Array.from({ length: 5 }, (_, i) =>
      t.api("POST", `/v1/instances?instanceId=slow-${i}`, {
        title: "Slow",
        engine: "MYSQL",
        environment: "environments/test",
        dataSources: [{ type: "ADMIN", host: "127.0.0.1", port, username: "u" }],
      }),
    );
    // Close once every request has reached the slow database.
    while (sockets.length < 5) await new Promise((r) => setTimeout(r, 10));
    const closing = t.close();
    const results = await Promise.all(inFlight);
    await closing;
    slow.close();
    // Each got its real answer (the database hung up), not a dropped connection.
    expect(results.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
  });
});
