import type { Centrality, QueryCentralityArgs } from "../../schema/contract.js";
import type { BetweennessRunner } from "../analytics/betweenness.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { Stored } from "../graph/to-network.js";

/**
 * Degree and normalised betweenness (Brandes, via graphology-metrics) over the whole network as
 * of a day (known facts only with `certainOnly`), reported for the requested node types: who brokers
 * between the others. Each node carries its certainty on the day. The network is bounded like
 * `network`'s (NETWORK_TOO_LARGE, counted before it is read), the scores are computed in a worker
 * thread with a deadline (COMPUTATION_TIMEOUT), and the whole answer is kept per graph revision: asking again reads nothing.
 */
export async function centrality(
  reader: GraphReader,
  runner: BetweennessRunner,
  revision: () => Promise<number>,
  args: QueryCentralityArgs,
  options: {
    maxElements?: number | undefined;
    deadlineMs: number;
    extendDeadline?: ((ms: number) => void) | undefined;
  },
): Promise<Stored<Centrality>[]> {
  const { maxElements } = options;
  const asOf = args.asOf ?? null;
  const certainOnly = args.certainOnly ?? false;
  const at = await revision();
  const key = JSON.stringify([at, asOf, certainOnly]);
  // A question already answered or in flight waits on its computation, not on the database.
  if (runner.knows(key)) options.extendDeadline?.(options.deadlineMs + 2_000);
  const { value: nodes, scores } = await runner.answer(key, async () => {
    const network = await reader.networkPairs({ asOf, certainOnly }, maxElements === undefined ? {} : { maxElements });
    // The database has answered; the request's answer is now due when the computation's deadline is.
    options.extendDeadline?.(options.deadlineMs + 2_000);
    return {
      keys: network.nodes.map((n) => n.key),
      edges: network.pairs,
      value: network.nodes,
    };
  });
  // An empty view (1990 with certainOnly) ranks nothing.
  if (nodes.length === 0) return [];
  const wanted = args.nodeTypes && args.nodeTypes.length > 0 ? new Set<string>(args.nodeTypes) : null;
  return nodes
    .map((node, i) => ({ node, degree: scores.degree[i] ?? 0, betweenness: scores.betweenness[i] ?? 0 }))
    .filter(({ node }) => !wanted || wanted.has(node.nodeType))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.node.key.localeCompare(b.node.key));
}
