// Limits that cannot be stepped around, against the real app: cost counts `limit` as it counts
// `first` and each alias of an expensive field; depth counts fields, not fragments; `neighbourhood`
// is bounded like `network`; each client address has a rate limit. Every refusal is followed by a
// request that succeeds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpAnswer, type RunningApp, startApp } from "../support/start-app.js";
import { startTestApp } from "../support/test-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

function codes(answer: HttpAnswer): (string | undefined)[] {
  return answer.json.errors?.map((e) => e.extensions?.code) ?? [];
}

async function expectServes(app: RunningApp, headers: Record<string, string> = {}): Promise<void> {
  const answer = await app.gql("{ organisations(limit: 2) { id partners(limit: 2) { id } } }", {}, headers);
  expect(answer.status).toBe(200);
  expect(answer.json.errors).toBeUndefined();
}

describe("limits: cost and depth", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("refuses three nested lists of limit 1,000 with 400 QUERY_TOO_COSTLY, then still serves", async () => {
    const answer = await app.gql(
      /* GraphQL */ "{ organisations(limit: 1000) { partnerIn(limit: 1000) { partners(limit: 1000) { id name } } } }",
    );
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(answer.json.errors?.[0]?.extensions).toMatchObject({ limit: 200_000 });
    expect(answer.json.data).toBeUndefined();
    await expectServes(app);
  });

  it("reports each answer's cost in extensions: what it could hold, what it holds, the limit", async () => {
    const answer = await app.gql(/* GraphQL */ "{ organisations(limit: 200) { __typename id name } }");
    expect(answer.status).toBe(200);
    const organisations = (answer.json.data as { organisations: unknown[] }).organisations;
    expect(organisations.length).toBeLessThan(200);
    // __typename is free: 1 for the list, 2 per row it can answer.
    expect(answer.json.extensions?.cost).toEqual({
      requested: 1 + 200 * 2,
      answered: 1 + organisations.length * 2,
      limit: 200_000,
    });
  });

  it("refuses nested lists with no limit at all (100 each) with QUERY_TOO_COSTLY", async () => {
    const answer = await app.gql(/* GraphQL */ "{ organisations { partnerIn { partners { partnerIn { id } } } } }");
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    await expectServes(app);
  });

  it("refuses five aliases of a hub's neighbourhood with QUERY_TOO_COSTLY, and answers one", async () => {
    const hub = 'neighbourhood(id: "tht", depth: 3) { nodes { key } }';
    const aliased = `{ ${Array.from({ length: 5 }, (_, i) => `n${i}: ${hub}`).join(" ")} }`;
    const answer = await app.gql(aliased);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    const one = await app.gql(`{ ${hub} }`);
    expect(one.status).toBe(200);
    expect(codes(one)).not.toContain("QUERY_TOO_COSTLY");
    await expectServes(app);
  });

  it("accepts a query three fields deep written with two fragments", async () => {
    const answer = await app.gql(/* GraphQL */ `
      { organisations(limit: 2) { ...Org } }
      fragment Org on Organisation { id partners(limit: 2) { ...Partner } }
      fragment Partner on Organisation { id name }`);
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
  });
});

describe.skipIf(!testNeo4j().ownsDatabase)("limits: neighbourhood is bounded by NETWORK_MAX_ELEMENTS", () => {
  const limit = 40;
  let app: RunningApp;
  beforeAll(async () => {
    // startTestApp loads the seed when the run's database lacks it; the limited app reads the same graph.
    await (await startTestApp()).close();
    // A cold Neo4j on a busy machine can take seconds to plan each hand-written query the first time.
    app = await startApp({ NETWORK_MAX_ELEMENTS: String(limit), NEO4J_QUERY_TIMEOUT_MS: "25000" });
  });
  afterAll(() => app?.close());

  it("refuses a hub's neighbourhood at depth 3 with NETWORK_TOO_LARGE, elements and limit, then answers a small one", async () => {
    const answer = await app.gql(
      /* GraphQL */ '{ neighbourhood(id: "tht", depth: 3) { nodes { key } edges { key } } }',
    );
    expect(answer.status).toBe(200);
    expect(answer.json.data?.neighbourhood).toBeNull();
    const [error] = answer.json.errors ?? [];
    expect(error?.extensions?.code).toBe("NETWORK_TOO_LARGE");
    expect(error?.extensions?.limit).toBe(limit);
    expect(error?.extensions?.elements).toBeGreaterThan(limit);
    console.log(`neighbourhood(tht, depth 3): ${error?.extensions?.elements} elements, refused over ${limit}`);

    const small = await app.gql(
      /* GraphQL */ '{ neighbourhood(id: "health-visiting", depth: 1) { nodes { key } edges { key } } }',
    );
    expect(small.json.errors).toBeUndefined();
    const neighbourhood = small.json.data?.neighbourhood as { nodes: unknown[]; edges: unknown[] };
    const elements = neighbourhood.nodes.length + neighbourhood.edges.length;
    expect(elements).toBeGreaterThan(0);
    expect(elements).toBeLessThanOrEqual(limit);
  });
});

describe("limits: rate limit per client address", () => {
  let app: RunningApp;
  beforeAll(async () => {
    // TRUST_PROXY names the loopback proxy, so X-Forwarded-For tells two clients apart here.
    app = await startApp({ RATE_LIMIT_PER_MINUTE: "5", TRUST_PROXY: "loopback" });
  });
  afterAll(() => app?.close());

  it("answers a client's 6th request in a minute with 429 RATE_LIMITED and Retry-After; the probes and other clients still answer", async () => {
    const client = { "x-forwarded-for": "203.0.113.7" };
    for (let i = 0; i < 4; i++) expect((await app.gql("{ __typename }", {}, client)).status).toBe(200);
    // /export counts too.
    expect((await app.fetch("/export/index.json", { headers: client })).status).toBe(200);

    const refused = await app.gql("{ __typename }", {}, client);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json.errors?.[0]?.extensions).toMatchObject({ limit: 5, retryAfter });
    console.log(`rate limit 5/min: 6th request 429, Retry-After ${retryAfter} s`);
    expect((await app.fetch("/export/index.json", { headers: client })).status).toBe(429);

    expect((await app.fetch("/healthz", { headers: client })).status).toBe(200);
    expect((await app.fetch("/readyz", { headers: client })).status).toBe(200);
    await expectServes(app, { "x-forwarded-for": "203.0.113.8" });
  });
});
