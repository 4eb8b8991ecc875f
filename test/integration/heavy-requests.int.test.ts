// The heavy requests on a synthetic national-style graph (5,000 organisations; THT_EXPORT_ORGS for
// another size) in a Neo4j of this file's own: every export format streams (chunked, no
// Content-Length) and completes, cells that a spreadsheet would run as a formula are escaped, an
// export over EXPORT_MAX_ELEMENTS is refused with EXPORT_TOO_LARGE before anything is streamed; and,
// from `npm start`'s server process, /healthz latency and the server's resident memory while a
// whole-graph GraphML export streams and while centrality scores the whole graph.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.js";
import { createDriver } from "../../core/neo4j/connect-neo4j.js";
import { readSeed } from "../../seed/read-seed.js";
import { writeSyntheticSeed } from "../../seed/synthetic/write-synthetic-seed.js";
import { writeSeed } from "../../seed/write/write-seed.js";
import { freePort } from "../support/free-port.js";
import { type OwnNeo4j, startOwnNeo4j } from "../support/own-neo4j.js";
import { residentMemoryMiB } from "../support/resident-memory.js";
import { serverPid } from "../support/server-pid.js";
import { type ServerProcess, startServerProcess, waitForStatus } from "../support/server-process.js";
import { type RunningApp, startApp } from "../support/start-app.js";

const orgs = Number(process.env.THT_EXPORT_ORGS ?? 5_000);
const formula = '=HYPERLINK("http://evil","x")';

let db: OwnNeo4j;

