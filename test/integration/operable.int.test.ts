// The operator's view: request ids, JSON log lines, masked errors logged with their cause, GET
// /metrics, request timeouts, and two small holes (the bearer scheme's case, a persisted-query hash
// that does not match). Every refusal is followed by a request that must succeed.
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { httpTimeouts } from "../../server/http/create-http-server.js";
import { freePort } from "../support/free-port.js";
import { ensureShippedSeed, startSeededServer } from "../support/seeded-server.js";
import type { ServerProcess } from "../support/server-process.js";
import { type RunningApp, startApp } from "../support/start-app.js";
import { isolationId, testDriver, testNeo4j } from "../support/test-neo4j.js";

const secret = randomBytes(32).toString("base64url");
const metricsToken = randomBytes(24).toString("base64url");
const env = {
  // Hundreds of requests from 127.0.0.1 here: the rate limit is not what this file tests.
  RATE_LIMIT_PER_MINUTE: "1000000",
  // A first write checks the change against the graph: on a busy machine that can pass the 12 s request deadline.
  NEO4J_QUERY_TIMEOUT_MS: "30000",
  JWT_SECRET: secret,
  JWT_AUDIENCE: "tht-graph-test",
  JWT_ISSUER: "tht-graph-test",
  METRICS_TOKEN: metricsToken,
};
const auth = { secret, jwksUrl: undefined, audience: env.JWT_AUDIENCE, issuer: env.JWT_ISSUER };
const run = isolationId("operable");

const named = /* GraphQL */ `query OperableProbe { organisations(limit: 1) { id } }`;

