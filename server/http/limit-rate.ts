// At most `perMinute` requests per client address in each minute (express-rate-limit's fixed window,
// kept in this process's memory); more answer 429 RATE_LIMITED with Retry-After in the one envelope.
// The address is the TCP peer's, or with TRUST_PROXY the one the trusted proxies forwarded.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { sendError } from "./send-error.js";

const minute = 60_000;

/** `perMinute` 0: no limit. */
export function limitRate(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: minute,
    limit: perMinute,
    // RateLimit-Policy and RateLimit (IETF draft 8) on every answer; Retry-After on a refusal.
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader("retry-after") ?? 60);
      sendError(
        res,
        new ThtError(
          ErrorCode.RateLimited,
          `more than ${perMinute} requests in a minute from this address: try again in ${retryAfter} s (Retry-After).`,
          { details: { limit: perMinute, retryAfter } },
        ),
      );
    },
  });
}
