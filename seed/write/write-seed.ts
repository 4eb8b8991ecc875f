// The write stage: a checked seed graph stored all or nothing, planned into rows a batch at a time.
//  - merge (npm run seed, npm start on an empty database): ONE transaction that MERGEs on ids, so
//    re-running it leaves the same nodes and relationships;
//  - reset (npm run seed -- --reset, synthetic loads): the new graph is written under staging
//    labels in batched transactions (bounded memory, bulk speed), then ONE swap transaction deletes
//    the old graph and relabels the new one. Until the swap commits, queries see the old graph;
//    a crash before it leaves staged nodes that the next load removes first.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { migrationIds } from "../../core/neo4j/graph-migrations.js";
import { ensureGraphSchema } from "../../core/neo4j/graph-schema.js";
import { nodeLabels } from "../../core/vocabulary.js";
import { seedChecksum, seedChecksumInSlices } from "../plan/seed-checksum.js";
import type { SeedGraph } from "../seed-graph.js";
import {
  deleteGraph,
  deleteLeftovers,
  promoteFigures,
  promoteNodes,
  promoteSources,
  writeSeedState,
} from "./write-cypher.js";
import { writeRows } from "./write-rows.js";

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
  /**
   * Runs last in the merge (or swap) transaction, so it commits with the graph or not at all: the
   * load's deletions of records gone from the files, and its revision (seed/live/load-seed.ts).
   */
  inTransaction?: (tx: ManagedTransaction) => Promise<void>;
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
  await ensureGraphSchema(driver, options.database);
  const writing = Date.now();
  const session = driver.session({ database: options.database });
  try {
    if (!options.reset) {
      result.checksum = seedChecksum(graph);
      const state = { checksum: result.checksum, ...counts, migrations: migrationIds };
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
          await options.inTransaction?.(tx);
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
    const state = { checksum: result.checksum, ...counts, migrations: migrationIds };
    const swapping = Date.now();
    await session.executeWrite(
      async (tx: ManagedTransaction) => {
        await tx.run(deleteGraph);
        for (const label of nodeLabels) await tx.run(promoteNodes(label));
        await tx.run(promoteFigures);
        await tx.run(promoteSources);
        await tx.run(writeSeedState, state);
        await options.inTransaction?.(tx);
      },
      { timeout },
    );
    timings.swap = Date.now() - swapping;
    return result;
  } finally {
    await session.close();
  }
}
