// B1-B5 and B9: the API against floors measured in the same run on the same graph. Two apps: one
// without the response cache (CACHE_MAX_MB 0), whose rows measure the pipeline every answer that is
// not kept goes through ("cold"), and one with it (the default 64 MB), whose rows ask what the cache
// answers from memory ("hot") and mix writes into the reads (B9).
import { Agent, createServer, type Server } from "node:http";
import { type GraphQLSchema, graphql } from "graphql";
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { pino } from "pino";
import { loadConfig } from "../core/config.js";
import { seedLoaded } from "../seed/write/seed-loaded.js";
import { type App, createApp } from "../server/app.js";
import { signEditorToken } from "../server/auth/sign-editor-token.js";
import type { CacheStats } from "../server/cache/response-cache.js";
import { GraphReader } from "../server/graph/graph-reader.js";
import { createLogger } from "../server/observability/logger.js";
import { paths } from "../server/resolvers/paths.js";
import { buildSchema } from "../server/schema.js";
import { captureCypher, translator } from "../test/support/capture-cypher.js";
import { load, measure, postJson, type Stats, stats, type Throughput } from "./harness.js";
import { type ProfileSummary, profileNode } from "./profile.js";

export interface ApiResults {
  /** `graphql`: a different id each request, uncached; `hot`: one id every request, from the cache. */
  b1: { graphql: Stats; hot: Stats; driver: Stats; profile: ProfileSummary };
  b2: { query: string; generated: number; handWritten: number }[];
  b3: { query: string; stats: Stats }[];
  b3profile: ProfileSummary;
  b4: { server: Throughput; floor: Throughput };
  b5: {
    query: string;
    /** `server`: uncached; `hot`: the same body through the cached app. */
    server: Throughput;
    hot: Throughput;
    floor: Throughput;
    profiles: { server: ProfileSummary; floor: ProfileSummary };
  }[];
  /** The cached app's cache after B1 hot and B5 hot, before the mix. */
  hotCache: CacheStats;
  b9: MixResult;
}

/** B9: reads and writes at once against the cached app, and whether any read missed a write. */
export interface MixResult {
  clients: number;
  /** Requests answered, and the bound the mix stopped at (a count or a time, whichever first). */
  requests: number;
  bound: { requests: number; seconds: number };
  seconds: number;
  requestsPerSecond: number;
  reads: Stats;
  writes: Stats;
  /** Reads whose revision or alias was older than a write acknowledged before the read was sent. */
  stale: number;
  /** Requests refused (HTTP or GraphQL errors). */
  errors: number;
  /** The refusals by error code ("(no answer)" when the request itself failed). */
  errorCodes: Record<string, number>;
  /** The cache during the mix: hits / (hits + misses + joined). */
  hitRatio: number;
}

const lookup = /* GraphQL */ `query ($id: ID!) { organisations(where: { id: { eq: $id } }) { id name kind } }`;

