// GET /metrics for Prometheus. Open unless METRICS_TOKEN is set; then it needs
// `Authorization: Bearer <METRICS_TOKEN>` (Prometheus's `authorization: { credentials: … }`).
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { bearerToken } from "../auth/bearer-token.js";
import { sendError } from "../http/send-error.js";
import type { Metrics } from "./metrics.js";

const digest = (text: string) => createHash("sha256").update(text).digest();

export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async function serveMetrics(req, res) {
    // Equal-length digests, so the comparison takes the same time whatever was sent.
    if (expected && !timingSafeEqual(digest(bearerToken(req.headers.authorization) ?? ""), expected)) {
      res.setHeader("www-authenticate", 'Bearer realm="tht-graph metrics"');
      sendError(
        res,
        new ThtError(ErrorCode.Unauthenticated, "GET /metrics needs Authorization: Bearer <METRICS_TOKEN>."),
      );
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