describe("heavy requests on a synthetic graph: exports stream, are bounded and safe; centrality leaves the server answering", () => {
  let driver: Driver;
  let app: RunningApp;
  let dir: string;
  let elements: number;

  beforeAll(async () => {
    db = await startOwnNeo4j("exports", { heap: "1g", pageCache: "256m" });
    driver = createDriver(db.uri, loadConfig({}).neo4j);
    dir = await mkdtemp(join(tmpdir(), "tht-graph-exports-synthetic-"));
    await writeSeed(driver, readSeed(writeSyntheticSeed(dir, orgs, 7).dirs), { database: "neo4j", reset: true });
    // An organisation named as a spreadsheet formula, cited by a relationship whose quote is another.
    await driver.executeQuery(
      `MATCH (other:Organisation) WITH other LIMIT 1
       CREATE (n:Entity:Organisation {id: 'formula-org', name: $formula, kind: 'formula test'})
       CREATE (n)-[:PARTNER_IN {id: 'PARTNER_IN:formula-org', citationQuotes: ['@SUM(A1)', '-1+2'],
                                citationSources: ['+evil', '+evil']}]->(other)`,
      { formula },
      { database: "neo4j" },
    );
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) WITH nodes, count(r) AS edges RETURN nodes + edges AS elements",
      {},
      { database: "neo4j" },
    );
    elements = records[0]?.get("elements") as number;
    app = await startApp({}, { uri: db.uri });
    // A freshly loaded Neo4j plans and pages in its first whole-graph count slowly (past the 10 s
    // query timeout on a busy machine: 504 DATABASE_TIMEOUT): one export warms it, whatever it answers.
    const warm = await app.fetch("/export/nodes.csv");
    console.log(
      `first whole-graph export after the load: ${warm.status} ${warm.json.errors?.[0]?.extensions?.code ?? ""}`,
    );
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await driver?.close();
    await db?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("streams every format in chunks as it is read, and completes", async () => {
    for (const file of ["network.graphml", "network.gexf", "nodes.csv", "edges.csv", "network.cyjs"]) {
      const started = Date.now();
      const response = await fetch(`${app.url}/export/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("transfer-encoding"), file).toBe("chunked");
      expect(response.headers.get("content-length"), file).toBeNull();
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let bytes = 0;
      let chunks = 0;
      let firstMs = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (chunks === 0) firstMs = Date.now() - started;
        chunks++;
        bytes += value.length;
      }
      console.log(
        `${file}: ${bytes} bytes in ${chunks} chunks, first after ${firstMs} ms, all ${Date.now() - started} ms`,
      );
      expect(chunks, file).toBeGreaterThan(1);
    }
    const cyjs = (await (await fetch(`${app.url}/export/network.cyjs`)).json()) as {
      elements: { nodes: unknown[]; edges: unknown[] };
    };
    expect(cyjs.elements.nodes.length + cyjs.elements.edges.length).toBe(elements);
    const graphml = await (await fetch(`${app.url}/export/network.graphml`)).text();
    expect(graphml.endsWith("</graph>\n</graphml>")).toBe(true);
    expect(graphml.match(/<node id=/g)?.length).toBe(cyjs.elements.nodes.length);
    // Seven whole-graph exports of 5,000 organisations, 10-30 s each on a busy 2-core machine: this
    // checks streaming and completeness, not speed (that is npm run bench's).
  }, 300_000);

  it("escapes formula cells in nodes.csv and edges.csv", async () => {
    const nodes = parseCsv(await (await fetch(`${app.url}/export/nodes.csv?kinds=formula%20test`)).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(nodes.map((n) => n.label)).toEqual([`'${formula}`]);
    const edges = parseCsv(
      await (await fetch(`${app.url}/export/edges.csv?focus=formula-org&depth=1&relationshipTypes=PARTNER_IN`)).text(),
      { columns: true },
    ) as Record<string, string>[];
    expect(edges.find((e) => e.id === "PARTNER_IN:formula-org")).toMatchObject({
      citations: "'@SUM(A1) | -1+2",
      sources: "'+evil",
    });
  });

  it("refuses an export over EXPORT_MAX_ELEMENTS before streaming it, and answers a narrower one", async () => {
    const limited = await startApp({ EXPORT_MAX_ELEMENTS: "1000" }, { uri: db.uri });
    try {
      for (const file of ["network.graphml", "nodes.csv", "network.cyjs"]) {
        const refused = await limited.fetch(`/export/${file}`);
        expect(refused.status, file).toBe(422);
        expect(refused.headers.get("content-disposition")).toBeNull();
        expect(refused.json.errors?.[0]?.extensions).toMatchObject({ code: "EXPORT_TOO_LARGE", elements, limit: 1000 });
        const narrow = await limited.fetch(`/export/${file}?focus=formula-org&depth=1`);
        expect(narrow.status, file).toBe(200);
      }
      expect((await limited.fetch("/export/index.json")).json).toMatchObject({ maxElements: 1000 });
    } finally {
      await limited.close();
    }
  });

  it("ends an export whose client stops reading at EXPORT_TIMEOUT_MS, and answers the next", async () => {
    const bounded = await startApp({ EXPORT_TIMEOUT_MS: "1500" }, { uri: db.uri });
    try {
      const response = await fetch(`${bounded.url}/export/network.graphml`);
      expect(response.status).toBe(200);
      const body = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = new TextDecoder().decode((await body.read()).value);
      // The client stops reading: the socket fills, the server waits on it with the transaction
      // open, and Neo4j's transaction monitor (every 2 s) ends it past its timeout.
      await new Promise((r) => setTimeout(r, 8_000));
      const broken = await (async () => {
        try {
          for (let chunk = await body.read(); !chunk.done; chunk = await body.read())
            text += new TextDecoder().decode(chunk.value);
          return false;
        } catch {
          return true;
        }
      })();
      // Broken off, never a complete-looking file.
      expect(broken).toBe(true);
      expect(text.endsWith("</graphml>")).toBe(false);
      const next = await bounded.fetch("/export/nodes.csv?focus=formula-org&depth=1");
      expect(next.status).toBe(200);
    } finally {
      await bounded.close();
    }
  });

  it("measures /healthz and the server's memory while a whole-graph GraphML export streams", async () => {
    // The limit raised, so the measurement holds at any THT_EXPORT_ORGS (100,000 is over the default).
    await withServer({ EXPORT_MAX_ELEMENTS: "10000000" }, async (url, server) => {
      let bytes = 0;
      let tail = "";
      const { status, ms, health, rss } = await whileMeasuring(url, server, async () => {
        const response = await fetch(`${url}/export/network.graphml`);
        const body = (response.body as ReadableStream<Uint8Array>).getReader();
        try {
          for (let chunk = await body.read(); !chunk.done; chunk = await body.read()) {
            bytes += chunk.value.length;
            tail = (tail + new TextDecoder().decode(chunk.value.slice(-64))).slice(-64);
          }
        } catch (error) {
          console.log(`the export broke off after ${bytes} bytes; the server said:\n${server.output().slice(-3000)}`);
          throw error;
        }
        return response.status;
      });
      console.log(
        `GraphML of ${orgs} organisations (${elements} elements): ${(bytes / 2 ** 20).toFixed(1)} MiB in ${ms} ms; ${health.summary}; ${rss.summary}`,
      );
      expect(status).toBe(200);
      // The whole file, not a download broken off (a timeout after the headers went out).
      expect(tail.trimEnd().endsWith("</graphml>"), tail).toBe(true);
      expect(health.probes).toBeGreaterThan(0);
    });
  }, 600_000);

  it("keeps /healthz answering while centrality computes over the whole synthetic graph", async () => {
    // The element limit raised so the whole graph is scored (at 5,000 organisations: 28,000
    // elements, seconds of betweenness); the deadline raised so it finishes on a busy machine.
    const deadline = process.env.THT_CENTRALITY_DEADLINE_MS ?? "600000";
    await withServer({ NETWORK_MAX_ELEMENTS: "10000000", CENTRALITY_DEADLINE_MS: deadline }, async (url, server) => {
      const ask = async () => {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query:
              'query HeavyCentrality { centrality(asOf: "2023-01-01", nodeTypes: [Organisation]) { degree betweenness node { key } } }',
          }),
        });
        return {
          status: response.status,
          body: (await response.json()) as Answer,
        };
      };
      const first = await whileMeasuring(url, server, ask);
      console.log(
        `centrality of ${orgs} organisations (${elements} elements, deadline ${deadline} ms): ${first.ms} ms, ` +
          `${first.status.status} ${codeOf(first.status.body)}; ${first.health.summary}; ${first.rss.summary}`,
      );
      // Off the event loop: no /healthz waited for the computation. Run in the request handler
      // (as before issue 15) betweenness held the loop for most of the answer's time, and so the
      // longest probe with it; a ratio, not a time, so a slow machine does not fail it.
      expect(first.health.probes).toBeGreaterThan(3);
      expect(first.health.max).toBeLessThan(first.ms / 2);
      if (timedOut(first.status.body)) {
        // A national graph (THT_EXPORT_ORGS=100000) cannot be scored within any deadline: what
        // counts is that the deadline ends it and the server answered meanwhile.
        expect(orgs, "the default size must finish").toBeGreaterThan(5_000);
        return;
      }
      expect(first.status.status, JSON.stringify(first.status.body.errors)).toBe(200);
      expect(first.status.body.data?.centrality.length).toBeGreaterThan(orgs / 2);
      // Asked again at the same revision: the kept answer, no read and no computation.
      const again = await whileMeasuring(url, server, ask);
      console.log(`the same centrality again: ${again.ms} ms`);
      expect(again.status.body.data?.centrality).toEqual(first.status.body.data?.centrality);
    });
  }, 900_000);
});

