// The sentence above the graph, and the graph's accessible name: what the drawing shows.
import { byId } from "../dom/el.js";
import { viewDescription } from "../model/view-description.js";
import type { Shown } from "../store/page-state.js";
import type { PageView } from "./page-view.js";

export function createDescriptionView(): PageView {
  let shown: Shown | null = null;
  return {
    render(state) {
      if (!state.shown || state.shown === shown) return;
      shown = state.shown;
      const description = viewDescription(shown.view, shown.nodes.length, shown.edges.length);
      byId("counts").textContent = description;
      byId("cy").setAttribute(
        "aria-label",
        `Network graph: ${description} The same nodes and relationships are listed below.`,
      );
    },
  };
}
