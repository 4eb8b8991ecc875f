import { MultiUndirectedGraph } from "graphology";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import type { Centrality, QueryCentralityArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { Stored } from "../graph/to-network.js";

// graphology-metrics is CommonJS typed as an ES module: at run time the default import is the function.
type Betweenness = typeof betweennessModule.default;
const betweennessCentrality = betweennessModule as unknown as Betweenness;

/**
 * Degree and normalised betweenness (Brandes, via graphology-metrics) over the whole network as
 * of a day (known facts only with `certainOnly`), reported for the requested node types: who brokers
 * between the others. Each node carries its certainty on the day.
 */
export async function centrality(reader: GraphReader, args: QueryCentralityArgs): Promise<Stored<Centrality>[]> {
  const { nodes, edges } = await reader.network({ asOf: args.asOf ?? null, certainOnly: args.certainOnly ?? false });
  // An empty view (1990 with certainOnly) ranks nothing; the library refuses an empty graph.
  if (nodes.length === 0) return [];
  const graph = new MultiUndirectedGraph();
  for (const node of nodes) graph.addNode(node.key);
  for (const edge of edges) graph.addEdge(edge.source, edge.target);
  const betweenness = betweennessCentrality(graph, { normalized: true });
  const wanted = args.nodeTypes && args.nodeTypes.length > 0 ? new Set<string>(args.nodeTypes) : null;
  return nodes
    .filter((node) => !wanted || wanted.has(node.nodeType))
    .map((node) => ({ node, degree: graph.degree(node.key), betweenness: betweenness[node.key] ?? 0 }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.node.key.localeCompare(b.node.key));
}
