// `npm run bench [-- --quick]`: every benchmark against a floor measured in the same run, on a
// dedicated local Neo4j with a synthetic national graph (10,000 organisations with --quick,
// 100,000 without). Writes BENCHMARKS.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { writeSyntheticSeed } from "../seed/synthetic/write-synthetic-seed.js";
import { loadConfig } from "../server/config.js";
import { startLocalNeo4j } from "../server/neo4j/start-local-neo4j.js";
import { freePort } from "../test/support/free-port.js";
import { runApiBenchmarks } from "./api-benchmarks.js";
import { loadWithLoadCsv, loadWithSeedLoader } from "./load-benchmark.js";
import { runPageBenchmark } from "./page-benchmark.js";
import { type BenchReport, renderReport } from "./render-report.js";
import { runStartBenchmark } from "./start-benchmark.js";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, orgs: { type: "string" } } });
const orgs = Number(values.orgs ?? (values.quick ? 10_000 : 100_000));
const loadSeconds = values.quick ? 5 : 10;

function say(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
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
  const { dirs, counts } = writeSyntheticSeed(join(work, "seed"), orgs, 1);
  say(`B6: LOAD CSV floor (${counts.relationships} relationships)`);
  const { readSeed } = await import("../seed/read-seed.js");
  const floor = await loadWithLoadCsv(driver, readSeed(dirs), importDir);
  say(`B6: seed loader`);
  const ours = await loadWithSeedLoader(driver, dirs);
  const { records } = await driver.executeQuery(
    "MATCH (o:Organisation) WITH o, COUNT { (o)--() } AS degree ORDER BY degree DESC, o.id LIMIT 200 RETURN collect(o.id) AS ids",
  );
  const ids = records[0]?.get("ids") as string[];
  say("B1-B5: API");
  const api = await runApiBenchmarks(driver, local.uri, ids, loadSeconds);
  await driver.close();
  await local.stop();
  say("B7: page drawing in headless Chromium");
  const page = await runPageBenchmark();
  say("B8: npm start on the loaded store");
  const start = await runStartBenchmark(dataDir, [
    JSON.stringify({ query: `{ network(focus: "${ids[0]}", depth: 2) { nodes { id } } }` }),
  ]);
  const report: BenchReport = {
    mode: values.quick ? "quick" : "full",
    orgs,
    counts: { nodes: ours.nodes, relationships: ours.relationships },
    machine: `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Neo4j 5.26.19 (local, heap 2g, page cache 1g)`,
    minutes: (Date.now() - startedAt) / 60_000,
    load: { ours, floor },
    api,
    start,
    page,
  };
  writeFileSync(join(import.meta.dirname, "..", "BENCHMARKS.md"), renderReport(report));
  say(`wrote BENCHMARKS.md in ${report.minutes.toFixed(1)} min`);
} finally {
  await driver.close().catch(() => {});
  await local.stop();
  local = undefined as never;
  rmSync(work, { recursive: true, force: true });
}
