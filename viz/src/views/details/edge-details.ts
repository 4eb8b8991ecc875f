// A relationship's details: its sentence, properties, dates, derivations and citations.
import { citationList } from "../../dom/citation-list.js";
import { el } from "../../dom/el.js";
import { edgeSentence } from "../../model/edge-sentence.js";
import { formatWhen } from "../../model/format-date.js";
import type { NetworkEdge } from "../../types.js";
import { derivations } from "./derivations.js";
import { facts } from "./facts.js";

export function edgeDetails(edge: NetworkEdge, labelOf: (id: string) => string): HTMLElement {
  const p = edge.properties;
  const extra = Object.entries(p)
    .filter(([name]) => ["role", "staff", "memberCount", "purpose", "siteType", "recipients"].includes(name))
    .map(([name, value]): [string, string] => [name, Array.isArray(value) ? value.join(", ") : String(value)]);
  return el(
    "article",
    { class: "edge-details", "data-id": edge.id },
    el("h3", { class: "details-title" }, edgeSentence(edge, labelOf)),
    el("p", { class: "kind" }, `${edge.type} relationship`),
    facts([
      ...extra,
      ["From", formatWhen(p, "validFrom") ?? "no start given"],
      ["Until", formatWhen(p, "validTo") ?? "no end given"],
    ]),
    derivations(p),
    el("section", {}, el("h3", {}, "Citations"), citationList(edge.citations)),
  );
}
