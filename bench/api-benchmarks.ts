// B1-B5: the API against floors measured in the same run on the same graph.
import { createServer, type Server } from "node:http";
import { type GraphQLSchema, graphql } from "graphql";
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { pino } from "pino";
import { loadConfig } from "../core/config.js";
import { seedLoaded } from "../seed/write/seed-loaded.js";
import { createApp } from "../server/app.js";
import { GraphReader } from "../server/graph/graph-reader.js";
import { createLogger } from "../server/observability/logger.js";
import { paths } from "../server/resolvers/paths.js";
import { buildSchema } from "../server/schema.js";
import { captureCypher, translator } from "../test/support/capture-cypher.js";
import { load, measure, postJson, type Stats, type Throughput } from "./harness.js";
import { type ProfileSummary, profileNode } from "./profile.js";

export interface ApiResults {
  b1: { graphql: Stats; driver: Stats; profile: ProfileSummary };
  b2: { query: string; generated: number; handWritten: number }[];
  b3: { query: string; stats: Stats }[];
  b3profile: ProfileSummary;
  b4: { server: Throughput; floor: Throughput };
  b5: {
    query: string;
    server: Throughput;
    floor: Throughput;
    profiles: { server: ProfileSummary; floor: ProfileSummary };
  }[];
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
  const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: uri, GRAPHQL_INTROSPECTION: "false" });
  const connection = { driver, uri, database, local: undefined, close: async () => {} };
  // Production's logging, a JSON line per request, paid as in production but written to /dev/null
  // (the default, stdout, would bury the run's own report under a million lines).
  const logger = createLogger(config.observability, pino.destination({ dest: "/dev/null", sync: false }));
  const app = await createApp({ config, connection, schema, logger, graphLoaded: () => seedLoaded(driver, database) });
  const full = await listen(app.express);
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
        query: `{ network(focus: "${focus}", depth: 2) { nodes { id label } edges { id source target } } }`,
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
    // Where the server's extra time goes: both sides again, briefly, under the profiler.
    const profiles = {
      server: await profileNode(`the process (server and autocannon) serving \`${c.query}\` for 3 s`, () =>
        load(`${full.url}/graphql`, c.body, { seconds: 3, warmupSeconds: 0 }),
      ),
      floor: await profileNode(`the process (bare handler and autocannon) serving \`${c.query}\` for 3 s`, () =>
        load(bare.url, c.body, { seconds: 3, warmupSeconds: 0 }),
      ),
    };
    b5.push({ query: c.query, server, floor, profiles });
    await close(bare.server);
  }

  await close(full.server);
  await app.apollo.stop();
  return { b1: { graphql: b1graphql, driver: b1driver, profile: b1profile }, b2, b3, b3profile, b4, b5 };
}
