// BENCHMARKS.md: one row per benchmark with median, p95, the floor, the ratio and the target.
import type { ApiResults } from "./api-benchmarks.js";
import type { LoadResult } from "./load-benchmark.js";
import type { PageResult } from "./page-benchmark.js";
import type { StartResult } from "./start-benchmark.js";

export interface BenchReport {
  mode: "quick" | "full";
  orgs: number;
  counts: { nodes: number; relationships: number };
  machine: string;
  minutes: number;
  load: { ours: LoadResult & { validateSeconds: number }; floor: LoadResult };
  api: ApiResults;
  start: StartResult;
  page?: PageResult[];
}

const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;
const x = (n: number) => `${n.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");

export function renderReport(r: BenchReport): string {
  const rows: string[] = [];
  const { b1, b2, b3, b4, b5 } = r.api;
  const b1p50 = b1.graphql.median / b1.driver.median;
  const b1p95 = b1.graphql.p95 / b1.driver.p95;
  rows.push(
    `| B1 | organisation by id, GraphQL over HTTP | median ${ms(b1.graphql.median)}, p95 ${ms(b1.graphql.p95)} | raw driver, same Cypher: median ${ms(b1.driver.median)}, p95 ${ms(b1.driver.p95)} | p50 ${x(b1p50)}, p95 ${x(b1p95)} | p50 ≤ 1.3×, p95 ≤ 2× | ${verdict(b1p50 <= 1.3 && b1p95 <= 2)} |`,
  );
  for (const b of b2) {
    const ratio = b.generated / b.handWritten;
    rows.push(
      `| B2 | generated Cypher, ${b.query} neighbourhood | ${b.generated} db hits | hand-written: ${b.handWritten} db hits | ${x(ratio)} | ≤ 1.1× | ${verdict(ratio <= 1.1)} |`,
    );
  }
  for (const b of b3) {
    rows.push(
      `| B3 | translation of \`${b.query}\` | median ${ms(b.stats.median)}, p95 ${ms(b.stats.p95)} | maintainers' budget: 1 ms fails, 0.5 ms good | ${x(b.stats.median / 0.5)} of 0.5 ms | ≤ 0.3 ms | ${verdict(b.stats.median <= 0.3)} |`,
    );
  }
  const b4ratio = b4.server.requestsPerSecond / b4.floor.requestsPerSecond;
  rows.push(
    `| B4 | \`{ __typename }\` through the full server | ${b4.server.requestsPerSecond.toFixed(0)} req/s (p50 ${b4.server.p50} ms, p99 ${b4.server.p99} ms) | bare graphql-js on node:http: ${b4.floor.requestsPerSecond.toFixed(0)} req/s | ${x(b4ratio)} | ≥ 0.9× | ${verdict(b4ratio >= 0.9)} |`,
  );
  for (const b of b5) {
    const ratio = b.server.requestsPerSecond / b.floor.requestsPerSecond;
    rows.push(
      `| B5 | \`${b.query}\` at ${r.orgs.toLocaleString("en-GB")} organisations | ${b.server.requestsPerSecond.toFixed(1)} req/s (p50 ${b.server.p50} ms, p99 ${b.server.p99} ms, ${b.server.errors + b.server.non2xx} errors) | same Cypher from a bare node:http handler: ${b.floor.requestsPerSecond.toFixed(1)} req/s | ${x(ratio)} | ≥ 0.7× | ${verdict(ratio >= 0.7)} |`,
    );
  }
  const { ours, floor } = r.load;
  const b6ratio = ours.relationshipsPerSecond / floor.relationshipsPerSecond;
  rows.push(
    `| B6 | load ${ours.nodes.toLocaleString("en-GB")} nodes + ${ours.relationships.toLocaleString("en-GB")} relationships (staged in batches, swapped in one transaction; after ${ours.validateSeconds.toFixed(1)} s of validation) | ${ours.seconds.toFixed(1)} s, ${ours.relationshipsPerSecond.toFixed(0)} rel/s | LOAD CSV … IN TRANSACTIONS: ${floor.seconds.toFixed(1)} s, ${floor.relationshipsPerSecond.toFixed(0)} rel/s | ${x(b6ratio)} | ≥ 1.0× and ≥ 50,000 rel/s | ${verdict(b6ratio >= 1 && ours.relationshipsPerSecond >= 50_000)} |`,
  );
  for (const p of r.page ?? []) {
    rows.push(
      `| B7 | page, ${p.elements} elements | first drawing ${ms(p.firstDrawMs)}, ${p.fps.toFixed(0)} fps | minimal style, preset positions: ${ms(p.floorFirstDrawMs)}, ${p.floorFps.toFixed(0)} fps | ${x(p.fps / p.floorFps)} fps | ≤ 1 s at 100, ≤ 3 s at 5k; ≥ 0.7× fps | ${verdict(p.firstDrawMs <= (p.elements <= 100 ? 1000 : 3000) && p.fps / p.floorFps >= 0.7)} |`,
    );
  }
  const s = r.start;
  rows.push(
    `| B8 | \`npm start\` to /readyz 200 on the ${r.orgs.toLocaleString("en-GB")}-organisation store | ${s.secondsToReady.toFixed(1)} s; peak RSS server ${s.serverPeakRssMb.toFixed(0)} MB, Neo4j ${s.neo4jPeakRssMb.toFixed(0)} MB | — | — | ≤ 20 s; server ≤ 300 MB | ${verdict(s.secondsToReady <= 20 && s.serverPeakRssMb <= 300)} |`,
  );

  return `# Benchmarks

Written by \`npm run bench${r.mode === "quick" ? " -- --quick" : ""}\`. Every figure is a ratio against a floor measured in the
same run on the same machine, because absolute times on shared 2-core machines drift. Do not edit by
hand; run the benchmark again.

- Graph: synthetic national graph (\`npm run seed:synthetic\`), ${r.orgs.toLocaleString("en-GB")} organisations, ${r.counts.nodes.toLocaleString("en-GB")} nodes, ${r.counts.relationships.toLocaleString("en-GB")} relationships.
- Machine: ${r.machine}.
- Run took ${r.minutes.toFixed(1)} minutes.

| # | what | tht-graph | floor | ratio | target | |
|---|---|---|---|---|---|---|
${rows.join("\n")}
`;
}
