// Writes a validated seed graph, all or nothing, with UNWIND batches and parameters only.
//  - merge (npm run seed, npm start on an empty database): ONE transaction that MERGEs on ids, so
//    re-running it leaves the same nodes and relationships;
//  - reset (npm run seed -- --reset, synthetic loads): the new graph is written under staging
//    labels in batched transactions (bounded memory, bulk speed), then ONE swap transaction deletes
//    the old graph and relabels the new one. Until the swap commits, queries see the old graph;
//    a crash before it leaves staged nodes that the next load removes first.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { type RelationshipType, relationshipTypes } from "./records.js";
import { type NodeLabel, nodeLabels, type SeedGraph } from "./seed-graph.js";
import { figureRow, nodeRow, relationshipRow, seedChecksum, seedChecksumInSlices, sourceRow } from "./seed-rows.js";

export { seedChecksum, seedRows } from "./seed-rows.js";

/** Schema the graph relies on; each statement is idempotent. */
export const schemaStatements = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE",
  // @neo4j/graphql matches on the type's own label, so each label gets its own id index.
  ...nodeLabels.map((label) => `CREATE INDEX ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
  "CREATE INDEX staged_label IF NOT EXISTS FOR (n:Staged) ON (n.stagedLabel)",
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${nodeLabels.join("|")}) ON EACH [n.name, n.searchNames]`,
  "CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name, n.searchNames]",
];

/*
 * One statement per label and relationship type, spelled out: Neo4j plans these with its
 * indexes, where `SET n:$(row.label)` is much slower. Labels and types come from the fixed lists in
 * seed-graph.ts and records.ts, never from input. Relationships find their ends by element id,
 * returned by the node statements: no index lookups of nodes written in the same load.
 */
const mergeNodes = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id}) SET n:${label}
SET n = row.props
RETURN row.id AS id, elementId(n) AS elementId`;

const stageNodes = (label: NodeLabel) => `
UNWIND $rows AS row
CREATE (n:Staged)
SET n = row.props, n.stagedLabel = '${label}'
RETURN row.id AS id, elementId(n) AS elementId`;

const writeRelationships = (type: RelationshipType, create: boolean) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
${create ? `CREATE (a)-[r:${type}]->(b)` : `MERGE (a)-[r:${type} {id: row.props.id}]->(b)`}
SET r = row.props`;

const writeSources = (label: "Source" | "StagedSource") => `
UNWIND $rows AS row
MERGE (s:${label} {id: row.id})
SET s = row.props`;

const writeFigures = (label: "Figure" | "StagedFigure") => `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.s
MERGE (f:${label} {id: row.props.id})
SET f = row.props
MERGE (s)-[h:HAS_FIGURE]->(f)
SET h.citationQuotes = row.props.citationQuotes, h.citationSources = row.props.citationSources`;

const writeSeedState = `
MERGE (m:SeedState {id: 'seed'})
SET m.loadedAt = datetime(), m.checksum = $checksum, m.nodes = $nodes, m.relationships = $relationships`;

/** Only tht-graph's own labels are ever removed, never the rest of a shared database. */
const deleteGraph = "MATCH (n) WHERE n:Entity OR n:Figure OR n:Source OR n:SeedState DETACH DELETE n";
const deleteLeftovers =
  "MATCH (n) WHERE n:Staged OR n:StagedFigure OR n:StagedSource CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS";
const promoteNodes = (label: NodeLabel) =>
  `MATCH (n:Staged) WHERE n.stagedLabel = '${label}' REMOVE n:Staged REMOVE n.stagedLabel SET n:Entity:${label}`;
const promoteFigures = "MATCH (f:StagedFigure) REMOVE f:StagedFigure SET f:Figure";
const promoteSources = "MATCH (s:StagedSource) REMOVE s:StagedSource SET s:Source";

/**
 * Rows per staging transaction for big loads: with two in flight, 5,000 loaded 45,000
 * relationships 5-10% faster than 10,000 or 2,500 (measured on 2 cores), in bounded memory.
 */
export const bulkBatchSize = 5_000;

export interface WriteOptions {
  database: string;
  /** Replace the whole tht-graph graph instead of merging into it. */
  reset: boolean;
  /** Rows per UNWIND statement (and, for a reset, per staging transaction). */
  batchSize?: number;
  /**
   * For a reset, staging transactions in flight at once (a merge is one transaction, so one).
   * Two measured 25% faster than one on 2 cores, with no lock waits between batches.
   */
  parallel?: number;
  onProgress?: (done: number, total: number) => void;
  /** Timeout of the single (merge or swap) transaction; the default suits 100,000 organisations. */
  timeoutMs?: number;
}

export interface WriteResult {
  checksum: string;
  nodes: number;
  relationships: number;
  figures: number;
  /**
   * Where the time went, in ms: writing (rows are built a batch at a time meanwhile), waiting for
   * the checksum after the writes (it is computed while Neo4j writes), and the swap.
   */
  timings: { write: number; checksum: number; swap: number };
}

type Run = (query: string, rows: unknown[]) => Promise<{ get(key: string): unknown }[]>;

/** Records to write with one statement; each batch's rows are built from them only when it is sent. */
type Job = {
  query: string;
  items: unknown[];
  toRow: (item: never) => unknown;
  onRecord?: (record: { get(key: string): unknown }) => void;
};

