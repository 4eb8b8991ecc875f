// The first Express middleware: gives each request its id (x-request-id, also answered), a logger
// bound to it for every line the request writes, one log line when it ends (method, path, status,
// duration, GraphQL operation, error codes) and its figures for /metrics.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { requestId, requestIdHeader } from "./request-id.js";
import { type RequestScope, runInRequestScope } from "./request-scope.js";

/** Route labels: fixed, so a client cannot mint new metric series by inventing paths. */
const routes = new Set(["/graphql", "/healthz", "/readyz", "/metrics", "/export", "/stories"]);

export function routeOf(path: string): string {
  const first = `/${path.split("/")[1] ?? ""}`;
  return routes.has(first) ? first : "/";
}

/** Probes are polled every few seconds: their successes are debug lines, their failures warnings. */
const probes = new Set(["/healthz", "/readyz", "/metrics"]);

interface Observed {
  scope: RequestScope;
  path: string;
}
const observed = new WeakMap<IncomingMessage, Observed>();

export function observeRequests({ logger, metrics }: { logger: Logger; metrics: Metrics }): RequestHandler {
  const line = (req: IncomingMessage, res: ServerResponse, durationMs: number) => {
    const seen = observed.get(req);
    return {
      method: req.method,
      path: seen?.path,
      status: res.statusCode,
      durationMs,
      ...(seen?.scope.operation ? { operation: seen.scope.operation } : {}),
      ...(seen?.scope.codes.length ? { codes: seen.scope.codes } : {}),
      // What the response cache did for a /graphql request (server/cache/graphql-route.ts).
      ...(res.hasHeader("x-cache") ? { cache: String(res.getHeader("x-cache")) } : {}),
      // The client went away, or a timeout cut the request off, before the answer was sent.
      ...(res.writableFinished ? {} : { aborted: true }),
    };
  };
  const message = (req: IncomingMessage, res: ServerResponse) =>
    `${req.method} ${observed.get(req)?.path ?? ""} ${res.writableFinished ? res.statusCode : "aborted"}`;
  const http = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestId(req.headers[requestIdHeader]);
      res.setHeader(requestIdHeader, id);
      return id;
    },
    // Each line the request writes carries only its id; the request's own line says the rest.
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: "requestId", responseTime: "durationMs" },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return probes.has(observed.get(req)?.path ?? "") ? "warn" : "error";
      if (probes.has(observed.get(req)?.path ?? "")) return "debug";
      return "info";
    },
    customSuccessObject: (req, res, value: { durationMs: number }) => line(req, res, value.durationMs),
    customErrorObject: (req, res, _error, value: { durationMs: number }) => line(req, res, value.durationMs),
    customSuccessMessage: message,
    customErrorMessage: message,
  });

  return function observeRequest(req, res, next) {
    const started = process.hrtime.bigint();
    const path = (req.originalUrl.split("?")[0] ?? "").slice(0, 256);
    http(req, res);
    const scope: RequestScope = { id: String(req.id), log: req.log, codes: [] };
    observed.set(req, { scope, path });
    res.once("close", () => {
      metrics.observeRequest({
        route: routeOf(path),
        operation: scope.operation ?? "",
        status: res.writableFinished ? res.statusCode : 0,
        codes: scope.codes,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
    runInRequestScope(scope, next);
  };
}
