// Conditional GETs of what is the same until the graph changes (the exports, the source documents,
// the stories): a strong ETag made of the graph's version and the request's address, and
// `Cache-Control: public, no-cache`, so that browsers and shared caches keep the answer and ask
// again before each reuse; an `If-None-Match` naming the current ETag is answered 304 from memory,
// without a database read. Only a 200 carries the ETag: an error is never kept.
import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import onHeaders from "on-headers";
import type { GraphClock } from "./graph-clock.js";

/** How a cacheable answer may be kept: by anyone, revalidated before each reuse. */
export const sharedCacheControl = "public, no-cache";
/** How an answer that must not be kept says so (a token's, an error). */
export const privateCacheControl = "private, no-store";

/** A strong ETag for `key`'s answer under the graph's `version`. */
export const etagOf = (version: string, key: string) => `"${version}:${key}"`;

/** Whether `If-None-Match` names `etag`: one of its list, or `*` (the weak comparison RFC 9110 asks of GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

export function revalidate(clock: GraphClock): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.authorization !== undefined) return next();
    const etag = etagOf(clock.current(), createHash("sha256").update(req.originalUrl).digest("base64url"));
    if (matchesEtag(req.headers["if-none-match"], etag)) {
      res.status(304).setHeader("etag", etag).setHeader("cache-control", sharedCacheControl).end();
      return;
    }
    onHeaders(res, () => {
      if (res.statusCode === 200) {
        res.setHeader("etag", etag);
        res.setHeader("cache-control", sharedCacheControl);
      } else {
        res.removeHeader("etag");
        res.setHeader("cache-control", privateCacheControl);
      }
    });
    next();
  };
}
