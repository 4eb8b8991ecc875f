// The network summary (one group per node type and kind, one link per relationship type between
// two groups) in the network's shape, so it draws, lays out and lists like a network; each group
// and link carries its `count`.
import { edgeLook } from "../drawing/edge-styles.js";
import { formatCount } from "../model/format-count.js";
import type { Network, NetworkEdge, NetworkNode, NetworkSummary } from "../types.js";

/** A group or link states nothing of its own: no dates, derivations or citations. */
const noFacts = () => ({
  validFrom: null,
  validTo: null,
  certainty: "KNOWN" as const,
  status: "CURRENT" as const,
  start: null,
  end: null,
  derivations: [],
  citations: [],
});

export function summaryNetwork(summary: NetworkSummary): Network {
  return {
    nodes: summary.groups.map(
      (g): NetworkNode => ({
        ...noFacts(),
        id: g.id,
        label: `${g.label} (${formatCount(g.count)})`,
        kind: g.kind,
        nodeType: g.nodeType,
        shortNames: [],
        aliases: [],
        description: null,
        odsCode: null,
        scope: [],
        legalBasis: null,
        figures: [],
        count: g.count,
      }),
    ),
    edges: summary.links.map(
      (l): NetworkEdge => ({
        ...noFacts(),
        id: l.id,
        source: l.source,
        target: l.target,
        type: l.type,
        label: `${edgeLook(l.type).name} (${formatCount(l.count)})`,
        role: null,
        staff: null,
        memberCount: null,
        purpose: null,
        recipients: [],
        siteType: null,
        count: l.count,
      }),
    ),
  };
}
