// The network summary (one group per node type and kind, one link per relationship type between
// two groups) in the network contract's shape, so it draws, lays out and lists like a network.
import { edgeLook } from "../drawing/edge-styles.js";
import { formatCount } from "../model/format-count.js";
import type { Network, NetworkSummary } from "../types.js";

export function summaryNetwork(summary: NetworkSummary): Network {
  return {
    nodes: summary.groups.map((g) => ({
      id: g.id,
      label: `${g.label} (${formatCount(g.count)})`,
      kind: g.kind,
      nodeType: g.nodeType,
      validFrom: null,
      validTo: null,
      properties: { count: g.count },
      citations: [],
      figures: [],
    })),
    edges: summary.links.map((l) => ({
      id: l.id,
      source: l.source,
      target: l.target,
      type: l.type,
      label: `${edgeLook(l.type).name} (${formatCount(l.count)})`,
      validFrom: null,
      validTo: null,
      properties: { count: l.count },
      citations: [],
    })),
  };
}
