// The details panel: the summary, the shortest paths, a relationship, the focused node (with its
// timeline, fetched when shown), what changed between two dates, or how to get any of these.
import { describeError } from "../data/describe-error.js";
import type { View } from "../data/view.js";
import { byId, el, replaceChildren } from "../dom/el.js";
import { labelIn } from "../model/label-in.js";
import type { Shown } from "../store/page-state.js";
import type { PageStore } from "../store/page-store.js";
import type { NetworkEdge, NetworkNode, TimelineEntry } from "../types.js";
import { centralityFacts, centralityRanking } from "./details/centrality-ranking.js";
import { changesDetails } from "./details/changes-details.js";
import { edgeDetails } from "./details/edge-details.js";
import {
  type HistoryDeps,
  historySection,
  type RecentChangesDeps,
  recentChangesSection,
} from "./details/history-section.js";
import { nodeDetails } from "./details/node-details.js";
import { pathsDetails } from "./details/paths-details.js";
import { summaryDetails } from "./details/summary-details.js";
import { timelineList } from "./details/timeline-list.js";
import type { PageView } from "./page-view.js";

/** What an editing button asks for: the editing chunk (views/edit/editing.ts) listens for `tht-edit`. */
export interface EditRequestDetail {
  action: "update" | "relate" | "end" | "retract";
  node?: NetworkNode;
  edge?: NetworkEdge;
  words?: string;
}

/** The editing buttons of a node or relationship, shown only to a signed-in editor. */
function editButtons(buttons: [string, EditRequestDetail][]): HTMLElement {
  return el(
    "div",
    { class: "buttons editor-only edit-actions", role: "group", "aria-label": "Edit" },
    ...buttons.map(([words, detail]) => {
      const button = el("button", { type: "button", "data-edit": detail.action }, words);
      button.addEventListener("click", () => document.dispatchEvent(new CustomEvent("tht-edit", { detail })));
      return button;
    }),
  );
}

export interface DetailsViewDeps {
  store: PageStore;
  fetchTimeline(id: string): Promise<TimelineEntry[]>;
  /** The element's revisions, reverting one (for editors), and the latest revisions. */
  history: HistoryDeps & RecentChangesDeps;
}

export function createDetailsView({ store, fetchTimeline, history }: DetailsViewDeps): PageView {
  const body = byId("details-body");
  let timelineAsked = 0;
  let historyAsked = 0;
  const showHistory = (id: string) => {
    const asked = ++historyAsked;
    body.append(historySection(id, history, () => asked === historyAsked));
  };

  const showTimeline = (id: string) => {
    const asked = ++timelineAsked;
    const fill = (content: HTMLElement) => {
      const section = body.querySelector(".timeline");
      if (asked !== timelineAsked || !section) return;
      replaceChildren(section, el("h3", {}, "Timeline"), content);
      section.removeAttribute("aria-busy");
    };
    fetchTimeline(id).then(
      (entries) => fill(timelineList(entries)),
      (error: unknown) => fill(el("p", {}, describeError(error))),
    );
  };

  function renderDetails(view: View, selectedEdge: string | null, shownNodes: NetworkNode[]): void {
    const labelOf = labelIn(view);
    const s = view.state;
    if (view.summary && !view.paths) {
      body.replaceChildren(
        summaryDetails(view.summary, view.network, selectedEdge, () => byId("search-input").focus()),
      );
      return;
    }
    if (view.paths) {
      const ends = { from: labelOf(s.pathFrom ?? ""), to: labelOf(s.pathTo ?? "") };
      replaceChildren(body, ...pathsDetails(view.paths, ends, () => void store.clearPaths()));
      return;
    }
    // A relationship picked (in the graph or the list) shows, whatever the focus: the focus stays.
    const edge = selectedEdge ? view.network.edges.find((e) => e.id === selectedEdge) : undefined;
    if (edge) {
      const words = `${labelOf(edge.source)} ${edge.label} ${labelOf(edge.target)}`;
      replaceChildren(
        body,
        edgeDetails(edge, labelOf),
        edge.folded
          ? null
          : editButtons([
              ["End it on a date…", { action: "end", edge, words }],
              ["Retract (found wrong)…", { action: "retract", edge, words }],
            ]),
      );
      if (!edge.folded) showHistory(edge.id);
      return;
    }
    const node = s.focus ? view.network.nodes.find((n) => n.id === s.focus) : undefined;
    if (node) {
      replaceChildren(
        body,
        nodeDetails(
          node,
          {
            pathFrom: () => void store.choosePathEnd("pathFrom", node.id),
            pathTo: () => void store.choosePathEnd("pathTo", node.id),
            clear: () => void store.clearFocus(),
          },
          centralityFacts(view.centrality?.get(node.id)),
        ),
        view.summary
          ? null
          : editButtons([
              ["Change names, kind or dates…", { action: "update", node }],
              ["Add a relationship from here…", { action: "relate", node }],
              ["Retract (found wrong)…", { action: "retract", node }],
            ]),
      );
      showTimeline(node.id);
      if (!view.summary) showHistory(node.id);
      return;
    }
    if (view.changes) {
      replaceChildren(body, ...changesDetails(view.changes, view.network.edges, labelOf));
      return;
    }
    const asked = ++historyAsked;
    const known = (id: string) => view.base.nodes.find((n) => n.id === id)?.label ?? null;
    replaceChildren(
      body,
      el(
        "p",
        {},
        "Select an organisation in the graph, in the list below or with Find to see its facts, figures, dates and citations.",
      ),
      view.centrality && s.sizeBy !== "none"
        ? centralityRanking(view.centrality, s.sizeBy, shownNodes, (id) => void store.focusOn(id))
        : null,
      view.summary
        ? null
        : recentChangesSection(
            history,
            known,
            (id) => void store.focusOn(id),
            () => asked === historyAsked,
          ),
    );
  }

  let shown: Shown | null = null;
  let selectedEdge: string | null = null;
  return {
    render(state) {
      const newView = state.shown !== shown;
      // A relationship picked while a view loads shows once that view is drawn.
      const newEdge = state.selectedEdge !== selectedEdge && state.phase !== "loading";
      if (!state.shown || !(newView || newEdge)) return;
      shown = state.shown;
      selectedEdge = state.selectedEdge;
      renderDetails(shown.view, selectedEdge, shown.nodes);
    },
  };
}