/** The value of a counter or gauge line of Prometheus text whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split("\n")
    .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}

describe("operable: request ids, logs and metrics (in-process app)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    await ensureShippedSeed(); // the editor test cites the seed's sources
    app = await startApp(env);
  }, 180_000); // a fresh test Neo4j gets the seed first: a minute and more on a busy machine
  afterAll(async () => {
    const driver = testDriver();
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n", { run }, testNeo4j());
    await driver.close();
    await app?.close();
  });

  it("answers a generated x-request-id, echoes a sane incoming one and replaces an unsafe one", async () => {
    const generated = await app.gql(named);
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.gql(named, {}, { "x-request-id": "lb-7f3a.42" });
    expect(given.headers.get("x-request-id")).toBe("lb-7f3a.42");
    const unsafe = await app.gql(named, {}, { "x-request-id": `a"b ${"x".repeat(200)}` });
    expect(unsafe.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(unsafe.status).toBe(200);
  });

  it("logs one JSON line per request with its id, path, status, duration and operation", async () => {
    const answer = await app.gql(named, {}, { "x-request-id": `${run}-line` });
    expect(answer.status).toBe(200);
    const line = app.logs().find((l) => l.requestId === `${run}-line` && l.status !== undefined);
    expect(line).toMatchObject({
      level: "info",
      app: "tht-graph",
      method: "POST",
      path: "/graphql",
      status: 200,
      operation: "OperableProbe",
      msg: "POST /graphql 200",
    });
    expect(typeof line?.durationMs).toBe("number");
    expect(JSON.stringify(app.logs())).not.toContain(secret);
    // Asked again: answered from the response cache, and its line still names the operation.
    await app.gql(named, {}, { "x-request-id": `${run}-again` });
    const again = app.logs().find((l) => l.requestId === `${run}-again` && l.status !== undefined);
    expect(again).toMatchObject({ status: 200, operation: "OperableProbe", cache: "hit" });
  });

  it("puts the error codes of a refused request on its line", async () => {
    const answer = await app.gql("{ organisations(limit: 1) { nope } }", {}, { "x-request-id": `${run}-bad` });
    expect(answer.status).toBe(400);
    const line = app.logs().find((l) => l.requestId === `${run}-bad` && l.status !== undefined);
    expect(line).toMatchObject({ status: 400, codes: ["GRAPHQL_VALIDATION_FAILED"] });
    expect((await app.gql(named)).json.errors).toBeUndefined();
  });

  it("accepts a lower-case bearer scheme end to end, and logs the revision under the request's id", async () => {
    const token = await signEditorToken(auth);
    const create = /* GraphQL */ `mutation Create($input: NodeInput!) {
      addOrganisation(input: $input, reason: "operable test") { author changes { id } }
    }`;
    const input = {
      id: `${run}-lower`,
      name: "Test organisation lower-case bearer",
      kind: "test",
      cite: [{ source: "tht-partners", quote: "Tower Hamlets Together is made up of a number of different partners" }],
    };
    const refused = await app.gql(create, { input }, { authorization: `bearer${token}` });
    expect(refused.status).toBe(401);
    for (const scheme of ["bearer", "BEARER"]) {
      const id = `${input.id}-${scheme.toLowerCase() === scheme ? "l" : "u"}`; // ids are lower-case
      const answer = await app.gql(
        create,
        { input: { ...input, id } },
        { authorization: `${scheme} ${token}`, "x-request-id": `${run}-${scheme}` },
      );
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
      expect(answer.json.data).toMatchObject({ addOrganisation: { author: "local-editor", changes: [{ id }] } });
      const revision = app
        .logs()
        .find((l) => l.requestId === `${run}-${scheme}` && /by local-editor/.test(String(l.msg)));
      expect(revision, "the revision's log line carries the request id").toBeDefined();
    }
  }, 90_000);

  it("answers a persisted-query hash that does not match its query with 400 BAD_REQUEST", async () => {
    const answer = await app.post({
      query: named,
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_REQUEST"]);
    expect(answer.json.errors?.[0]?.message).toMatch(/sha does not match/);
    expect((await app.gql(named)).json.errors).toBeUndefined();
  });

  it("serves /metrics only with METRICS_TOKEN, counting requests by operation and code", async () => {
    const refused = await app.fetch("/metrics");
    expect(refused.status).toBe(401);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await app.fetch("/metrics", { headers: { authorization: "Bearer not-the-metrics-token" } });
    expect(wrong.status).toBe(401);

    const scrape = async () => {
      const answer = await app.fetch("/metrics", { headers: { authorization: `Bearer ${metricsToken}` } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      return answer.text;
    };
    const ok = { route: "/graphql", operation: "OperableProbe", status: "200", code: "" };
    const invalid = { route: "/graphql", code: "GRAPHQL_VALIDATION_FAILED" };
    const before = await scrape();
    await app.gql(named);
    await app.gql(named);
    await app.gql("{ organisations(limit: 1) { nope } }");
    const after = await scrape();
    expect(
      (sample(after, "tht_http_requests_total", ok) ?? 0) - (sample(before, "tht_http_requests_total", ok) ?? 0),
    ).toBe(2);
    expect((sample(after, "tht_errors_total", invalid) ?? 0) - (sample(before, "tht_errors_total", invalid) ?? 0)).toBe(
      1,
    );
    expect(
      sample(after, "tht_http_request_duration_seconds_count", { route: "/graphql", operation: "OperableProbe" }),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(after, "nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(after, "nodejs_eventloop_lag_p99_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(after, "tht_neo4j_pool_connections", { state: "idle" })).toBeGreaterThanOrEqual(1);
    expect(sample(after, "tht_neo4j_pool_connections", { state: "in_use" })).toBeGreaterThanOrEqual(0);
    console.log(
      `metrics: ${after.length} bytes; event-loop lag ${sample(after, "nodejs_eventloop_lag_seconds")} s; ` +
        `pool idle ${sample(after, "tht_neo4j_pool_connections", { state: "idle" })}`,
    );
  });

  it("counts at most 200 client operation names as series, the rest as (other)", async () => {
    await Promise.all(
      Array.from({ length: 205 }, (_, i) => app.gql(`query Op${run.replace(/\W/g, "")}${i} { __typename }`)),
    );
    const text = (await app.fetch("/metrics", { headers: { authorization: `Bearer ${metricsToken}` } })).text;
    const operations = new Set(
      [...text.matchAll(/tht_http_requests_total\{[^}]*operation="([^"]*)"/g)].map((m) => m[1]),
    );
    expect(operations.size).toBeLessThanOrEqual(201 + 1); // 200 names, "(other)" and "" (non-GraphQL routes)
    expect(operations.has("(other)")).toBe(true);
  });
});

describe("operable: a masked error is logged with its code and cause", () => {
  let app: RunningApp;
  beforeAll(async () => {
    // Nothing listens on this port: every query fails with DATABASE_UNAVAILABLE, whose cause only the log shows.
    app = await startApp({ NODE_ENV: "production" }, { uri: `bolt://127.0.0.1:${await freePort()}` });
  });
  afterAll(() => app?.close());

  it("logs the driver's error under the request's id, and answers only the code", async () => {
    const answer = await app.gql(named, {}, { "x-request-id": `${run}-down` });
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(["DATABASE_UNAVAILABLE"]);
    expect(answer.text).not.toMatch(/ECONNREFUSED|bolt:/);
    const mine = app.logs().filter((l) => l.requestId === `${run}-down`);
    const masked = mine.find((l) => l.msg === "masked error DATABASE_UNAVAILABLE");
    expect(masked).toMatchObject({ level: "warn", code: "DATABASE_UNAVAILABLE" });
    expect(JSON.stringify((masked as { err?: unknown }).err)).toMatch(
      /ECONNREFUSED|Could not perform discovery|connect/i,
    );
    expect(mine.find((l) => l.status !== undefined)).toMatchObject({ codes: ["DATABASE_UNAVAILABLE"] });

    const exported = await app.fetch("/export/nodes.csv", { headers: { "x-request-id": `${run}-export` } });
    expect(exported.json.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(app.logs().find((l) => l.requestId === `${run}-export` && l.code === "DATABASE_UNAVAILABLE")).toBeDefined();
    // The server still answers what needs no database.
    expect((await app.fetch("/healthz")).status).toBe(200);
  }, 30_000);
});

/** Opens a raw connection, sends `head`, then one byte of `drip` every `everyMs` until the server hangs up. */
function trickle(port: number, head: string, everyMs: number, giveUpMs: number) {
  return new Promise<{ closedAfterMs: number; answer: string }>((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding("utf8");
    socket.on("connect", () => {
      socket.write(head);
      timer = setInterval(() => {
        if (Date.now() - started > giveUpMs) {
          clearInterval(timer);
          socket.destroy();
          reject(new Error(`the server kept a trickling request open for ${giveUpMs} ms`));
          return;
        }
        if (socket.writable) socket.write("a");
      }, everyMs);
    });
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("error", () => undefined); // a reset after the 408 is the server hanging up too
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ closedAfterMs: Date.now() - started, answer });
    });
  });
}

