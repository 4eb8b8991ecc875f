// The response cache (issue 18) against the real app and Neo4j: an answer is kept per graph
// version and served until a write, never after it; a token's answers and errors are never kept;
// the kept bytes stay under CACHE_MAX_MB; GET reads and exports carry a strong ETag and answer 304
// from memory, with a new ETag after a write; two server processes on one Neo4j agree within 1 s;
// and under a 90/10 read/write mix no answer asked after a write's acknowledgement misses it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode, errorStatus } from "../../core/errors/error-code.js";
import { readSeed } from "../../seed/read-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { signEditorToken } from "../../server/auth/sign-editor-token.js";
import { freePort } from "../support/free-port.js";
import { startServerProcess, waitForStatus } from "../support/server-process.js";
import { type HttpAnswer, type RunningApp, startApp } from "../support/start-app.js";
import { testNeo4j } from "../support/test-neo4j.js";

const secret = "cache-test-secret-cache-test-secret-1";
const auth = { secret, jwksUrl: undefined, audience: "tht-graph", issuer: "tht-graph" };
const formed = { source: "tht-partners", quote: "The Tower Hamlets GP Care Group was formed in late 2013" };

/** The page's persisted documents, by operation name (what `npm run schema:print` writes). */
const documents = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "..", "..", "viz", "src", "data", "generated", "persisted-documents.json"),
    "utf8",
  ),
) as Record<string, string>;
const documentId = (operation: string) => {
  const found = Object.entries(documents).find(([, text]) => new RegExp(`query ${operation}\\b`).test(text));
  if (!found) throw new Error(`no persisted document for ${operation}`);
  return found[0];
};

const setAliases = `mutation Set($aliases: [String!]!, $reason: String!) {
  applyChanges(changes: [{ updateNode: { id: "gp-care-group", set: { aliases: $aliases }, cite: [${JSON.stringify(formed).replace(/"(\w+)":/g, "$1:")}] } }], reason: $reason) { number }
}`;
const aliasesAndRevision = `{ graphRevision organisations(where: { id: { eq: "gp-care-group" } }) { aliases } }`;