/** Generated 1-hop and 2-hop neighbourhoods of an organisation, and the hand-written Cypher for the same rows. */
const neighbourhoods = [
  {
    query: "1-hop",
    graphql: /* GraphQL */ `query ($id: ID!) { organisations(where: { id: { eq: $id } }) { id memberOf { id } partnerIn { id } serves { id } provides { id } } }`,
    cypher: `MATCH (this:Organisation&Entity) WHERE this.id = $id
      CALL (this) { MATCH (this)-[:MEMBER_OF]->(m:Organisation&Entity) RETURN collect(m.id) AS memberOf }
      CALL (this) { MATCH (this)-[:PARTNER_IN]->(p:Organisation&Entity) RETURN collect(p.id) AS partnerIn }
      CALL (this) { MATCH (this)-[:SERVES]->(a:Area&Entity) RETURN collect(a.id) AS serves }
      CALL (this) { MATCH (this)-[:PROVIDES]->(s:Service&Entity) RETURN collect(s.id) AS provides }
      RETURN this.id, memberOf, partnerIn, serves, provides`,
  },
  {
    query: "2-hop",
    graphql: /* GraphQL */ `query ($id: ID!) { organisations(where: { id: { eq: $id } }) { id memberOf { id members { ... on Organisation { id } } } partnerIn { id partners { id } } } }`,
    cypher: `MATCH (this:Organisation&Entity) WHERE this.id = $id
      CALL (this) { MATCH (this)-[:MEMBER_OF]->(m:Organisation&Entity)
        CALL (m) { MATCH (m)<-[:MEMBER_OF]-(x:Organisation&Entity) RETURN collect(x.id) AS members }
        RETURN collect({id: m.id, members: members}) AS memberOf }
      CALL (this) { MATCH (this)-[:PARTNER_IN]->(p:Organisation&Entity)
        CALL (p) { MATCH (p)<-[:PARTNER_IN]-(x:Organisation&Entity) RETURN collect(x.id) AS partners }
        RETURN collect({id: p.id, partners: partners}) AS partnerIn }
      RETURN this.id, memberOf, partnerIn`,
  },
];

async function dbHits(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<number> {
  const { summary } = await driver.executeQuery(`PROFILE ${cypher.replace(/^CYPHER 5\n/, "")}`, params);
  const sum = (plan: { dbHits: number; children: unknown[] } | false | undefined): number =>
    plan
      ? plan.dbHits +
        plan.children.reduce<number>((total, child) => total + sum(child as { dbHits: number; children: unknown[] }), 0)
      : 0;
  return sum(summary.profile as { dbHits: number; children: unknown[] });
}

/** Closes a server once the requests still in flight after a load run have been answered. */
function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function listen(
  handler: Parameters<typeof createServer>[1] | import("express").Express,
): Promise<{ url: string; server: Server }> {
  return new Promise((resolve) => {
    const server = createServer(handler as Parameters<typeof createServer>[1]);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server });
    });
  });
}

/** A bare node:http handler: read the body, parse JSON, answer with `answer(body)`. */
function bareHandler(answer: (body: { query: string; variables?: Record<string, unknown> }) => Promise<unknown>) {
  return (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      try {
        const result = await answer(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      } catch (error) {
        res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
      }
    });
  };
}

/** Organisations for B5: a focus whose depth-2 neighbourhood is a view the page draws, and a second. */
export interface B5Focus {
  focus: string;
  other: string;
  /** Nodes within two steps of the focus. */
  reach: number;
}

