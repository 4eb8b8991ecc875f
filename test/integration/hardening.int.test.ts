// Every limit answers 400 (413, 405) with a stable code, never 500, and the server keeps serving.
import { Lexer, Source, TokenKind } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NetworkDocument } from "../../viz/src/data/generated/graphql.js";
import { freePort } from "../support/free-port.js";
import { type HttpAnswer, type RunningApp, startApp } from "../support/start-app.js";
import { testDriver } from "../support/test-neo4j.js";

/** A document exactly `depth` fields deep: organisations > partners > … > id. */
function nested(depth: number): string {
  return `{ organisations(limit: 1) { ${"partners(limit: 1) { ".repeat(depth - 2)}id${" }".repeat(depth - 1)} }`;
}

function aliased(count: number, field = "__typename"): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
}

/** A realistic document of exactly `count` tokens: a filter on a list of ids. */
function withTokens(count: number): string {
  const ids = Array.from({ length: count - 20 }, (_, i) => `"id-${i}"`).join(" ");
  const document = `{ organisations(where: { id: { in: [${ids}] } }) { id } }`;
  expect(tokensIn(document)).toBe(count);
  return document;
}

function tokensIn(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function codes(answer: HttpAnswer): (string | undefined)[] {
  return answer.json.errors?.map((e) => e.extensions?.code) ?? [];
}

async function expectStillServes(app: RunningApp): Promise<void> {
  const answer = await app.gql("{ __typename organisations(limit: 1) { id } }");
  expect(answer.status).toBe(200);
  expect(answer.json.errors).toBeUndefined();
  expect(answer.json.data?.__typename).toBe("Query");
}

describe("hardening: query limits", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  const refused: [string, () => string, string][] = [
    ["depth 7", () => nested(7), "QUERY_TOO_DEEP"],
    ["depth 20", () => nested(20), "QUERY_TOO_DEEP"],
    ["16 aliases of __typename", () => aliased(16), "TOO_MANY_ALIASES"],
    ["101 aliases of __typename", () => aliased(101), "TOO_MANY_ALIASES"],
    ["16 aliases of a field", () => aliased(16, "organisations(limit: 1) { id }"), "TOO_MANY_ALIASES"],
    ["51 directives", () => `{ ${"__typename @include(if: true) ".repeat(51)}}`, "TOO_MANY_DIRECTIVES"],
    ["a 1,001-token document", () => withTokens(1001), "TOO_MANY_TOKENS"],
    [
      "a query over the cost limit",
      () => "{ organisationsConnection(first: 1000) { edges { node { id partners(limit: 1000) { id } } } } }",
      "QUERY_TOO_COSTLY",
    ],
  ];
  for (const [name, document, code] of refused) {
    it(`refuses ${name} with 400 ${code}, then still serves`, async () => {
      const answer = await app.gql(document());
      expect(answer.status).toBe(400);
      // A document can break more than one limit (depth 20 is also over the cost limit).
      expect(codes(answer)).toContain(code);
      expect(answer.json.data).toBeUndefined();
      await expectStillServes(app);
    });
  }

  const allowed: [string, () => string][] = [
    ["depth 6", () => nested(6)],
    ["15 aliases of __typename", () => aliased(15)],
    ["50 directives", () => `{ ${"__typename @include(if: true) ".repeat(50)}}`],
    ["a 1,000-token document", () => withTokens(1000)],
    [
      "a page of 100 organisations through a connection",
      () => "{ organisationsConnection(first: 100) { edges { node { id name kind } } } }",
    ],
    [
      "an organisation with its partners, services and figures",
      () => `{ organisations(limit: 20) { id name kind shortNames validFrom validTo citationQuotes
          partners { id name } provides { id name } serves { id name } figures { measure value unit display } } }`,
    ],
    ["the page's network query", () => String(NetworkDocument)],
  ];
  for (const [name, document] of allowed) {
    it(`allows ${name}`, async () => {
      const answer = await app.gql(document());
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
    });
  }
});

