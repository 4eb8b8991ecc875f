import { GraphQLError } from "graphql";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../core/errors/error-code.js";
import { bearerToken } from "../../server/auth/bearer-token.js";
import { createFormatError } from "../../server/http/create-format-error.js";
import { createLogger } from "../../server/observability/logger.js";
import { createMetrics } from "../../server/observability/metrics.js";
import { neo4jPoolStats } from "../../server/observability/neo4j-pool.js";
import { routeOf } from "../../server/observability/observe-requests.js";
import { reportError } from "../../server/observability/report-error.js";
import { requestId } from "../../server/observability/request-id.js";
import { type RequestScope, runInRequestScope } from "../../server/observability/request-scope.js";

function memoryLogger() {
  const lines: string[] = [];
  const log = createLogger({ logLevel: "info" }, { write: (line: string) => void lines.push(line) });
  return { log, lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("request ids", () => {
  it("keeps a sane incoming id and replaces anything else with a UUID", () => {
    expect(requestId("lb-7f3a.42:1")).toBe("lb-7f3a.42:1");
    expect(requestId(["first", "second"])).toBe("first");
    for (const bad of [undefined, "", "has space", 'quo"te', "new\nline", "x".repeat(129)])
      expect(requestId(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe("bearerToken", () => {
  it("reads the scheme case-insensitively", () => {
    for (const scheme of ["Bearer", "bearer", "BEARER", "bEaReR"])
      expect(bearerToken(`${scheme} abc.def`)).toBe("abc.def");
    expect(bearerToken("  Bearer \tabc  ")).toBe("abc");
  });

  it("refuses other schemes and malformed headers", () => {
    for (const header of [undefined, "", "Basic abc", "Bearerabc", "Bearer", "Bearer a b"])
      expect(bearerToken(header)).toBeUndefined();
  });
});

describe("routeOf", () => {
  it("labels known routes and folds every other path into '/'", () => {
    expect(routeOf("/graphql")).toBe("/graphql");
    expect(routeOf("/export/nodes.csv")).toBe("/export");
    expect(routeOf("/metrics")).toBe("/metrics");
    expect(routeOf("/anything/at/all")).toBe("/");
    expect(routeOf("/")).toBe("/");
  });
});

describe("neo4jPoolStats", () => {
  it("reads the pool of this neo4j-driver release (a driver upgrade that moves it fails here)", async () => {
    const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", ""));
    try {
      expect(neo4jPoolStats(driver)).toBeUndefined(); // no pool before the first session
      await driver.session().close();
      expect(neo4jPoolStats(driver)).toEqual({ inUse: 0, idle: 0, waiting: 0 });
    } finally {
      await driver.close();
    }
  });
});

describe("createFormatError and reportError", () => {
  const where = 'database "neo4j"';

  it("answers a persisted-query hash mismatch as BAD_REQUEST, in production too", () => {
    const mismatch = new GraphQLError("provided sha does not match query", {
      extensions: { http: { status: 400, headers: new Map() } },
    });
    for (const production of [true, false]) {
      const formatted = createFormatError({ production, where })(
        { message: mismatch.message, extensions: { code: ErrorCode.InternalError } },
        mismatch,
      );
      expect(formatted).toEqual({
        message: "provided sha does not match query",
        extensions: { code: ErrorCode.BadRequest },
      });
    }
  });

  it("reports every answered code, and logs a masked one with its cause under the request's id", () => {
    const { log, lines } = memoryLogger();
    const format = createFormatError({ production: true, where, report: reportError });
    const scope: RequestScope = { id: "req-1", log: log.child({ requestId: "req-1" }), codes: [] };
    const boom = new Error("Cypher at bolt://db.internal:7687 went wrong");
    const answer = runInRequestScope(scope, () =>
      format(
        { message: boom.message, extensions: { code: ErrorCode.InternalError } },
        new GraphQLError(boom.message, { originalError: boom }),
      ),
    );
    expect(answer).toEqual({ message: "Internal server error", extensions: { code: ErrorCode.InternalError } });
    expect(scope.codes).toEqual([ErrorCode.InternalError]);
    const [line] = lines();
    expect(line).toMatchObject({ level: "error", requestId: "req-1", code: ErrorCode.InternalError });
    const err = (line?.err ?? {}) as { message?: string; stack?: string };
    expect(err.message).toContain("went wrong");
    expect(err.stack).toContain("observability.test.ts");

    runInRequestScope(scope, () =>
      format({ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new Error("x")),
    );
    expect(scope.codes).toEqual([ErrorCode.InternalError, "GRAPHQL_VALIDATION_FAILED"]);
    expect(lines()).toHaveLength(1); // a client's mistake is on the request line only
  });
});

describe("createMetrics", () => {
  it("counts at most 200 distinct client operation names, and only GraphQL names", async () => {
    const metrics = createMetrics();
    for (let i = 0; i < 250; i++)
      metrics.observeRequest({ route: "/graphql", operation: `Op${i}`, status: 200, codes: [], seconds: 0.01 });
    metrics.observeRequest({ route: "/graphql", operation: "bad name{}", status: 200, codes: [], seconds: 0.01 });
    const text = await metrics.registry.metrics();
    const names = new Set([...text.matchAll(/tht_http_requests_total\{[^}]*operation="([^"]*)"/g)].map((m) => m[1]));
    expect(names.size).toBe(201);
    expect(text).toMatch(/tht_http_requests_total\{[^}]*operation="\(other\)"[^}]*\} 51/);
    expect(text).toContain("nodejs_eventloop_lag_seconds");
  });
});