export async function runApiBenchmarks(
  driver: Driver,
  uri: string,
  ids: string[],
  seconds: number,
  b5focus: B5Focus,
): Promise<ApiResults> {
  const database = "neo4j";
  const schema: GraphQLSchema = await buildSchema({ driver, database });
  // No rate limit: every request comes from one address, and RATE_LIMIT_PER_MINUTE (1,200) would
  // answer most of a load run 429.
  const env = { NODE_ENV: "production", NEO4J_URI: uri, GRAPHQL_INTROSPECTION: "false", RATE_LIMIT_PER_MINUTE: "0" };
  const config = loadConfig({ ...env, CACHE_MAX_MB: "0" });
  // The cached app signs B9's writes: an editor token needs JWT_SECRET.
  const hotConfig = loadConfig({ ...env, JWT_SECRET: "bench-secret-bench-secret-bench-secret" });
  const connection = { driver, uri, database, local: undefined, close: async () => {} };
  // Production's logging, a JSON line per request, paid as in production but written to /dev/null
  // (the default, stdout, would bury the run's own report under a million lines).
  const logger = createLogger(config.observability, pino.destination({ dest: "/dev/null", sync: false }));
  const graphLoaded = () => seedLoaded(driver, database);
  const app = await createApp({ config, connection, schema, logger, graphLoaded });
  const hotApp = await createApp({ config: hotConfig, connection, schema, logger, graphLoaded });
  const full = await listen(app.express);
  const hot = await listen(hotApp.express);
  const pick = (() => {
    let i = 0;
    return () => ids[(i++ * 7919) % ids.length] as string;
  })();

  // B1: lookup by id over HTTP, against the Cypher it generates run through a raw driver session.
  const [captured] = await captureCypher(schema, lookup, { id: ids[0] });
  if (!captured) throw new Error("no Cypher captured for the lookup");
  const overHttp = async () =>
    JSON.parse(await postJson(`${full.url}/graphql`, JSON.stringify({ query: lookup, variables: { id: pick() } })));
  const b1graphql = await measure(overHttp);
  const b1driver = await measure(async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(captured.cypher, { ...captured.params, param0: pick() }));
    } finally {
      await session.close();
    }
  });

  const b1profile = await profileNode("the benchmark process (server and client) during 500 lookups over HTTP", () =>
    measure(overHttp, { warmup: 0, runs: 500 }),
  );
  // B1 hot: one lookup asked again and again, the same body, so that after the first of the warm-ups
  // every answer is the cache's; against the same floor, the driver running the lookup's Cypher.
  const sameLookup = JSON.stringify({ query: lookup, variables: { id: ids[0] } });
  const b1hot = await measure(async () => JSON.parse(await postJson(`${hot.url}/graphql`, sameLookup)));

  // B2: database hits of generated against hand-written Cypher, on a well-connected organisation.
  const b2 = [];
  for (const n of neighbourhoods) {
    const [generated] = await captureCypher(schema, n.graphql, { id: ids[0] });
    if (!generated) throw new Error(`no Cypher captured for ${n.query}`);
    b2.push({
      query: n.query,
      generated: await dbHits(driver, generated.cypher, generated.params),
      handWritten: await dbHits(driver, n.cypher, { id: ids[0] }),
    });
  }

  // B3: translation time of every shipped example that @neo4j/graphql translates.
  const { readdirSync, readFileSync } = await import("node:fs");
  const examplesDir = new URL("../schema/examples/", import.meta.url);
  const b3 = [];
  for (const name of readdirSync(examplesDir).filter((f) => f.endsWith(".graphql"))) {
    const source = readFileSync(new URL(name, examplesDir), "utf8");
    if (!/\b(organisations|arrangements|events|services|areas|sites|figures|groups|sources)\w*\s*\(/.test(source))
      continue;
    b3.push({
      query: name.replace(/\.graphql$/, ""),
      stats: await measure(translator(schema, source), { warmup: 100, runs: 1000 }),
    });
  }

  const slowest = b3.reduce((a, b) => (b.stats.median > a.stats.median ? b : a));
  const slowestSource = readFileSync(new URL(`${slowest.query}.graphql`, examplesDir), "utf8");
  const b3profile = await profileNode(`2,000 translations of \`${slowest.query}\``, () =>
    measure(translator(schema, slowestSource), { warmup: 0, runs: 2000 }),
  );

  // B4: a trivial query through the full server, against the same schema on bare graphql-js.
  const trivial = JSON.stringify({ query: "{ __typename }" });
  const bareGraphql = await listen(
    bareHandler((body) => graphql({ schema, source: body.query, variableValues: body.variables })),
  );
  const b4 = {
    server: await load(`${full.url}/graphql`, trivial, { seconds }),
    floor: await load(bareGraphql.url, trivial, { seconds }),
  };
  await close(bareGraphql.server);

  // B5: the page's heavy queries, against a bare handler running the same Cypher through GraphReader.
  const reader = new GraphReader({ driver, database });
  const { focus, other } = b5focus;
  const cases = [
    {
      query: "network(focus, depth 2)",
      body: JSON.stringify({
        query: `{ network(focus: "${focus}", depth: 2) { nodes { id: key label } edges { id: key source target } } }`,
      }),
      floor: () => reader.network({ focus, depth: 2 }),
    },
    {
      query: "paths",
      body: JSON.stringify({
        query: `{ paths(from: "${focus}", to: "${other}", maxLength: 4) { length steps { sentence } } }`,
      }),
      floor: () => paths(reader, { from: focus, to: other, maxLength: 4, asOf: null }),
    },
  ];
  const b5 = [];
  for (const c of cases) {
    const bare = await listen(bareHandler(() => c.floor()));
    const server = await load(`${full.url}/graphql`, c.body, { seconds });
    const floor = await load(bare.url, c.body, { seconds });
    // The same body through the cached app: its warm-up's first request computes the answer.
    const hotLoad = await load(`${hot.url}/graphql`, c.body, { seconds });
    // Where the server's extra time goes: both sides again, briefly, under the profiler.
    const profiles = {
      server: await profileNode(`the process (server and autocannon) serving \`${c.query}\` for 3 s`, () =>
        load(`${full.url}/graphql`, c.body, { seconds: 3, warmupSeconds: 0 }),
      ),
      floor: await profileNode(`the process (bare handler and autocannon) serving \`${c.query}\` for 3 s`, () =>
        load(bare.url, c.body, { seconds: 3, warmupSeconds: 0 }),
      ),
    };
    b5.push({ query: c.query, server, hot: hotLoad, floor, profiles });
    await close(bare.server);
  }
  await close(full.server);
  await stop(app);

  // Taken before B9, whose writes let the kept answers go.
  const hotCache = hotApp.cache.stats();
  // Last: B9's writes move the graph's revision, and change the focus's aliases.
  const b9 = await readWriteMix(driver, `${hot.url}/graphql`, hotApp, focus, {
    authorization: `Bearer ${await signEditorToken(hotConfig.auth, { subject: "bench" })}`,
  });
  await close(hot.server);
  await stop(hotApp);
  return {
    b1: { graphql: b1graphql, hot: b1hot, driver: b1driver, profile: b1profile },
    b2,
    b3,
    b3profile,
    b4,
    b5,
    hotCache,
    b9,
  };
}

