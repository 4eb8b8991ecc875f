// The Node HTTP server the Express app runs in (main.ts and the tests' start-app.ts), with timeouts
// that close slow clients: Node's defaults keep a request that trickles in open for 300 s.
import { createServer, type RequestListener, type Server } from "node:http";

export const httpTimeouts = {
  /** All request headers must arrive within this (Node: 60 s); a slow-headers client gets 408. */
  headersTimeoutMs: 10_000,
  /** The whole request, headers and body (at most 100 kB), must arrive within this (Node: 300 s). */
  requestTimeoutMs: 20_000,
  /**
   * An idle keep-alive connection is closed after this (Node's default, made explicit). A load
   * balancer in front must idle out its connections to the server sooner, or a request can meet
   * a connection just as it closes.
   */
  keepAliveTimeoutMs: 5_000,
  /**
   * How often Node checks the two timeouts above (Node: 30 s, which would let a slow request live
   * up to 30 s past its bound).
   */
  checkIntervalMs: 1_000,
} as const;

export function createHttpServer(app: RequestListener): Server {
  const server = createServer(
    {
      headersTimeout: httpTimeouts.headersTimeoutMs,
      requestTimeout: httpTimeouts.requestTimeoutMs,
      keepAliveTimeout: httpTimeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: httpTimeouts.checkIntervalMs,
    },
    app,
  );
  return server;
}