describe("hardening: HTTP", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("refuses a JSON array of operations (batching is off) with 400 BAD_REQUEST", async () => {
    const answer = await app.post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_REQUEST"]);
    await expectStillServes(app);
  });

  it("refuses a 101 kB body with 413 PAYLOAD_TOO_LARGE as JSON", async () => {
    const padding = "x".repeat(101 * 1024);
    const answer = await app.post({ query: "{ __typename }", variables: { padding } });
    expect(answer.status).toBe(413);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(codes(answer)).toEqual(["PAYLOAD_TOO_LARGE"]);
    await expectStillServes(app);
  });

  it("refuses malformed JSON with 400 BAD_REQUEST as JSON, not an HTML page", async () => {
    const answer = await app.post('{"query": "{ __typename }"');
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(codes(answer)).toEqual(["BAD_REQUEST"]);
    await expectStillServes(app);
  });

  it("refuses a GET without a CSRF preflight header with 400 BAD_REQUEST", async () => {
    const answer = await app.fetch(`/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_REQUEST"]);
    const preflighted = await app.fetch(`/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
    expect(preflighted.json.data).toEqual({ __typename: "Query" });
  });

  it("refuses a mutation over GET with 405 BAD_REQUEST", async () => {
    const mutation = 'mutation { retract(id: "none", reason: "over GET") { id } }';
    const answer = await app.fetch(`/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("POST");
    expect(codes(answer)).toEqual(["BAD_REQUEST"]);
    await expectStillServes(app);
  });

  it("counts tokens of GET documents too", async () => {
    const answer = await app.fetch(`/graphql?query=${encodeURIComponent(`{ ${"__typename ".repeat(999)}}`)}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["TOO_MANY_TOKENS"]);
  });

  it("offers introspection and the Sandbox outside production", async () => {
    const introspection = await app.gql("{ __schema { queryType { name } } }");
    expect(introspection.status).toBe(200);
    expect(introspection.json.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const page = await app.fetch("/graphql", { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("hardening: production", () => {
  let app: RunningApp;
  let down: RunningApp;
  beforeAll(async () => {
    app = await startApp({ NODE_ENV: "production" });
    // A Neo4j that does not answer: nothing listens on this port.
    down = await startApp({ NODE_ENV: "production" }, { uri: `bolt://127.0.0.1:${await freePort()}` });
  });
  afterAll(async () => {
    await app?.close();
    await down?.close();
  });

  it("refuses introspection with 400 GRAPHQL_VALIDATION_FAILED and has no Sandbox", async () => {
    const answer = await app.gql("{ __schema { types { name } } }");
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const page = await app.fetch("/graphql", { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
    await expectStillServes(app);
  });

  it("gives no field suggestions", async () => {
    const answer = await app.gql("{ organisation { nam } }");
    expect(answer.status).toBe(400);
    expect(codes(answer)[0]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.text).not.toMatch(/Did you mean/i);
    await expectStillServes(app);
  });

  it("answers DATABASE_UNAVAILABLE while Neo4j is down, with no stack, Cypher or Bolt URI", async () => {
    const answer = await down.gql("{ organisations(limit: 1) { id name } }");
    expect(codes(answer)).toEqual(["DATABASE_UNAVAILABLE"]);
    expect(answer.text).not.toMatch(/stacktrace|\bat \w+ \(|bolt:\/\/|127\.0\.0\.1|MATCH|RETURN|CYPHER/i);
  });

  it("keeps the limits' codes in production", async () => {
    const answer = await app.gql(nested(7));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_DEEP"]);
    expect(answer.text).not.toMatch(/stacktrace/);
  });
});

describe("hardening: Neo4j transaction timeout", () => {
  it("gives every @neo4j/graphql transaction NEO4J_QUERY_TIMEOUT_MS", async () => {
    const driver = testDriver();
    const timeouts: unknown[] = [];
    const openSession = driver.session.bind(driver);
    driver.session = (config) => {
      const session = openSession(config);
      const executeRead = session.executeRead.bind(session);
      session.executeRead = (work, transactionConfig) => {
        timeouts.push(transactionConfig?.timeout);
        return executeRead(work, transactionConfig);
      };
      return session;
    };
    const app = await startApp({ NEO4J_QUERY_TIMEOUT_MS: "4321" }, { driver });
    try {
      expect((await app.gql("{ organisations(limit: 1) { id } }")).status).toBe(200);
      expect(timeouts.length).toBeGreaterThan(0);
      expect(new Set(timeouts)).toEqual(new Set([4321]));
    } finally {
      await app.close();
    }
  });
});

describe("hardening: development", () => {
  it("adds stack traces in development only", async () => {
    const down = await startApp({ NODE_ENV: "development" }, { uri: `bolt://127.0.0.1:${await freePort()}` });
    try {
      const answer = await down.gql("{ organisations(limit: 1) { id } }");
      expect(codes(answer)).toEqual(["DATABASE_UNAVAILABLE"]);
      expect(answer.json.errors?.[0]?.extensions?.stacktrace).toBeDefined();
    } finally {
      await down.close();
    }
  });
});
