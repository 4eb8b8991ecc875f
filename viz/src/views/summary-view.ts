// The banner above the graph when the network is too large to draw (the API answers
// NETWORK_TOO_LARGE and the page draws the summary): how large, why it is not drawn, and what to do
// instead (Find, a kind, Depth).
import type { View } from "../data/view.js";
import { byId, el, replaceChildren } from "../dom/el.js";
import { summaryReason } from "../model/summary-reason.js";
import type { PageView } from "./page-view.js";

export function createSummaryView(): PageView {
  let loaded: View | null = null;
  return {
    render(state) {
      if (!state.loaded || state.loaded === loaded) return;
      loaded = state.loaded;
      const container = byId("summary-banner");
      const summary = loaded.summary;
      container.hidden = !summary;
      if (!summary) {
        replaceChildren(container);
        return;
      }
      replaceChildren(
        container,
        el("strong", {}, summaryReason(summary, loaded.state.depth)),
        " ",
        summary.reason === "focus"
          ? "Shown in groups, one per kind: choose fewer steps (Depth), or select a kind to show only that kind."
          : "Shown in groups, one per kind: find an organisation to see its neighbourhood, or select a kind to show only that kind.",
      );
    },
  };
}
