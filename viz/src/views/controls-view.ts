// The page's controls: time, layout and focus depth, paths, filters and legend, Find, export and
// zoom. Each part wires its own elements and renders from the store.
import type { Core } from "cytoscape";
import type { Suggestion } from "../data/search-nodes.js";
import { byId } from "../dom/el.js";
import type { Calendar } from "../model/calendar.js";
import type { PageStore } from "../store/page-store.js";
import { createExportControls } from "./controls/export-controls.js";
import { createFilterControls } from "./controls/filter-controls.js";
import { createGraphControls } from "./controls/graph-controls.js";
import { createOptionsCount } from "./controls/options-count.js";
import { createPathControls } from "./controls/path-controls.js";
import { attachSearch } from "./controls/search-box.js";
import { createTimeControls } from "./controls/time-controls.js";
import type { PageView } from "./page-view.js";

export interface ControlsViewDeps {
  store: PageStore;
  cy: Core;
  time: Calendar;
  searchNodes(text: string): Promise<Suggestion[]>;
}

export function createControlsView({ store, cy, time, searchNodes }: ControlsViewDeps): PageView {
  const parts = [
    createTimeControls({ store, time }),
    createGraphControls({ store, cy }),
    createPathControls({ store }),
    createFilterControls({ store }),
    createExportControls({ store, cy }),
    createOptionsCount(),
  ];
  attachSearch(byId("search-input"), byId("search-suggestions"), {
    search: searchNodes,
    onPick: (node) => void store.focusOn(node.id),
  });
  return {
    render(state) {
      for (const part of parts) part.render(state);
    },
  };
}