/**
 * Writes the jobs' records in batches of `size`, `parallel` batches at a time. Neo4j builds each
 * transaction on one thread, so two in flight use both cores of a small machine, and Node builds
 * the next batch's rows while Neo4j writes. Batches are independent within a phase (no two create
 * the same node or read each other's writes).
 */
async function runPhase(jobs: Job[], size: number, parallel: number, run: Run, step: (n: number) => void) {
  const batches = jobs.flatMap((job) =>
    Array.from({ length: Math.ceil(job.items.length / size) }, (_, i) => ({ job, from: i * size })),
  );
  let next = 0;
  const worker = async () => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const { job, from } = batch;
      const rows = job.items.slice(from, from + size).map((item) => job.toRow(item as never));
      const records = await run(job.query, rows);
      if (job.onRecord) for (const record of records) job.onRecord(record);
      step(rows.length);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Sources, then nodes, then relationships and figures (which need the nodes' element ids). */
async function writeRows(
  graph: SeedGraph,
  staged: boolean,
  batching: { size: number; parallel: number },
  run: Run,
  step: (n: number) => void,
) {
  const phase = (jobs: Job[]) => runPhase(jobs, batching.size, batching.parallel, run, step);
  await phase([{ query: writeSources(staged ? "StagedSource" : "Source"), items: graph.sources, toRow: sourceRow }]);
  const elementIds = new Map<string, unknown>();
  const remember = (record: { get(key: string): unknown }) =>
    elementIds.set(record.get("id") as string, record.get("elementId"));
  await phase(
    nodeLabels.map((label) => ({
      query: staged ? stageNodes(label) : mergeNodes(label),
      items: graph.nodes.filter((n) => n.label === label),
      toRow: (n: SeedGraph["nodes"][number]) => {
        const { id, props } = nodeRow(n);
        return { id, props };
      },
      onRecord: remember,
    })),
  );
  const sourcesById = new Map(graph.sources.map((s) => [s.id, s]));
  await phase([
    ...relationshipTypes.map((type) => ({
      query: writeRelationships(type, staged),
      items: graph.relationships.filter((r) => r.type === type),
      toRow: (r: SeedGraph["relationships"][number]) => ({
        a: elementIds.get(r.from),
        b: elementIds.get(r.to),
        props: relationshipRow(r).props,
      }),
    })),
    {
      query: writeFigures(staged ? "StagedFigure" : "Figure"),
      items: graph.figures,
      toRow: (f: SeedGraph["figures"][number]) => ({
        s: elementIds.get(f.subject),
        props: figureRow(f, sourcesById).props,
      }),
    },
  ]);
}

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}

export async function writeSeed(driver: Driver, graph: SeedGraph, options: WriteOptions): Promise<WriteResult> {
  const timings = { write: 0, checksum: 0, swap: 0 };
  const counts = { nodes: graph.nodes.length, relationships: graph.relationships.length };
  const result = { checksum: "", ...counts, figures: graph.figures.length, timings };
  const size = options.batchSize ?? 1000;
  const total = graph.sources.length + graph.nodes.length + graph.relationships.length + graph.figures.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  const timeout = options.timeoutMs ?? 15 * 60_000;
  await ensureSchema(driver, options.database);
  const writing = Date.now();
  const session = driver.session({ database: options.database });
  try {
    if (!options.reset) {
      result.checksum = seedChecksum(graph);
      const state = { checksum: result.checksum, ...counts };
      await session.executeWrite(
        async (tx) => {
          await writeRows(
            graph,
            false,
            { size, parallel: 1 },
            async (query, batch) => (await tx.run(query, { rows: batch })).records,
            step,
          );
          await tx.run(writeSeedState, state);
        },
        { timeout },
      );
      timings.write = Date.now() - writing;
      return result;
    }
    await session.run(deleteLeftovers);
    const checksumming = seedChecksumInSlices(graph);
    try {
      await writeRows(
        graph,
        true,
        { size, parallel: options.parallel ?? 2 },
        async (query, batch) => {
          const own = driver.session({ database: options.database });
          try {
            return await own.executeWrite(async (tx) => (await tx.run(query, { rows: batch })).records);
          } finally {
            await own.close();
          }
        },
        step,
      );
    } catch (error) {
      // The live graph was never touched; remove what was staged (a crash leaves it for next time).
      await session.run(deleteLeftovers).catch(() => {});
      throw error;
    }
    timings.write = Date.now() - writing;
    const waiting = Date.now();
    result.checksum = await checksumming;
    timings.checksum = Date.now() - waiting;
    const state = { checksum: result.checksum, ...counts };
    const swapping = Date.now();
    await session.executeWrite(
      async (tx: ManagedTransaction) => {
        await tx.run(deleteGraph);
        for (const label of nodeLabels) await tx.run(promoteNodes(label));
        await tx.run(promoteFigures);
        await tx.run(promoteSources);
        await tx.run(writeSeedState, state);
      },
      { timeout },
    );
    timings.swap = Date.now() - swapping;
    return result;
  } finally {
    await session.close();
  }
}

/** Whether a seed has been loaded: the marker written in the same transaction as the graph. */
export async function seedLoaded(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (m:SeedState {id: 'seed'}) RETURN count(m) > 0 AS loaded",
    {},
    { database },
  );
  return records[0]?.get("loaded") === true;
}