describe.skipIf(!testNeo4j().ownsDatabase)("the response cache", () => {
  const { database } = testNeo4j();
  let app: RunningApp;
  let editor: Record<string, string>;
  /** A GET of one of the page's documents, as the page sends it. */
  const get = (app: RunningApp, operation: string, variables: Record<string, unknown>, headers = {}) =>
    app.fetch(
      `/graphql?${new URLSearchParams({ documentId: documentId(operation), variables: JSON.stringify(variables) })}`,
      { headers: { "x-apollo-operation-name": operation, ...headers } },
    );
  let written = 0;
  const write = async (target = app) => {
    written += 1;
    const answer = await target.gql(
      setAliases,
      { aliases: [`cache test ${written}`], reason: `cache test ${written}` },
      editor,
    );
    expect(answer.json.errors).toBeUndefined();
    return (answer.json.data as { applyChanges: { number: number } }).applyChanges.number;
  };
  const network = (answer: HttpAnswer) =>
    (answer.json.data as { network: { nodes: { id: string; aliases: string[] }[] } }).network.nodes;

  beforeAll(async () => {
    app = await startApp({ JWT_SECRET: secret });
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app.clock.refresh();
    editor = { authorization: `Bearer ${await signEditorToken(auth, { subject: "alice" })}` };
  });
  afterAll(async () => {
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app?.close();
  });

  it("serves a kept answer until a write, and never after it", async () => {
    const first = await get(app, "Network", { asOf: null });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBe("miss");
    const again = await get(app, "Network", { asOf: null });
    expect(again.headers.get("x-cache")).toBe("hit");
    expect(again.text).toBe(first.text);
    // The same question by its text, POSTed, is the same question: served from memory too.
    const text = documents[documentId("Network")] as string;
    const posted = await app.gql(text, { asOf: null });
    expect(posted.headers.get("x-cache")).toBe("hit");
    expect(posted.text).toBe(first.text);

    const before = app.cache.stats();
    await write();
    // Acknowledged: the next answer is computed again, and shows the write.
    const after = await get(app, "Network", { asOf: null });
    expect(after.headers.get("x-cache")).toBe("miss");
    expect(network(after).find((n) => n.id === "gp-care-group")?.aliases).toEqual([`cache test ${written}`]);
    expect(network(first).find((n) => n.id === "gp-care-group")?.aliases).not.toEqual([`cache test ${written}`]);
    expect((await get(app, "Network", { asOf: null })).headers.get("x-cache")).toBe("hit");
    expect(app.cache.stats().misses).toBe(before.misses + 1);
    expect(app.cache.stats().hits).toBeGreaterThan(before.hits);

    // A write by another way than this app (a seed load while the server runs): seen at the next poll.
    await writeSeed(app.driver, readSeed(), { database, reset: true });
    await app.clock.refresh();
    const reloaded = await get(app, "Network", { asOf: null });
    expect(reloaded.headers.get("x-cache")).toBe("miss");
    expect(network(reloaded).find((n) => n.id === "gp-care-group")?.aliases).not.toEqual([`cache test ${written}`]);
  });

  it("never keeps an answer given with an editor's token, an error, or a mutation's", async () => {
    for (let i = 0; i < 2; i++) {
      const withToken = await app.gql("{ graphRevision }", {}, editor);
      expect(withToken.status).toBe(200);
      expect(withToken.headers.get("x-cache")).toBe("bypass");
      expect(withToken.headers.get("cache-control")).toBe("private, no-store");
      expect(withToken.headers.get("etag")).toBeNull();
      const tokenGet = await get(app, "GraphRevision", {}, editor);
      expect(tokenGet.headers.get("x-cache")).toBe("bypass");
      expect(tokenGet.headers.get("etag")).toBeNull();
      // NOT_FOUND for a focus that is not in the graph: answered afresh each time, never with an ETag.
      const refused = await get(app, "NetworkScoped", { focus: "no-such-organisation", depth: 1 });
      expect(refused.json.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(refused.headers.get("x-cache")).toBe("miss");
      expect(refused.headers.get("etag")).toBeNull();
      expect(refused.headers.get("cache-control")).toBe("private, no-store");
      const invalid = await app.gql("{ graphRevision nope }");
      expect(invalid.json.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(invalid.headers.get("x-cache")).toBe("miss");
    }
    // A mutation without a token is refused (401), and not kept either.
    for (let i = 0; i < 2; i++) {
      const refused = await app.gql(setAliases, { aliases: ["x"], reason: "no token" });
      expect(refused.status).toBe(401);
      expect(refused.headers.get("x-cache")).toBe("miss");
    }
    // A persisted id that is not one of the page's: the client's mistake, named.
    const unknown = await app.fetch(`/graphql?documentId=sha256:${"0".repeat(64)}`, {
      headers: { "x-apollo-operation-name": "X" },
    });
    expect(unknown.status).toBe(errorStatus[ErrorCode.PersistedQueryNotFound]);
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.json.errors?.[0]?.extensions?.argument).toBe("documentId");
  });

  it("keeps its bytes under CACHE_MAX_MB however many distinct questions are asked", async () => {
    const small = await startApp({ JWT_SECRET: secret, CACHE_MAX_MB: "0.25" });
    try {
      const bound = small.config.cache.maxBytes;
      expect(bound).toBe(262_144);
      let peak = 0;
      for (let i = 0; i < 120; i++) {
        // 120 distinct answers of about 8 kB to 20 kB each: several times the bound in all.
        const answer = await get(small, "Timeline", {
          id: ["barts-health", "elft", "gp-care-group", "tower-hamlets-cvs"][i % 4],
        });
        expect(answer.status).toBe(200);
        await get(small, "Search", { text: `health ${i}` });
        await get(small, "NetworkScoped", {
          asOf: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-01`,
          focus: "elft",
          depth: 1 + (i % 2),
        });
        peak = Math.max(peak, small.cache.stats().bytes);
      }
      const stats = small.cache.stats();
      expect(peak).toBeLessThanOrEqual(bound);
      expect(stats.bytes).toBeLessThanOrEqual(bound);
      // It kept what fits, and let go of the rest (least recently used first).
      expect(stats.entries).toBeGreaterThan(5);
      expect(stats.misses).toBeGreaterThan(stats.entries);
      expect(stats.bytes).toBeGreaterThan(bound / 2);
    } finally {
      await small.close();
    }
  });

  it("answers 304 to a client holding the current answer, from memory, and a new ETag after a write", async () => {
    // Every Neo4j query the app runs from here on, but the clock's own version reads.
    const queries: string[] = [];
    const driver = app.driver as unknown as {
      session: (...args: unknown[]) => { run: (query: string, ...rest: unknown[]) => unknown };
      executeQuery: (query: string, ...rest: unknown[]) => unknown;
    };
    const { session, executeQuery } = driver;
    driver.executeQuery = function (this: unknown, query: string, ...rest: unknown[]) {
      if (!query.includes("GraphRevision {id: 'graph'})\n     OPTIONAL MATCH (s:SeedState)")) queries.push(query);
      return executeQuery.call(this, query, ...rest);
    };
    driver.session = function (this: unknown, ...args: unknown[]) {
      const opened = session.apply(this, args);
      queries.push("(a session)");
      return opened;
    };
    try {
      for (const path of [
        "/export/nodes.csv?asOf=2023-01-01",
        "/export/network.graphml",
        "/sources/tht-partners",
        `/graphql?${new URLSearchParams({ documentId: documentId("Summary"), variables: JSON.stringify({ asOf: "2020-01-01" }) })}`,
      ]) {
        const headers = { "x-apollo-operation-name": "Summary" };
        const first = await app.fetch(path, { headers });
        expect(first.status, path).toBe(200);
        const etag = first.headers.get("etag") ?? "";
        expect(etag, path).toMatch(/^"[^"]+"$/);
        expect(first.headers.get("cache-control")).toBe("public, no-cache");
        queries.length = 0;
        const revalidated = await app.fetch(path, { headers: { ...headers, "if-none-match": etag } });
        expect(revalidated.status, path).toBe(304);
        expect(revalidated.text).toBe("");
        expect(revalidated.headers.get("etag")).toBe(etag);
        expect(queries, `${path}: Neo4j was asked for a 304`).toEqual([]);
        // Another client's ETag, or a stale one, gets the answer in full.
        const other = await app.fetch(path, { headers: { ...headers, "if-none-match": '"something-else"' } });
        expect(other.status).toBe(200);

        await write();
        const changed = await app.fetch(path, { headers: { ...headers, "if-none-match": etag } });
        expect(changed.status, path).toBe(200);
        expect(changed.headers.get("etag")).not.toBe(etag);
      }
      // A refused export carries no ETag: an error is never kept.
      const refused = await app.fetch("/export/nodes.csv?asOf=not-a-date");
      expect(refused.status).toBe(400);
      expect(refused.headers.get("etag")).toBeNull();
      expect(refused.headers.get("cache-control")).toBe("private, no-store");
    } finally {
      driver.executeQuery = executeQuery;
      driver.session = session;
    }
  });

  it("keeps no answer from before a write once it is acknowledged, under a 90/10 read/write mix of 50 clients", async () => {
    /** Each write's alias and the revision its acknowledgement named. */
    const revisionOfAlias = new Map<string, number>();
    let acknowledged = 0;
    const reads: { atLeast: number; revision: number; alias: string }[] = [];
    let sent = 0;
    const clients = 50;
    // What the graph holds as the mix begins: its revision and the alias written by it.
    const start = (await app.gql(aliasesAndRevision)).json.data as {
      graphRevision: number;
      organisations: { aliases: string[] }[];
    };
    revisionOfAlias.set(start.organisations[0]?.aliases[0] ?? "", start.graphRevision);
    acknowledged = start.graphRevision;
    const perClient = 20;
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let i = 0; i < perClient; i++) {
          const n = sent++;
          if (n % 10 === 5) {
            const alias = `mix ${client}.${i}`;
            const answer = await app.gql(setAliases, { aliases: [alias], reason: alias }, editor);
            expect(answer.json.errors).toBeUndefined();
            const number = (answer.json.data as { applyChanges: { number: number } }).applyChanges.number;
            revisionOfAlias.set(alias, number);
            acknowledged = Math.max(acknowledged, number);
          } else {
            const atLeast = acknowledged;
            const answer = await app.gql(aliasesAndRevision);
            const data = answer.json.data as { graphRevision: number; organisations: { aliases: string[] }[] };
            reads.push({ atLeast, revision: data.graphRevision, alias: data.organisations[0]?.aliases[0] ?? "" });
          }
        }
      }),
    );
    expect(revisionOfAlias.size).toBe(101);
    expect(reads.length).toBe(900);
    const stale = reads.filter(
      (r) => r.revision < r.atLeast || (revisionOfAlias.get(r.alias) ?? Number.NEGATIVE_INFINITY) < r.atLeast,
    );
    expect(stale).toEqual([]);
    // The reads were served from memory between writes, not all computed afresh.
    expect(app.cache.stats().hits).toBeGreaterThan(0);
  }, 300_000);
});

describe.skipIf(!testNeo4j().ownsDatabase)("two server processes on one Neo4j", () => {
  const neo = testNeo4j();
  const servers: ReturnType<typeof startServerProcess>[] = [];
  const urls: string[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    const seeding = await startApp({});
    try {
      await writeSeed(seeding.driver, readSeed(), { database: neo.database, reset: true });
    } finally {
      await seeding.close();
    }
  });

  it("a write on one is answered by the other within 1 s of its acknowledgement", async () => {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      servers.push(
        startServerProcess({
          PORT: String(port),
          NEO4J_URI: neo.uri,
          NEO4J_USER: neo.user,
          NEO4J_PASSWORD: neo.password,
          NEO4J_DATABASE: neo.database,
          JWT_SECRET: secret,
          LOG_LEVEL: "warn",
        }),
      );
      urls.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(urls.map((url) => waitForStatus(`${url}/readyz`, 200, 240_000)));
    const editor = `Bearer ${await signEditorToken(auth, { subject: "bob" })}`;
    const read = async (url: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: aliasesAndRevision }),
      });
      return {
        cache: response.headers.get("x-cache"),
        data: ((await response.json()) as { data: { graphRevision: number; organisations: { aliases: string[] }[] } })
          .data,
      };
    };
    const [a, b] = urls as [string, string];
    // B has the answer kept.
    await read(b);
    expect((await read(b)).cache).toBe("hit");
    for (let round = 1; round <= 3; round++) {
      const alias = `written on A, round ${round}`;
      const response = await fetch(`${a}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: editor },
        body: JSON.stringify({ query: setAliases, variables: { aliases: [alias], reason: alias } }),
      });
      const number = ((await response.json()) as { data: { applyChanges: { number: number } } }).data.applyChanges
        .number;
      const acknowledged = performance.now();
      // A's own next answer shows it at once.
      expect((await read(a)).data.graphRevision).toBe(number);
      let seen: number | null = null;
      while (seen === null && performance.now() - acknowledged < 5_000) {
        const { data } = await read(b);
        if (data.graphRevision >= number) {
          expect(data.organisations[0]?.aliases).toEqual([alias]);
          seen = performance.now() - acknowledged;
        } else await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(seen, `round ${round}: B still answered the graph from before A's write`).not.toBeNull();
      expect(seen as number).toBeLessThanOrEqual(1_000);
    }
  }, 600_000);
});
