// What changed between the two dates of the compare view: what was added, what was removed.
import { el } from "../../dom/el.js";
import { edgeSentence } from "../../model/edge-sentence.js";
import { formatDay } from "../../model/format-date.js";
import type { Changes, NetworkEdge } from "../../types.js";

export function changesDetails(c: Changes, edges: NetworkEdge[], labelOf: (id: string) => string): HTMLElement[] {
  const edgesById = new Map(edges.map((e) => [e.id, e]));
  const edgeItems = (list: { id: string }[]) =>
    list.map((e) => {
      const full = edgesById.get(e.id);
      return el("li", {}, full ? edgeSentence(full, labelOf) : e.id);
    });
  return [
    el("h3", { class: "details-title" }, `What changed: ${formatDay(c.from)} → ${formatDay(c.to)}`),
    ...(
      [
        ["Added", "changes-added", c.nodesStarted, c.edgesStarted],
        ["Removed", "changes-removed", c.nodesEnded, c.edgesEnded],
      ] as const
    ).flatMap(([heading, list, nodes, edges]) => [
      el("h4", {}, `${heading} (${nodes.length + edges.length})`),
      el("ul", { class: list }, ...nodes.map((n) => el("li", {}, n.label)), ...edgeItems(edges)),
    ]),
  ];
}
