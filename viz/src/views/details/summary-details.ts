// The details panel in summary mode: what the drawing stands for, and the selected link's count.
import type { SummaryView } from "../../data/view.js";
import { el } from "../../dom/el.js";
import { edgeLook } from "../../drawing/edge-styles.js";
import { formatCount } from "../../model/format-count.js";
import { summaryTotals } from "../../model/summary-totals.js";
import type { Network } from "../../types.js";

export function summaryDetails(
  view: SummaryView,
  network: Network,
  selectedEdge: string | null,
  onFind: () => void,
): HTMLElement {
  const totals = summaryTotals(view.summary);
  const link = selectedEdge ? network.edges.find((e) => e.id === selectedEdge) : undefined;
  const labelOf = (id: string) => network.nodes.find((n) => n.id === id)?.label ?? id;
  const find = el("button", { type: "button" }, "Find an organisation");
  find.addEventListener("click", onFind);
  return el(
    "article",
    { class: "summary-details" },
    el("h3", { class: "details-title" }, "The network in groups"),
    link
      ? el(
          "p",
          { class: "summary-link" },
          `${labelOf(link.source)} ${edgeLook(link.type).name} ${labelOf(link.target)}: ${formatCount(link.count ?? 0)} relationships (${link.type}).`,
        )
      : null,
    el(
      "p",
      {},
      `${formatCount(totals.nodes)} nodes in ${view.summary.groups.length} groups, and ${formatCount(totals.edges)} relationships in ${view.summary.links.length} links between groups. Each group is one kind of node, sized by how many there are.`,
    ),
    el("p", {}, "Select a group (in the graph or in the list below) to show only that kind."),
    find,
  );
}
