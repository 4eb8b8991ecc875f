// What the page draws when the network is too large (the API answers NETWORK_TOO_LARGE): the
// network summary, one node per node type and kind sized by its count and one line per relationship
// type between two groups, with a banner that says why and what to do instead (Find, a kind, Depth).
import type { ElementDefinition } from "cytoscape";
import { ApiError } from "./api.js";
import { edgeLook } from "./edge-styles.js";
import { el, replaceChildren } from "./el.js";
import type { Positions } from "./layout-positions.js";
import type { Network, NetworkSummary } from "./types.js";

/** The API's refusal of a network larger than it answers; the page branches on the code only. */
export interface TooLarge {
  /** Nodes plus relationships of the network asked for. */
  elements: number;
  /** The most the server answers at once (NETWORK_MAX_ELEMENTS). */
  limit: number;
}

export function tooLarge(error: unknown): TooLarge | null {
  if (!(error instanceof ApiError) || error.code !== "NETWORK_TOO_LARGE") return null;
  const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
  return { elements: number(error.details.elements), limit: number(error.details.limit) };
}

/** Why the summary is drawn: the whole network, the filtered one, or a focus's neighbourhood is too large. */
export interface SummaryView {
  summary: NetworkSummary;
  refused: TooLarge;
  reason: "whole" | "filtered" | "focus";
}

const number = new Intl.NumberFormat("en-GB");
export const formatCount = (n: number) => number.format(n);

/** The summary in the network contract's shape, so it draws, lays out and lists like a network. */
export function summaryNetwork(summary: NetworkSummary): Network {
  return {
    nodes: summary.groups.map((g) => ({
      id: g.id,
      label: `${g.label} (${formatCount(g.count)})`,
      kind: g.kind,
      nodeType: g.nodeType,
      validFrom: null,
      validTo: null,
      properties: { count: g.count },
      citations: [],
      figures: [],
    })),
    edges: summary.links.map((l) => ({
      id: l.id,
      source: l.source,
      target: l.target,
      type: l.type,
      label: `${edgeLook(l.type).name} (${formatCount(l.count)})`,
      validFrom: null,
      validTo: null,
      properties: { count: l.count },
      citations: [],
    })),
  };
}

/** Groups and lines grow with the logarithm of their count: 1 and 100,000 both stay readable. */
export function sizeByCount(definition: ElementDefinition, count: number): void {
  const scale = Math.log10(Math.max(count, 1));
  if (definition.group === "nodes") definition.data.size = Math.round(Math.min(30 + 14 * scale, 100));
  else definition.data.width = Math.round(Math.min(1.5 + 1.2 * scale, 8) * 10) / 10;
}

/**
 * The layouts place nodes of the usual sizes (layout-positions.ts); groups are drawn up to twice
 * as large, so their places are moved apart from the centre to keep them from overlapping.
 */
export function spreadOut(positions: Positions, factor = 2): Positions {
  const all = Object.values(positions);
  if (all.length === 0) return positions;
  const cx = all.reduce((sum, p) => sum + p.x, 0) / all.length;
  const cy = all.reduce((sum, p) => sum + p.y, 0) / all.length;
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor }]),
  );
}

export function summaryTotals(summary: NetworkSummary): { nodes: number; edges: number } {
  return {
    nodes: summary.groups.reduce((sum, g) => sum + g.count, 0),
    edges: summary.links.reduce((sum, l) => sum + l.count, 0),
  };
}

function reasonText(view: SummaryView, depth: number): string {
  const size = `${formatCount(view.refused.elements)} nodes and relationships`;
  const limit = `this page draws at most ${formatCount(view.refused.limit)}`;
  switch (view.reason) {
    case "whole":
      return `The network is too large to draw: ${size} in all, and ${limit}.`;
    case "filtered":
      return `Still too large to draw with these filters: ${size}, and ${limit}.`;
    case "focus":
      return `The focus's neighbourhood, ${depth} step${depth > 1 ? "s" : ""} deep, is too large to draw: ${size}, and ${limit}.`;
  }
}

/** The banner above the graph: how large, why it is not drawn, and what to do instead. */
export function renderSummaryBanner(container: HTMLElement, view: SummaryView | null, depth: number): void {
  container.hidden = !view;
  if (!view) {
    replaceChildren(container);
    return;
  }
  replaceChildren(
    container,
    el("strong", {}, reasonText(view, depth)),
    " ",
    view.reason === "focus"
      ? "Shown in groups, one per kind: choose fewer steps (Depth), or select a kind to show only that kind."
      : "Shown in groups, one per kind: find an organisation to see its neighbourhood, or select a kind to show only that kind.",
  );
}

/** The details panel in summary mode: what the drawing stands for, and the selected link's count. */
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
          `${labelOf(link.source)} ${edgeLook(link.type).name} ${labelOf(link.target)}: ${formatCount(Number(link.properties.count))} relationships (${link.type}).`,
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
