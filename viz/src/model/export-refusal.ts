// Whether the server would refuse the view's data exports (EXPORT_TOO_LARGE), and why, from what the
// page already knows of the view's size: the summary's totals when the network is too large to
// draw, else the network it loaded (at least as large as the export, which the server filters).
import type { View } from "../data/view.js";
import { formatCount } from "./format-count.js";
import { summaryTotals } from "./summary-totals.js";

/** Nodes plus relationships the view's export would hold, at most. */
export function exportSize(view: View): number {
  if (view.summary) {
    const { nodes, edges } = summaryTotals(view.summary.summary);
    return nodes + edges;
  }
  return view.network.nodes.length + view.network.edges.length;
}

/** The reason to give instead of a link, or null when the export is within `limit` (null: not known). */
export function exportRefusal(view: View, limit: number | null): string | null {
  if (limit === null) return null;
  const size = exportSize(view);
  if (size <= limit) return null;
  return (
    `Too large to export: this view holds ${formatCount(size)} nodes and relationships, more than the ` +
    `${formatCount(limit)} an export may hold. Choose a date, filter, or focus on a node.`
  );
}
