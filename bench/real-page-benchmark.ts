// B7 through the real page and the real server (`npm start`'s program, server/main.ts, with its own
// local Neo4j): the seed graph's first drawing on the first visit right after the server started
// (cold) and on a second visit (warm), and a depth-2 neighbourhood on a synthetic graph of `orgs`
// organisations, from the reader's action (Depth: 2 steps) to the complete drawing. Each against a
// floor measured in the same run: the same network's GraphQL answer fetched from Node plus its
// drawing by the minimal bench page (bench/page/draw-bench.ts: minimal style, preset positions).
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { loadConfig } from "../core/config.js";
import { startLocalNeo4j } from "../core/neo4j/start-local-neo4j.js";
import { buildViz } from "../scripts/build-viz.js";
import { readSeed } from "../seed/read-seed.js";
import { writeSyntheticSeed } from "../seed/synthetic/write-synthetic-seed.js";
import { writeSeed } from "../seed/write/write-seed.js";
import { launchChromium } from "../test/support/chromium.js";
import { freePort } from "../test/support/free-port.js";
import { type ServerProcess, startServerProcess, waitForStatus } from "../test/support/server-process.js";
import { NetworkDocument, NetworkScopedDocument } from "../viz/src/data/generated/graphql.js";
import type { Network } from "../viz/src/types.js";
import { stats } from "./harness.js";
import { floorDrawing } from "./page-benchmark.js";

/** A floor: the network's answer fetched by a bare client, and drawn by the minimal page. */
export interface Floor {
  fetchMs: number;
  drawMs: number;
}

export interface RealPageResult {
  /** The machine's load average (1 minute) when these rows started and ended: others' work slows them. */
  load: [number, number];
  seed: {
    nodes: number;
    edges: number;
    /** The first visit after the server started: navigation start to the first complete drawing. */
    coldMs: number;
    /** Later visits in the same browser (its cache and stored layouts), median of `warmRuns`. */
    warmMs: number;
    /** Navigation start to the network's answer in the page, on those visits. */
    coldAnswerMs: number;
    warmAnswerMs: number;
    warmRuns: number;
    floorCold: Floor;
    floorWarm: Floor;
  };
  depth2: {
    orgs: number;
    focus: string;
    nodes: number;
    edges: number;
    /** Medians of `runs`, from choosing "2 steps" (DepthTwo). */
    answerMs: number;
    firstMs: number;
    drawnMs: number;
    readyMs: number;
    runs: number;
    floor: Floor;
  };
}

/** What the page asks for (viz/src/data/operations.graphql): the whole network, or a neighbourhood. */
const wholeNetwork = { query: NetworkDocument.toString(), variables: { asOf: null } };
const neighbourhood = (focus: string, depth: number) => ({
  query: NetworkScopedDocument.toString(),
  variables: { asOf: null, focus, depth },
});

interface Server {
  url: string;
  process: ServerProcess;
}

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const process = startServerProcess({
    NODE_ENV: "production",
    PORT: String(port),
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA: dataDir,
    NEO4J_HEAP: "1g",
    NEO4J_PAGECACHE: "512m",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForStatus(`${url}/readyz`, 200, 180_000);
  return { url, process };
}

async function timedFetch(
  url: string,
  asked: { query: string; variables: object },
): Promise<{ ms: number; network: Network }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(asked),
  });
  const body = (await response.json()) as { data?: { network?: Network }; errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (!body.data?.network) throw new Error(`the floor's fetch failed: ${body.errors?.[0]?.message ?? response.status}`);
  return { ms, network: body.data.network };
}

/** Navigation start to the page's own mark of its first complete drawing. */
async function visit(page: Page, url: string): Promise<{ drawnMs: number; answerMs: number }> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === "ready", undefined, { timeout: 120_000 });
  return page.evaluate(() => ({
    drawnMs: performance.getEntriesByName("tht-first-drawing")[0]?.startTime ?? Number.NaN,
    answerMs:
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) =>
        /\/graphql(\?|$)/.test(e.name),
      )?.responseEnd ?? Number.NaN,
  }));
}

