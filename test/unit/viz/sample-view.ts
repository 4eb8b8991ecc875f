// Small networks and views for the page's unit tests: a partnership, its partners and a service.
import type { View } from "../../../viz/src/data/view.js";
import { filterValues } from "../../../viz/src/model/filter-values.js";
import { defaultViewState, type ViewState } from "../../../viz/src/store/view-state.js";
import type { Network, NetworkEdge, Story } from "../../../viz/src/types.js";
import { pageEdge, pageNode } from "../../support/page-elements.js";

export const node = pageNode;

export function edge(type: string, source: string, target: string, fields: Partial<NetworkEdge> = {}): NetworkEdge {
  return pageEdge(type as NetworkEdge["type"], source, target, fields);
}

/** tht (a partnership) with two trusts as partners; a GP federation that provides a service. */
export const sampleNetwork: Network = {
  nodes: [
    node("tht", { kind: "partnership", label: "Tower Hamlets Together" }),
    node("barts", { label: "Barts Health" }),
    node("elft", { label: "ELFT", validTo: "2020-03-31" }),
    node("gpcg", { kind: "GP federation", label: "GP Care Group" }),
    node("visiting", { nodeType: "Service", kind: "service", label: "Health visiting" }),
  ],
  edges: [
    edge("PARTNER_IN", "barts", "tht"),
    edge("PARTNER_IN", "elft", "tht"),
    edge("PROVIDES", "gpcg", "visiting", { validTo: "2019-01-01" }),
    edge("WORKS_WITH", "gpcg", "barts"),
  ],
};

export function sampleView(state: Partial<ViewState> = {}, fields: Partial<View> = {}): View {
  return {
    state: { ...defaultViewState, ...state },
    base: sampleNetwork,
    network: sampleNetwork,
    all: filterValues(sampleNetwork),
    changes: null,
    focusIds: null,
    paths: null,
    story: null,
    problems: [],
    large: false,
    summary: null,
    ...fields,
  };
}

/** A story of one step over `highlight`, at `date` (null: all time). */
export function storyOf(highlight: { nodes: string[]; edges: string[] }, date: string | null = null): Story {
  return {
    id: "s",
    title: "A story",
    description: "",
    source: "tht-partners",
    steps: [{ title: "Partners", caption: "", date, highlight, view: { focus: null, zoom: null }, cite: [] }],
  };
}
