// The worker thread that computes betweenness (Brandes, graphology-metrics) off the event loop:
// given the network's node keys and its edges as pairs of indices into them (an Int32Array,
// transferred), it answers degree and normalised betweenness per key. Plain JavaScript, so it runs the same under tsx, vitest and node.
import { parentPort } from "node:worker_threads";
import graphology from "graphology";
import betweenness from "graphology-metrics/centrality/betweenness.js";

parentPort?.on("message", ({ keys, pairs }) => {
  const graph = new graphology.MultiUndirectedGraph();
  for (const key of keys) graph.addNode(key);
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] >= 0 && pairs[i + 1] >= 0) graph.addEdge(keys[pairs[i]], keys[pairs[i + 1]]);
  }
  const scores = keys.length === 0 ? {} : betweenness(graph, { normalized: true });
  parentPort?.postMessage({
    degree: keys.map((key) => graph.degree(key)),
    betweenness: keys.map((key) => scores[key] ?? 0),
  });
});
