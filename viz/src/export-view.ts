// Exports of the current view: a PNG or SVG picture of the graph, and links to the server's
// data exports (GET /export/…) carrying the view's filters as query parameters.
import type { Core } from "cytoscape";
import { el } from "./el.js";
import type { ViewState } from "./view-state.js";

export const dataExports = [
  { file: "network.graphml", label: "GraphML" },
  { file: "network.gexf", label: "GEXF" },
  { file: "nodes.csv", label: "Nodes (CSV)" },
  { file: "edges.csv", label: "Relationships (CSV)" },
  { file: "network.cyjs", label: "Cytoscape JSON" },
] as const;

export interface FilterValues {
  types: string[];
  kinds: string[];
  relationships: string[];
}

/** The network query's filters for a view: `kinds` names node types and organisation kinds. */
export function networkFilters(
  state: ViewState,
  all: FilterValues,
): { kinds: string[] | null; types: string[] | null } {
  let kinds: string[] | null = null;
  if (state.hiddenTypes.length > 0 || state.hiddenKinds.length > 0) {
    kinds = all.types
      .filter((t) => !state.hiddenTypes.includes(t))
      .flatMap((t) =>
        t !== "Organisation"
          ? [t]
          : state.hiddenKinds.length === 0
            ? [t]
            : all.kinds.filter((k) => !state.hiddenKinds.includes(k)),
      );
  }
  const types =
    state.hiddenRelationships.length > 0
      ? all.relationships.filter((r) => !state.hiddenRelationships.includes(r))
      : null;
  return { kinds, types };
}

export function exportHref(file: string, state: ViewState, all: FilterValues): string {
  const q = new URLSearchParams();
  const date = state.compareTo ?? state.date;
  if (date) q.set("asOf", date);
  const { kinds, types } = networkFilters(state, all);
  if (kinds) q.set("kinds", kinds.join(","));
  if (types) q.set("relationshipTypes", types.join(","));
  if (state.focus) {
    q.set("focus", state.focus);
    q.set("depth", String(state.depth));
  }
  const text = q.toString();
  return `/export/${file}${text ? `?${text}` : ""}`;
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name, class: "visually-hidden" }, name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function fileStem(state: ViewState): string {
  return `tht-graph-${state.compareFrom && state.compareTo ? `${state.compareFrom}-to-${state.compareTo}` : (state.date ?? "all-time")}`;
}

export function exportPng(cy: Core, state: ViewState): void {
  const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#FFFFFF" }) as unknown as Blob;
  download(blob, `${fileStem(state)}.png`);
}

export function exportSvg(cy: Core, state: ViewState): void {
  const text = (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: "#FFFFFF" });
  download(new Blob([text], { type: "image/svg+xml" }), `${fileStem(state)}.svg`);
}
