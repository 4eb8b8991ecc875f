// The network as a stream of records, read in one read transaction with the driver's pull-based
// result (`fetchSize` records at a time): the next batch is pulled only once the consumer has taken
// the last, so a slow download holds back Neo4j instead of filling the server's memory.
import neo4j from "neo4j-driver";
import { fromDatabaseError } from "../../core/errors/from-database-error.js";
import { dayOf, type GraphTarget, type NetworkScope, timeParams } from "../graph/graph-reader.js";
import type { SourceIndex } from "../graph/source-index.js";
import { type NetworkEdgeRecord, type NetworkNodeRecord, toNetworkEdge, toNetworkNode } from "../graph/to-network.js";
import { exportEdges, exportEdgesFromIds, exportNodes, exportNodesById } from "./export-queries.js";

export type NetworkItem = { node: NetworkNodeRecord; edge?: never } | { edge: NetworkEdgeRecord; node?: never };

export interface StreamOptions {
  /** The focus's neighbourhood, already read (and counted); null: every node passing the filters. */
  ids: readonly string[] | null;
  sources: SourceIndex;
  /** False: nodes only (nodes.csv). */
  edges: boolean;
  /** Records per pull from Neo4j. */
  fetchSize?: number;
  /**
   * How long the read transaction may stay open, the client's download included: a client reading
   * a byte a second does not hold a Neo4j transaction for ever (EXPORT_TIMEOUT_MS).
   */
  timeoutMs?: number;
}

/** Nodes in id order, then relationships in id order, each as certain as the least certain of it and its ends. */
export async function* streamNetwork(
  target: GraphTarget,
  scope: NetworkScope,
  options: StreamOptions,
): AsyncGenerator<NetworkItem> {
  const session = target.driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: options.fetchSize ?? 1_000,
  });
  const tx = await session
    .beginTransaction(options.timeoutMs ? { timeout: options.timeoutMs } : {})
    .catch(async (error: unknown) => {
      await session.close();
      throw fromDatabaseError(error, "the graph database");
    });
  const params = {
    ...timeParams(scope),
    nodeTypes: scope.nodeTypes ?? null,
    kinds: scope.kinds ?? null,
    types: scope.relationshipTypes ?? null,
    ids: options.ids,
  };
  const day = dayOf(scope);
  try {
    // What edges need of their ends: which exist (a focus's edges may leave it) and which are uncertain.
    const ids = new Set<string>();
    const uncertain = new Set<string>();
    for await (const record of tx.run(options.ids ? exportNodesById : exportNodes, params)) {
      const node = toNetworkNode(
        record.get("props"),
        record.get("nodeType"),
        record.get("figures"),
        options.sources,
        day,
      );
      ids.add(node.key);
      if (node.certainty !== "KNOWN") uncertain.add(node.key);
      yield { node };
    }
    if (options.edges) {
      for await (const record of tx.run(options.ids ? exportEdgesFromIds : exportEdges, params)) {
        const target = record.get("target") as string;
        const source = record.get("source") as string;
        if (!ids.has(target)) continue;
        const edge = toNetworkEdge(record.get("props"), record.get("type"), source, target, options.sources, day);
        if (uncertain.has(source) || uncertain.has(target)) edge.certainty = "UNCERTAIN";
        yield { edge };
      }
    }
    await tx.commit();
  } catch (error) {
    throw fromDatabaseError(error, "the graph database");
  } finally {
    // A consumer that stops early (the client went away) lands here too: the transaction is rolled back.
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
