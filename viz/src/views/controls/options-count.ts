// The count of active filters in the "Filters and options" disclosure's summary, so that a folded
// disclosure still says that the view leaves something out: each hidden type, kind and
// relationship, known facts only, a date other than all time, and a comparison of two dates.
import { byId } from "../../dom/el.js";
import type { ViewState } from "../../store/view-state.js";
import type { PageView } from "../page-view.js";

export function activeFilters(view: ViewState): number {
  return (
    view.hiddenTypes.length +
    view.hiddenKinds.length +
    view.hiddenRelationships.length +
    (view.knownOnly ? 1 : 0) +
    (view.date ? 1 : 0) +
    (view.compareFrom && view.compareTo ? 1 : 0)
  );
}

export function createOptionsCount(): PageView {
  const count = byId("options-count");
  let view: ViewState | null = null;
  return {
    render(state) {
      if (state.view === view) return;
      view = state.view;
      const n = activeFilters(view);
      count.textContent = n === 0 ? "" : `(${n} active)`;
    },
  };
}
