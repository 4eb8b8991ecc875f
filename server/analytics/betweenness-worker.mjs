// The worker thread that computes betweenness (Brandes, graphology-metrics) off the event loop:
// given the network's node keys and edges as [source, target] pairs, it answers degree and
// normalised betweenness per key. Plain JavaScript, so it runs the same under tsx, vitest and node.
import { parentPort } from "node:worker_threads";
import graphology from "graphology";
import betweenness from "graphology-metrics/centrality/betweenness.js";

parentPort?.on("message", ({ keys, edges }) => {
  const graph = new graphology.MultiUndirectedGraph();
  for (const key of keys) graph.addNode(key);
  for (const [source, target] of edges) graph.addEdge(source, target);
  const scores = keys.length === 0 ? {} : betweenness(graph, { normalized: true });
  parentPort?.postMessage({
    degree: keys.map((key) => graph.degree(key)),
    betweenness: keys.map((key) => scores[key] ?? 0),
  });
});
