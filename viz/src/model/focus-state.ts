// The view that focuses on a node: this view when the node is in it, else all time with every
// filter off, so that any node found can be shown.
import type { View } from "../data/view.js";
import type { ViewState } from "../store/view-state.js";
import { nodeShown } from "./node-shown.js";

export function focusState(
  state: ViewState,
  loaded: Pick<View, "network"> | null,
  id: string,
): { state: ViewState; widened: boolean } {
  const inView = loaded?.network.nodes.some((n) => n.id === id && nodeShown(state)(n)) ?? false;
  if (inView) return { state: { ...state, focus: id, pathFrom: null, pathTo: null }, widened: false };
  return {
    widened: true,
    state: {
      ...state,
      date: null,
      compareFrom: null,
      compareTo: null,
      hiddenTypes: [],
      hiddenKinds: [],
      hiddenRelationships: [],
      focus: id,
      pathFrom: null,
      pathTo: null,
    },
  };
}
