// How many nodes and relationships a network summary's groups and links stand for.
import type { NetworkSummary } from "../types.js";

export function summaryTotals(summary: NetworkSummary): { nodes: number; edges: number } {
  return {
    nodes: summary.groups.reduce((sum, g) => sum + g.count, 0),
    edges: summary.links.reduce((sum, l) => sum + l.count, 0),
  };
}
