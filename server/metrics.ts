import type { RequestHandler } from "express";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { openApiPath, type RouteSpec } from "./http/routes";

/** Prometheus metrics of one server: a registry of its own, so tests can run several servers. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: "tidemark_http_requests_total",
    help: "API requests by route and status code.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: "tidemark_http_request_duration_seconds",
    help: "API request latency by route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly syncs = new Counter({
    name: "tidemark_syncs_total",
    help: "Schema syncs by what started them and how they ended.",
    labelNames: ["trigger", "result"] as const,
    registers: [this.registry],
  });
  readonly syncDuration = new Histogram({
    name: "tidemark_sync_duration_seconds",
    help: "How long schema syncs take.",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Observes one route; labels use the declared path, never the concrete one (bounded cardinality). */
  observe(spec: RouteSpec): RequestHandler {
    const route = openApiPath(spec.path);
    const method = spec.method.toUpperCase();
    // Label sets bound once per route (and status), not looked up on every call.
    const latency = this.latency.labels({ method, route });
    const byStatus = new Map<number, Counter.Internal>();
    return (_req, res, next) => {
      const start = process.hrtime.bigint();
      res.once("finish", () => {
        latency.observe(Number(process.hrtime.bigint() - start) / 1e9);
        let requests = byStatus.get(res.statusCode);
        if (!requests) {
          requests = this.requests.labels({ method, route, status: String(res.statusCode) });
          byStatus.set(res.statusCode, requests);
        }
        requests.inc();
      });
      next();
    };
  }
}