describe("operable: request timeouts (the server process)", () => {
  let server: ServerProcess;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await startSeededServer());
  }, 120_000);
  afterAll(() => server?.stop());

  it("writes JSON lines: startup sentences in msg, and a request line with the request's id", async () => {
    const answer = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": `${run}-process` },
      body: JSON.stringify({ query: named }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-request-id")).toBe(`${run}-process`);
    await server.waitForOutput(new RegExp(`"requestId":"${run}-process"`), 5_000);
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => String(l.msg).startsWith("ready: http://"))).toMatchObject({ level: "info" });
    expect(lines.find((l) => l.requestId === `${run}-process`)).toMatchObject({
      path: "/graphql",
      status: 200,
      operation: "OperableProbe",
    });
  });

  it("cuts off slow headers and a slow body within their bounds, and keeps serving", async () => {
    const port = Number(new URL(url).port);
    const slack = httpTimeouts.checkIntervalMs + 2_000;
    const [headers, body] = await Promise.all([
      trickle(
        port,
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
        500,
        httpTimeouts.headersTimeoutMs + 10_000,
      ),
      trickle(
        port,
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 90000\r\n\r\n",
        500,
        httpTimeouts.requestTimeoutMs + 10_000,
      ),
    ]);
    console.log(
      `slow headers cut off after ${headers.closedAfterMs} ms (${headers.answer.split("\r\n")[0]}); ` +
        `slow body after ${body.closedAfterMs} ms (${body.answer.split("\r\n")[0] || "no answer"})`,
    );
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.closedAfterMs).toBeGreaterThanOrEqual(httpTimeouts.headersTimeoutMs - 500);
    expect(headers.closedAfterMs).toBeLessThan(httpTimeouts.headersTimeoutMs + slack);
    expect(body.closedAfterMs).toBeGreaterThanOrEqual(httpTimeouts.requestTimeoutMs - 500);
    expect(body.closedAfterMs).toBeLessThan(httpTimeouts.requestTimeoutMs + slack);

    const after = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: named }),
    });
    expect(after.status).toBe(200);
  }, 60_000);
});
