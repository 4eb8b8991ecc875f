// "Who brokers": with node size by links or brokerage, the organisations of the view ranked by it,
// each a button that focuses it; and one organisation's own figures for its details.

import type { CentralityOf } from "../../data/fetch-centrality.js";
import { el } from "../../dom/el.js";
import type { SizeBy } from "../../store/view-state.js";

const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

export const centralityWords = {
  degree: { title: "Most connected", measure: "relationships (degree)" },
  betweenness: { title: "Who brokers", measure: "brokerage (betweenness)" },
} as const;

export function centralityFacts(c: CentralityOf | undefined): [string, string | null][] {
  if (!c) return [];
  return [
    ["Relationships (degree)", String(c.degree)],
    ["Brokerage (betweenness)", `${percent.format(c.betweenness)} of shortest paths between others pass through it`],
  ];
}

export function centralityRanking(
  centrality: Map<string, CentralityOf>,
  sizeBy: Exclude<SizeBy, "none">,
  shown: { id: string; label: string }[],
  focusOn: (id: string) => void,
  top = 8,
): HTMLElement {
  const ranked = shown
    .filter((n) => centrality.has(n.id))
    .map((n) => ({ ...n, ...(centrality.get(n.id) as CentralityOf) }))
    .sort((a, b) => b[sizeBy] - a[sizeBy] || a.label.localeCompare(b.label))
    .slice(0, top);
  const words = centralityWords[sizeBy];
  return el(
    "section",
    { class: "centrality-ranking" },
    el("h3", {}, words.title),
    el("p", { class: "hint" }, `Node size shows ${words.measure}, from the API's centrality on the view's date.`),
    el(
      "ol",
      {},
      ...ranked.map((n) => {
        const button = el("button", { type: "button", class: "link-button" }, n.label);
        button.addEventListener("click", () => focusOn(n.id));
        const figure =
          sizeBy === "degree"
            ? `${n.degree} relationships`
            : `${percent.format(n.betweenness)} brokerage, ${n.degree} relationships`;
        return el("li", {}, button, ` ${figure}`);
      }),
    ),
  );
}
