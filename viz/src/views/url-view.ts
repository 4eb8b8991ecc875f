// The address bar: the view state as query parameters, written when a load starts and again when
// it has normalised the state, so a link always reopens what is shown.
import type { View } from "../data/view.js";
import { writeViewState } from "../store/view-state.js";
import type { PageView } from "./page-view.js";

export function createUrlView(): PageView {
  let generation = 0;
  let loaded: View | null = null;
  return {
    render(state) {
      if (state.generation === generation && state.loaded === loaded) return;
      generation = state.generation;
      loaded = state.loaded;
      history.replaceState(null, "", `${location.pathname}${writeViewState(state.view)}`);
    },
  };
}
