// `npm run bench [-- --quick]`: every benchmark against a floor measured in the same run, on a
// dedicated local Neo4j with a synthetic national graph (10,000 organisations with --quick,
// 100,000 without). Writes BENCHMARKS.md.
// `npm run bench -- --only B7` runs only the page's rows (B7-draw: the drawing benchmark; B7-page:
// the real page through the real server) and prints them, leaving BENCHMARKS.md as it is; `--only
// API` the API's (B1-B5, B9) on the graph loaded once, without B6's timed loads; both with
// `--only API,B7`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { loadConfig } from "../core/config.js";
import { startLocalNeo4j } from "../core/neo4j/start-local-neo4j.js";
import { writeSyntheticSeed } from "../seed/synthetic/write-synthetic-seed.js";
import { readPageDocuments } from "../server/cache/page-documents.js";
import { today } from "../server/graph/time-of.js";
import { freePort } from "../test/support/free-port.js";
import { runApiBenchmarks } from "./api-benchmarks.js";
import { loadWithSeedLoader, runLoadBenchmark } from "./load-benchmark.js";
import { runPageBenchmark } from "./page-benchmark.js";
import { runRealPageBenchmark } from "./real-page-benchmark.js";
import { apiRows, type BenchReport, mixRow, pageRows, renderReport, tableOf } from "./render-report.js";
import { runStartBenchmark } from "./start-benchmark.js";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, orgs: { type: "string" }, only: { type: "string" } },
});
const orgs = Number(values.orgs ?? (values.quick ? 10_000 : 100_000));
const loadSeconds = values.quick ? 5 : 10;

function say(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** `--only`'s page rows, printed after the API's when API is asked too. */
let onlyPageRows: string[] | undefined;
const apiOnly = values.only?.split(",").some((name) => name.trim() === "API") ?? false;
if (values.only !== undefined) {
  const known = ["API", "B7", "B7-draw", "B7-page"];
  const asked = values.only.split(",").map((name) => name.trim());
  const unknown = asked.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: --only takes ${known.join(", ")}; not ${unknown.join(", ")}\n`);
    process.exit(2);
  }
  const wants = (name: string) => asked.includes("B7") || asked.includes(name);
  const startedOnly = Date.now();
  if (wants("B7-draw")) say("B7: page drawing in headless Chromium");
  const page = wants("B7-draw") ? await runPageBenchmark() : undefined;
  const realPage = wants("B7-page") ? await runRealPageBenchmark(say) : undefined;
  onlyPageRows = pageRows({ page, realPage });
  if (!apiOnly) {
    process.stdout.write(`${tableOf(onlyPageRows)}\n`);
    say(`took ${((Date.now() - startedOnly) / 60_000).toFixed(1)} min`);
    process.exit(0);
  }
}

const work = mkdtempSync(join(tmpdir(), "tht-graph-bench-"));
const dataDir = join(work, "neo4j");
const importDir = join(work, "import");
mkdirSync(importDir);
const config = loadConfig({});
const startedAt = Date.now();
let local = await startLocalNeo4j(
  { ...config.localNeo4j, port: await freePort(), dataDir, heap: "2g", pageCache: "1g", auth: false, importDir },
  { log: () => {} },
);
const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""), { disableLosslessIntegers: true });
try {
  say(`generating ${orgs} organisations`);
  const { dirs } = writeSyntheticSeed(join(work, "seed"), orgs, 1);
  if (apiOnly) say("loading the graph");
  const load = apiOnly
    ? await loadWithSeedLoader(driver, dirs).then(() => undefined)
    : await runLoadBenchmark(driver, dirs, importDir, local.pid, say);
  const { records } = await driver.executeQuery(
    "MATCH (o:Organisation) WITH o, COUNT { (o)--() } AS degree ORDER BY degree DESC, o.id LIMIT 200 RETURN collect(o.id) AS ids",
  );
  const ids = records[0]?.get("ids") as string[];
  // B5's focus: the organisation whose depth-2 neighbourhood is nearest 300 nodes (a view the page
  // draws in full; a hub's is most of the graph, which the API refuses as NETWORK_TOO_LARGE). The
  // rest, nearest 300 first, are what B8 fills the server's response cache with.
  const { records: near } = await driver.executeQuery(
    `MATCH (o:Organisation) WITH o, COUNT { (o)--() } AS degree WHERE degree >= 3 AND degree <= 40
     WITH o ORDER BY o.id LIMIT 400
     CALL (o) { MATCH (o)-[*1..2]-(n) RETURN count(DISTINCT n) AS reach }
     RETURN o.id AS id, o.name AS name, reach ORDER BY abs(reach - 300), o.id`,
  );
  const b5focus = {
    focus: near[0]?.get("id") as string,
    other: near[1]?.get("id") as string,
    reach: near[0]?.get("reach") as number,
  };
  say("B1-B5, B9: API");
  const api = await runApiBenchmarks(driver, local.uri, ids, loadSeconds, b5focus);
  await driver.close();
  await local.stop();
  // `--only API`: its rows printed, with the page's if asked; no B6, so no report.
  if (!load) {
    process.stdout.write(`${tableOf([...apiRows({ api, orgs }), mixRow(api.b9), ...(onlyPageRows ?? [])])}\n`);
    say(`took ${((Date.now() - startedAt) / 60_000).toFixed(1)} min`);
  } else {
    say("B7: page drawing in headless Chromium");
    const page = await runPageBenchmark();
    say("B7: the real page through the real server");
    const realPage = await runRealPageBenchmark(say);
    say("B8: npm start on the loaded store, then its response cache filled");
    // The page's own questions about each organisation, as a visitor asks them, each kept apart.
    const documents = readPageDocuments();
    const asPage = (operation: string, variables: Record<string, unknown>) =>
      JSON.stringify({ query: documents.byName(operation)?.text, variables });
    const fill = near.flatMap((record) => {
      const id = record.get("id") as string;
      return [
        asPage("NetworkScoped", { asOf: today(), focus: id, depth: 2 }),
        asPage("NetworkScoped", { asOf: today(), focus: id, depth: 1 }),
        asPage("Timeline", { id }),
        asPage("Search", { text: record.get("name") as string }),
      ];
    });
    const start = await runStartBenchmark(
      dataDir,
      [JSON.stringify({ query: `{ network(focus: "${b5focus.focus}", depth: 2) { nodes { id: key } } }` })],
      fill,
    );
    const report: BenchReport = {
      mode: values.quick ? "quick" : "full",
      orgs,
      counts: { nodes: load.ours.nodes, relationships: load.ours.relationships },
      machine: `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Neo4j 5.26.19 (local, heap 2g, page cache 1g)`,
      minutes: (Date.now() - startedAt) / 60_000,
      load,
      b5focus,
      api,
      start,
      page,
      realPage,
    };
    writeFileSync(join(import.meta.dirname, "..", "BENCHMARKS.md"), renderReport(report));
    say(`wrote BENCHMARKS.md in ${report.minutes.toFixed(1)} min`);
  }
} finally {
  await driver.close().catch(() => {});
  await local.stop();
  local = undefined as never;
  rmSync(work, { recursive: true, force: true });
}
