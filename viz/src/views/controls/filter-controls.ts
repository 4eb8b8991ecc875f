// The Show checkboxes and the legend, built from the first view's filter values (every type, kind
// and relationship of the whole network), then kept in step with the view's filters.
import { byId } from "../../dom/el.js";
import type { PageStore } from "../../store/page-store.js";
import type { ViewState } from "../../store/view-state.js";
import type { PageView } from "../page-view.js";
import { renderFilterPanel, syncFilterPanel } from "./filter-panel.js";
import { renderLegend } from "./legend.js";

export function createFilterControls({ store }: { store: PageStore }): PageView {
  const filters = byId("filters");
  let built = false;
  let view: ViewState | null = null;
  return {
    render(state) {
      if (!built && state.loaded) {
        built = true;
        const { all } = state.loaded;
        renderFilterPanel(filters, all, state.view, (hidden) => void store.setHidden(hidden));
        renderLegend(byId("legend"), all.kinds, all.relationships);
      }
      if (state.view === view) return;
      view = state.view;
      syncFilterPanel(filters, view);
    },
  };
}
