// The graph as two tables, for screen readers and keyboards: the same nodes and relationships the
// graph draws, with what the view says about each (ended, in focus, on a path, added, removed).
import { byId, el, replaceChildren } from "../dom/el.js";
import { edgeLook } from "../drawing/edge-styles.js";
import { endedIds } from "../model/ended-ids.js";
import { formatUntil, formatWhen } from "../model/format-date.js";
import { labelIn } from "../model/label-in.js";
import { stateText } from "../model/state-text.js";
import type { Shown } from "../store/page-state.js";
import type { PageStore } from "../store/page-store.js";
import type { NetworkEdge, NetworkNode } from "../types.js";
import type { PageView } from "./page-view.js";

interface ListViewInput {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** What the view says about an element, e.g. "ended, on a path"; empty for nothing. */
  stateOf: (id: string) => string;
  labelOf: (id: string) => string;
  phraseOf: (edge: NetworkEdge) => string;
  onNode: (id: string) => void;
  onEdge: (id: string) => void;
  /** What onNode does, for the node buttons' names: "Focus on" unless said otherwise. */
  nodeAction?: string;
}

function button(label: string, described: string, run: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", class: "link-button", "aria-label": described }, label);
  b.addEventListener("click", run);
  return b;
}

function renderListView(container: HTMLElement, input: ListViewInput): void {
  const nodes = [...input.nodes].sort((a, b) => a.nodeType.localeCompare(b.nodeType) || a.label.localeCompare(b.label));
  const edges = [...input.edges].sort(
    (a, b) => input.labelOf(a.source).localeCompare(input.labelOf(b.source)) || a.type.localeCompare(b.type),
  );
  const nodeTable = el(
    "table",
    { id: "node-table" },
    el("caption", {}, `${nodes.length} nodes`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["Name", "Type", "Kind", "From", "Until", "In this view"].map((h) => el("th", { scope: "col" }, h)),
      ),
    ),
    el(
      "tbody",
      {},
      ...nodes.map((n) =>
        el(
          "tr",
          { "data-id": n.id },
          el(
            "th",
            { scope: "row" },
            button(n.label, `${input.nodeAction ?? "Focus on"} ${n.label}`, () => input.onNode(n.id)),
          ),
          el("td", {}, n.nodeType),
          el("td", {}, n.kind),
          el("td", {}, formatWhen(n.start) ?? ""),
          el("td", {}, formatUntil(n.end) ?? ""),
          el("td", {}, input.stateOf(n.id)),
        ),
      ),
    ),
  );
  const edgeTable = el(
    "table",
    { id: "edge-table" },
    el("caption", {}, `${edges.length} relationships`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["From", "Relationship", "To", "Since", "Until", "In this view"].map((h) => el("th", { scope: "col" }, h)),
      ),
    ),
    el(
      "tbody",
      {},
      ...edges.map((e) => {
        const phrase = input.phraseOf(e);
        const described = `${input.labelOf(e.source)} ${phrase} ${input.labelOf(e.target)}: details`;
        return el(
          "tr",
          { "data-id": e.id },
          el("td", {}, input.labelOf(e.source)),
          el(
            "th",
            { scope: "row" },
            button(phrase, described, () => input.onEdge(e.id)),
          ),
          el("td", {}, input.labelOf(e.target)),
          el("td", {}, formatWhen(e.start) ?? ""),
          el("td", {}, formatUntil(e.end) ?? ""),
          el("td", {}, input.stateOf(e.id)),
        );
      }),
    ),
  );
  replaceChildren(
    container,
    el("div", { class: "table-scroll" }, nodeTable),
    el("div", { class: "table-scroll" }, edgeTable),
  );
}

export function createListView({ store }: { store: PageStore }): PageView {
  let shown: Shown | null = null;
  return {
    render(state) {
      if (!state.shown || state.shown === shown) return;
      shown = state.shown;
      const { view, nodes, edges, marks } = shown;
      const ended = endedIds(nodes, edges, view.state.compareTo ?? view.state.date);
      renderListView(byId("list-body"), {
        nodes,
        edges,
        stateOf: (id) => stateText(marks, id, ended.has(id)),
        labelOf: labelIn(view),
        phraseOf: (e) => e.label ?? edgeLook(e.type).name,
        onNode: (id) => void (view.summary ? store.showGroup(id) : store.focusOn(id)),
        nodeAction: view.summary ? "Show only" : "Focus on",
        onEdge: (id) => {
          store.showEdgeDetails(id);
          byId("details").focus();
        },
      });
    },
  };
}
