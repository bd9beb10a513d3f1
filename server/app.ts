import express, { type Express } from "express";
import { auditCall, auditRoutes } from "./audit";
import { authorize } from "./auth/access";
import { requireCaller } from "./auth/middleware";
import { loginRoutes } from "./auth/login";
import type { ServerContext } from "./context";
import { ApiError, errorHandler, notFoundRoute } from "./http/errors";
import { accessLog, limitBody, requestId, requireHost } from "./http/request";
import { pageTokenKey } from "./http/resource";
import { openApiDocument } from "./http/openapi";
import { RouteTable } from "./http/routes";
import { changeRoutes } from "./changes/change";
import { changelogRoutes } from "./changes/changelog";
import { databaseRoutes } from "./resources/database";
import { reviewConfigRoutes } from "./resources/review-config";
import { environmentRoutes } from "./resources/environment";
import { instanceRoutes } from "./resources/instance";
import { projectRoutes } from "./resources/project";
import { serviceAccountRoutes } from "./resources/service-account";

/** The largest request body the API takes: 1 MiB (a 413 says so). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppState {
  /** Whether the store has been opened and migrated: what /readyz reports. */
  ready: boolean;
}

export function createApp(ctx: ServerContext, state: AppState): Express {
  const app = express();
  // Audit first, so a refused call is recorded too; then the one authorisation check.
  const routes = new RouteTable((spec) => [ctx.metrics.observe(spec), ...auditCall(ctx, spec), authorize(ctx, spec)]);
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("query parser", "simple");
  app.locals.pageTokenKey = pageTokenKey(ctx.keys.tokenKey);
  app.use(requestId);
  app.use(accessLog(ctx.log));
  app.use(requireHost);

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
  app.get("/readyz", (_req, res) => {
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? "ready" : "starting" });
  });

  app.use("/v1", (_req, _res, next) => {
    next(state.ready ? undefined : new ApiError(503, "the server is starting: retry shortly"));
  });
  app.use(limitBody(BODY_LIMIT_BYTES));
  app.use(express.json({ limit: BODY_LIMIT_BYTES, strict: false }));
  app.use(loginRoutes(ctx, routes));
  app.use("/v1", requireCaller(ctx));
  app.use(environmentRoutes(ctx, routes));
  app.use(instanceRoutes(ctx, routes));
  app.use(projectRoutes(ctx, routes));
  app.use(serviceAccountRoutes(ctx, routes));
  app.use(reviewConfigRoutes(ctx, routes));
  app.use(changeRoutes(ctx, routes));
  app.use(changelogRoutes(ctx, routes));
  app.use(auditRoutes(ctx, routes));
  app.use(databaseRoutes(ctx, routes));
  const document = openApiDocument(routes.specs, process.env.npm_package_version ?? "0.1.0");
  app.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  app.use(notFoundRoute);
  app.use(errorHandler(ctx.log));
  return app;
}
