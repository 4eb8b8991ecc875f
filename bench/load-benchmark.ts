// B6: tht-graph's validated, all-or-nothing loader against Neo4j's own bulk path for the same rows:
// LOAD CSV … CALL { … } IN TRANSACTIONS (not atomic, no validation: the floor to beat).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { Driver } from "neo4j-driver";
import { readSeed } from "../seed/read-seed.js";
import type { SeedGraph } from "../seed/seed-graph.js";
import { writeSeed } from "../seed/write-seed.js";

export interface LoadResult {
  seconds: number;
  nodes: number;
  relationships: number;
  relationshipsPerSecond: number;
}

const clear =
  "MATCH (n) WHERE n:Entity OR n:Figure OR n:Source OR n:SeedState OR n:CsvFloor CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

/** Removes everything, in batches, outside the timed part. */
export async function clearGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(clear);
  } finally {
    await session.close();
  }
}

export async function loadWithSeedLoader(
  driver: Driver,
  dirs: { data: string; sources: string },
): Promise<LoadResult & { graph: SeedGraph; validateSeconds: number }> {
  const validating = Date.now();
  const graph = readSeed(dirs);
  const validateSeconds = (Date.now() - validating) / 1000;
  await clearGraph(driver);
  const started = Date.now();
  const result = await writeSeed(driver, graph, { database: "neo4j", reset: true, batchSize: 10_000 });
  const seconds = (Date.now() - started) / 1000;
  return {
    graph,
    validateSeconds,
    seconds,
    nodes: result.nodes,
    relationships: result.relationships,
    relationshipsPerSecond: result.relationships / seconds,
  };
}

/** The same node and relationship rows through LOAD CSV IN TRANSACTIONS, with an index on ids. */
export async function loadWithLoadCsv(driver: Driver, graph: SeedGraph, importDir: string): Promise<LoadResult> {
  writeFileSync(
    join(importDir, "nodes.csv"),
    stringify(
      graph.nodes.map((n) => ({
        id: n.id,
        name: n.name,
        kind: n.kind,
        validFrom: n.validFrom?.date ?? "",
        quote: n.citations[0]?.quote ?? "",
      })),
      { header: true },
    ),
  );
  writeFileSync(
    join(importDir, "relationships.csv"),
    stringify(
      graph.relationships.map((r) => ({
        id: r.id,
        type: r.type,
        from: r.from,
        to: r.to,
        validFrom: r.validFrom?.date ?? "",
        quote: r.citations[0]?.quote ?? "",
      })),
      { header: true },
    ),
  );
  await clearGraph(driver);
  await driver.executeQuery("CREATE CONSTRAINT csv_floor_id IF NOT EXISTS FOR (n:CsvFloor) REQUIRE n.id IS UNIQUE");
  const session = driver.session();
  const started = Date.now();
  try {
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
      CALL (row) { CREATE (:CsvFloor {id: row.id, name: row.name, kind: row.kind, validFrom: CASE row.validFrom WHEN '' THEN null ELSE date(row.validFrom) END, citationQuotes: [row.quote]}) }
      IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
      CALL (row) {
        MATCH (a:CsvFloor {id: row.from}) MATCH (b:CsvFloor {id: row.to})
        CREATE (a)-[:CSV_FLOOR {id: row.id, type: row.type, validFrom: CASE row.validFrom WHEN '' THEN null ELSE date(row.validFrom) END, citationQuotes: [row.quote]}]->(b)
      } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
  const seconds = (Date.now() - started) / 1000;
  await clearGraph(driver);
  return {
    seconds,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    relationshipsPerSecond: graph.relationships.length / seconds,
  };
}