async function stop(app: App): Promise<void> {
  app.close();
  await app.apollo.stop();
}

const mix = { clients: 50, requests: 4_000, seconds: 60 };

interface MixRead {
  query: string;
  /** The organisation's alias in the answer, where the answer shows it. */
  alias: (data: MixData, id: string) => string | undefined;
}

const recordRead: MixRead = {
  query: /* GraphQL */ `query ($id: ID!) { graphRevision organisations(where: { id: { eq: $id } }) { aliases } }`,
  alias: (data) => data.organisations?.[0]?.aliases[0],
};

/** B9's reads: each carries the revision it was answered at. */
const mixReads: MixRead[] = [
  recordRead,
  {
    query: /* GraphQL */ `query ($id: ID!) { graphRevision network(focus: $id, depth: 1) { nodes { id: key aliases } } }`,
    alias: (data, id) => data.network?.nodes.find((n) => n.id === id)?.aliases[0],
  },
  {
    query: /* GraphQL */ `query ($id: ID!) { graphRevision timeline(id: $id) { date summary } }`,
    alias: () => undefined,
  },
];

interface MixData {
  graphRevision: number;
  organisations?: { aliases: string[] }[];
  network?: { nodes: { id: string; aliases: string[] }[] };
}

const setAliases = /* GraphQL */ `mutation ($id: ID!, $aliases: [String!]!, $cite: [CitationInput!]!) {
  applyChanges(changes: [{ updateNode: { id: $id, set: { aliases: $aliases }, cite: $cite } }], reason: "bench") { number }
}`;

/**
 * B9: `mix.clients` clients at once, each sending its next request when its last is answered, every
 * tenth request a write (a new alias for `id`, citing the organisation's own source), the rest
 * reads of the same organisation (its record, its neighbourhood, its timeline), until `mix.requests`
 * have been sent or `mix.seconds` have passed. The staleness oracle: each write's alias and the
 * revision its acknowledgement named; a read is stale if its revision, or the revision of the alias
 * it shows, is older than the newest acknowledged when it was sent.
 */
