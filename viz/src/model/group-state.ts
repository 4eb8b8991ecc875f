// The view that shows only a summary group's nodes: its kind (organisations) or its node type.
import type { View } from "../data/view.js";
import type { ViewState } from "../store/view-state.js";

export function groupState(
  state: ViewState,
  loaded: Pick<View, "summary" | "all"> | null,
  id: string,
): { state: ViewState; label: string } | null {
  const group = loaded?.summary?.summary.groups.find((g) => g.id === id);
  if (!loaded || !group) return null;
  const all = loaded.all;
  return {
    label: group.label,
    state: {
      ...state,
      hiddenTypes: all.types.filter((t) => t !== group.nodeType),
      hiddenKinds: group.nodeType === "Organisation" ? all.kinds.filter((k) => k !== group.kind) : state.hiddenKinds,
      pathFrom: null,
      pathTo: null,
    },
  };
}