async function seedRows(browser: Browser, say: (m: string) => void, warmRuns: number) {
  const dataDir = mkdtempSync(join(tmpdir(), "tht-graph-bench-seed-"));
  try {
    // An empty store: npm start loads the seed; then it starts again on the loaded store.
    say("B7 page: npm start seeds an empty store");
    await (await startServer(dataDir)).process.stop();
    say("B7 page: seed graph, first visit after npm start");
    let server = await startServer(dataDir);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const first = await visit(page, `${server.url}/`);
    const warm: { drawnMs: number; answerMs: number }[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await visit(await context.newPage(), `${server.url}/`));
    await context.close();
    await server.process.stop();
    // The floor's cold fetch is the first after a start too.
    server = await startServer(dataDir);
    const cold = await timedFetch(server.url, wholeNetwork);
    const warmFetches: number[] = [];
    for (let i = 0; i < warmRuns; i++) warmFetches.push((await timedFetch(server.url, wholeNetwork)).ms);
    await server.process.stop();
    const draw = await floorDrawing(cold.network);
    return {
      nodes: cold.network.nodes.length,
      edges: cold.network.edges.length,
      coldMs: first.drawnMs,
      warmMs: stats(warm.map((w) => w.drawnMs)).median,
      coldAnswerMs: first.answerMs,
      warmAnswerMs: stats(warm.map((w) => w.answerMs)).median,
      warmRuns,
      floorCold: { fetchMs: cold.ms, drawMs: draw },
      floorWarm: { fetchMs: stats(warmFetches).median, drawMs: draw },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The organisation whose depth-2 neighbourhood is nearest `wanted` nodes (among the first 400 by id). */
async function loadSynthetic(dataDir: string, orgs: number, wanted: number): Promise<string> {
  const seedDir = mkdtempSync(join(tmpdir(), "tht-graph-bench-synthetic-"));
  const local = await startLocalNeo4j(
    { ...loadConfig({}).localNeo4j, port: await freePort(), dataDir, auth: false, heap: "1g", pageCache: "512m" },
    { log: () => {} },
  );
  const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
  try {
    await writeSeed(driver, readSeed(writeSyntheticSeed(seedDir, orgs, 1).dirs), { database: "neo4j", reset: true });
    const { records } = await driver.executeQuery(
      `MATCH (o:Organisation) WITH o ORDER BY o.id LIMIT 400
       CALL (o) { MATCH (o)-[*1..2]-(n) RETURN count(DISTINCT n) AS reach }
       RETURN o.id AS id ORDER BY abs(reach - $wanted), o.id LIMIT 1`,
      { wanted },
    );
    return records[0]?.get("id") as string;
  } finally {
    await driver.close();
    await local.stop();
    rmSync(seedDir, { recursive: true, force: true });
  }
}

interface DepthTwo {
  /** The neighbourhood's answer in. */
  answerMs: number;
  /** The first drawing on screen: the focus and its first ring (the page's "tht-drawing-started" mark). */
  firstMs: number;
  /** Every element drawn and painted (the page's "tht-drawing-complete" mark). */
  drawnMs: number;
  /** The page ready again (data-state="ready"): the list of every node and relationship and the details too. */
  readyMs: number;
  nodes: number;
  edges: number;
}

/** In the page: chooses "2 steps" and resolves once the page is ready again, with the times from that action. */
function chooseDepthTwo(page: Page): Promise<DepthTwo> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        performance.clearMarks("tht-drawing-started");
        performance.clearMarks("tht-drawing-complete");
        const select = document.getElementById("depth-select") as HTMLSelectElement;
        const frames: { at: number; elements: number }[] = [];
        let recording = true;
        // Inline, not named: tsx's keepNames would wrap a named function in a helper the page lacks.
        window.cy.on("render", () => {
          if (recording) frames.push({ at: performance.now(), elements: window.cy.elements().length });
        });
        let left = false;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const state = document.body.dataset.state;
          if (state !== "ready") left = true;
          else if (left) {
            const readyMs = performance.now() - started;
            observer.disconnect();
            recording = false;
            const elements = window.cy.elements().length;
            const first = performance.getEntriesByName("tht-drawing-started").at(-1)?.startTime ?? Number.NaN;
            const answer = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find(
              (e) => /\/graphql(\?|$)/.test(e.name) && e.startTime >= started,
            );
            resolve({
              answerMs: (answer?.responseEnd ?? Number.NaN) - started,
              firstMs: first - started,
              // The page's mark once the last batch is painted; else the first frame with every element.
              drawnMs:
                (performance.getEntriesByName("tht-drawing-complete").at(-1)?.startTime ??
                  frames.find((f) => f.elements === elements)?.at ??
                  Number.NaN) - started,
              readyMs,
              nodes: window.cy.nodes().length,
              edges: window.cy.edges().length,
            });
          }
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
        select.value = "2";
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }),
  );
}

async function depthTwoRow(browser: Browser, say: (m: string) => void, orgs: number, runs: number) {
  const dataDir = mkdtempSync(join(tmpdir(), "tht-graph-bench-synthetic-store-"));
  try {
    say(`B7 page: loading ${orgs.toLocaleString("en-GB")} synthetic organisations`);
    const focus = await loadSynthetic(dataDir, orgs, 800);
    const server = await startServer(dataDir);
    try {
      say(`B7 page: depth-2 neighbourhood of ${focus}`);
      const samples: DepthTwo[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh context each run: nothing stored from the run before (layouts, answers).
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await visit(page, `${server.url}/?focus=${focus}&depth=1`);
        samples.push(await chooseDepthTwo(page));
        await context.close();
      }
      const fetches: number[] = [];
      let network: Network | undefined;
      for (let i = 0; i < runs; i++) {
        const fetched = await timedFetch(server.url, neighbourhood(focus, 2));
        fetches.push(fetched.ms);
        network = fetched.network;
      }
      const drawMs = await floorDrawing(network as Network);
      const last = samples.at(-1);
      return {
        orgs,
        focus,
        nodes: last?.nodes ?? 0,
        edges: last?.edges ?? 0,
        answerMs: stats(samples.map((s) => s.answerMs)).median,
        firstMs: stats(samples.map((s) => s.firstMs)).median,
        drawnMs: stats(samples.map((s) => s.drawnMs)).median,
        readyMs: stats(samples.map((s) => s.readyMs)).median,
        runs,
        floor: { fetchMs: stats(fetches).median, drawMs },
      };
    } finally {
      await server.process.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runRealPageBenchmark(
  say: (message: string) => void,
  { orgs = 2000, warmRuns = 5, runs = 3 } = {},
): Promise<RealPageResult> {
  await buildViz({ ifStale: true });
  const browser = await launchChromium();
  const started = loadavg()[0] ?? Number.NaN;
  try {
    const seed = await seedRows(browser, say, warmRuns);
    const depth2 = await depthTwoRow(browser, say, orgs, runs);
    return { load: [started, loadavg()[0] ?? Number.NaN], seed, depth2 };
  } finally {
    await browser.close();
  }
}