async function readWriteMix(
  driver: Driver,
  url: string,
  app: App,
  id: string,
  editor: Record<string, string>,
): Promise<MixResult> {
  const { records } = await driver.executeQuery(
    "MATCH (o:Organisation {id: $id}) RETURN o.citationSources[0] AS source, o.citationQuotes[0] AS quote",
    { id },
  );
  const cite = [{ source: records[0]?.get("source") as string, quote: records[0]?.get("quote") as string }];
  const ask = (query: string, variables: Record<string, unknown>, agent?: Agent, headers?: Record<string, string>) =>
    postJson(url, JSON.stringify({ query, variables }), { agent, headers }).then(
      (text) => JSON.parse(text) as { data?: unknown; errors?: unknown[] },
    );
  // What the graph holds as the mix begins: its revision, and the alias the seed gave.
  const revisionOfAlias = new Map<string, number>();
  const start = (await ask(recordRead.query, { id })).data as MixData;
  revisionOfAlias.set(recordRead.alias(start, id) ?? "", start.graphRevision);
  let acknowledged = start.graphRevision;
  const reads: { atLeast: number; revision: number; alias: string | undefined }[] = [];
  const readMs: number[] = [];
  const writeMs: number[] = [];
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  const refused = (answer: { errors?: unknown[] } | null) => {
    errors += 1;
    const code =
      (answer?.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code ?? "(no answer)";
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  };
  let noAnswer: string | undefined;
  let sent = 0;
  const before = app.cache.stats();
  const started = performance.now();
  const deadline = started + mix.seconds * 1000;
  await Promise.all(
    Array.from({ length: mix.clients }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        while (sent < mix.requests && performance.now() < deadline) {
          const n = sent++;
          const sentAt = performance.now();
          try {
            if (n % 10 === 5) {
              const alias = `bench mix ${n}`;
              const answer = await ask(setAliases, { id, aliases: [alias], cite }, agent, editor);
              writeMs.push(performance.now() - sentAt);
              const number = (answer.data as { applyChanges?: { number: number } } | null)?.applyChanges?.number;
              if (answer.errors?.length || number === undefined) refused(answer);
              else {
                revisionOfAlias.set(alias, number);
                acknowledged = Math.max(acknowledged, number);
              }
            } else {
              const read = mixReads[n % mixReads.length] as MixRead;
              const atLeast = acknowledged;
              const answer = await ask(read.query, { id }, agent);
              readMs.push(performance.now() - sentAt);
              const data = answer.data as MixData | null;
              if (answer.errors?.length || !data) refused(answer);
              else reads.push({ atLeast, revision: data.graphRevision, alias: read.alias(data, id) });
            }
          } catch (error) {
            refused(null);
            noAnswer ??= error instanceof Error ? error.message : String(error);
          }
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // An alias no acknowledgement named is a write whose answer was lost (it may have committed):
  // newer than nothing known, so it is judged by the read's revision alone.
  const stale = reads.filter(
    (r) =>
      r.revision < r.atLeast ||
      (r.alias !== undefined && (revisionOfAlias.get(r.alias) ?? Number.POSITIVE_INFINITY) < r.atLeast),
  ).length;
  if (noAnswer) process.stderr.write(`bench: B9: a request without an answer: ${noAnswer}\n`);
  const after = app.cache.stats();
  const hits = after.hits - before.hits;
  const counted = hits + after.misses - before.misses + after.joined - before.joined;
  return {
    clients: mix.clients,
    requests: readMs.length + writeMs.length,
    bound: { requests: mix.requests, seconds: mix.seconds },
    seconds,
    requestsPerSecond: (readMs.length + writeMs.length) / seconds,
    reads: stats(readMs),
    writes: stats(writeMs),
    stale,
    errors,
    errorCodes,
    hitRatio: counted > 0 ? hits / counted : 0,
  };
}
