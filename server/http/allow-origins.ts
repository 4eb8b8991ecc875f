// CORS for the API and the exports (the `cors` package): pages on the allow-list may call them from
// the browser; every other origin gets no CORS header, so the browser keeps the answer from it.
// Preflights (OPTIONS) end here with 204, for any origin, so they never reach Apollo.
import cors from "cors";
import type { RequestHandler } from "express";

export function allowOrigins(origins: readonly string[]): RequestHandler[] {
  const allowed = new Set(origins);
  const headers = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    // What the documented clients send: JSON, a token, and Apollo's CSRF-prevention headers.
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"],
    exposedHeaders: ["etag", "retry-after"],
    maxAge: 600,
  });
  // cors() lets a preflight from an origin not on the list through; it ends here too, without headers.
  const endPreflight: RequestHandler = (req, res, next) => {
    if (req.method === "OPTIONS") res.status(204).end();
    else next();
  };
  return [headers, endPreflight];
}
