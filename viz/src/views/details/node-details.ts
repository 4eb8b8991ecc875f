// A node's details: facts, figures, dates (with the source's own wording), derivations, citations,
// the path and focus buttons, and a place for its timeline (filled in when it arrives).
import { citationList } from "../../dom/citation-list.js";
import { el } from "../../dom/el.js";
import { formatUntil, formatWhen } from "../../model/format-date.js";
import { timeStatusText } from "../../model/time-classes.js";
import type { NetworkNode } from "../../types.js";
import { derivations } from "./derivations.js";
import { facts } from "./facts.js";
import { figures } from "./figures.js";

export function nodeDetails(
  node: NetworkNode,
  actions: { pathFrom: () => void; pathTo: () => void; clear: () => void },
  /** Its links and brokerage, when node size shows them. */
  extraFacts: [string, string | null][] = [],
): HTMLElement {
  const scope = node.scope;
  const button = (label: string, run: () => void) => {
    const b = el("button", { type: "button" }, label);
    b.addEventListener("click", run);
    return b;
  };
  return el(
    "article",
    { class: "node-details", "data-id": node.id },
    el("h3", { class: "details-title" }, node.label),
    el("p", { class: "kind" }, `${node.kind} · ${node.nodeType}`),
    node.description ? el("p", {}, node.description) : null,
    facts([
      ["Id", node.id],
      ["Short names", node.shortNames.join(", ")],
      ["Also known as", node.aliases.join(", ")],
      ["ODS code", node.odsCode],
      ["Scope", scope.length > 0 ? el("ul", {}, ...scope.map((s) => el("li", {}, s))) : null],
      ["Legal basis", node.legalBasis],
      ["From", formatWhen(node.start) ?? "no start given"],
      ["Until", formatUntil(node.end)?.replace(/^until /, "") ?? "no end given"],
      ["In this view", timeStatusText(node)],
      ...extraFacts,
    ]),
    figures(node.figures),
    derivations(node.derivations),
    el("section", {}, el("h3", {}, "Citations"), citationList(node.citations)),
    el(
      "div",
      { class: "buttons" },
      button("Path from here", actions.pathFrom),
      button("Path to here", actions.pathTo),
      button("Clear focus", actions.clear),
    ),
    el(
      "section",
      { class: "timeline", "aria-busy": "true" },
      el("h3", {}, "Timeline"),
      el("p", { class: "muted" }, "Loading…"),
    ),
  );
}
