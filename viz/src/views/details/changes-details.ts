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
    el("h4", {}, `Added (${c.nodesStarted.length + c.edgesStarted.length})`),
    el(
      "ul",
      { class: "changes-added" },
      ...c.nodesStarted.map((n) => el("li", {}, n.label)),
      ...edgeItems(c.edgesStarted),
    ),
    el("h4", {}, `Removed (${c.nodesEnded.length + c.edgesEnded.length})`),
    el(
      "ul",
      { class: "changes-removed" },
      ...c.nodesEnded.map((n) => el("li", {}, n.label)),
      ...edgeItems(c.edgesEnded),
    ),
  ];
}