type Answer = { data?: { centrality: unknown[] }; errors?: { extensions?: { code?: string } }[] };
const codeOf = (body: Answer) => body.errors?.[0]?.extensions?.code ?? "";
const timedOut = (body: Answer) => codeOf(body) === "COMPUTATION_TIMEOUT";

/** `npm start`'s server on this file's Neo4j, with `env` added, for `work`. */
async function withServer(env: Record<string, string>, work: (url: string, server: ServerProcess) => Promise<void>) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startServerProcess({ NEO4J_URI: db.uri, PORT: String(port), LOG_LEVEL: "warn", ...env });
  try {
    await waitForStatus(`${url}/readyz`, 200);
    await work(url, server);
  } finally {
    await server.stop();
  }
}

/**
 * Runs `work` while probing `/healthz` (one request at a time, 100 ms apart) and reading the
 * server's resident memory every 100 ms; answers work's result with the figures.
 */
async function whileMeasuring<T>(url: string, server: ServerProcess, work: () => Promise<T>) {
  const pid = serverPid(server.child.pid as number);
  const rssBefore = residentMemoryMiB(pid);
  let rssPeak = rssBefore;
  const health: number[] = [];
  let running = true;
  const sampler = setInterval(() => {
    try {
      rssPeak = Math.max(rssPeak, residentMemoryMiB(pid));
    } catch {
      // The server has gone; the work's own failure says why.
    }
  }, 100);
  const probe = (async () => {
    while (running) {
      const sent = performance.now();
      const answer = await fetch(`${url}/healthz`);
      await answer.text();
      health.push(performance.now() - sent);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = Date.now();
  let status: T;
  try {
    status = await work();
  } finally {
    running = false;
    clearInterval(sampler);
  }
  const ms = Date.now() - started;
  await probe;
  const sorted = [...health].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  const max = sorted.at(-1) ?? 0;
  return {
    status,
    ms,
    health: {
      probes: health.length,
      max,
      summary: `/healthz ${health.length} probes, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${Math.round(max)} ms`,
    },
    rss: {
      summary: `server RSS before ${Math.round(rssBefore)} MiB, peak ${Math.round(rssPeak)} MiB (+${Math.round(rssPeak - rssBefore)})`,
    },
  };
}
