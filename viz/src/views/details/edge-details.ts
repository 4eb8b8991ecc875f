// A relationship's details: its sentence, properties, dates, derivations and citations.
import { citationList } from "../../dom/citation-list.js";
import { el } from "../../dom/el.js";
import { edgeSentence } from "../../model/edge-sentence.js";
import { formatUntil, formatWhen } from "../../model/format-date.js";
import { timeStatusText } from "../../model/time-classes.js";
import type { NetworkEdge } from "../../types.js";
import { derivations } from "./derivations.js";
import { facts } from "./facts.js";

export function edgeDetails(edge: NetworkEdge, labelOf: (id: string) => string): HTMLElement {
  const extra: [string, string | null][] = [
    ["Role", edge.role ? edge.label : null],
    ["Staff", edge.staff === null ? null : String(edge.staff)],
    ["Members", edge.memberCount === null ? null : String(edge.memberCount)],
    ["Purpose", edge.purpose],
    ["Site", edge.siteType],
    ["For", edge.recipients.length > 0 ? edge.recipients.join(", ") : null],
  ];
  return el(
    "article",
    { class: "edge-details", "data-id": edge.id },
    el("h3", { class: "details-title" }, edgeSentence(edge, labelOf)),
    el(
      "p",
      { class: "kind" },
      edge.folded ? `A link through ${edge.folded.hubLabel} (organisations view)` : `${edge.type} relationship`,
    ),
    facts([
      ...extra,
      ["From", formatWhen(edge.start) ?? "no start given"],
      ["Until", formatUntil(edge.end)?.replace(/^until /, "") ?? "no end given"],
      ["In this view", timeStatusText(edge)],
    ]),
    derivations(edge.derivations),
    el("section", {}, el("h3", {}, "Citations"), citationList(edge.citations)),
  );
}
