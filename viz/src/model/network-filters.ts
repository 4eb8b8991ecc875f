// A view's filters as the network query (and the data exports) take them: `kinds` names the node
// types and organisation kinds shown, `types` the relationship types shown; null: nothing hidden.
import type { ViewState } from "../store/view-state.js";
import type { FilterValues } from "./filter-values.js";

export function networkFilters(
  state: Pick<ViewState, "hiddenTypes" | "hiddenKinds" | "hiddenRelationships">,
  all: FilterValues,
): { kinds: string[] | null; types: string[] | null } {
  let kinds: string[] | null = null;
  if (state.hiddenTypes.length > 0 || state.hiddenKinds.length > 0) {
    kinds = all.types
      .filter((t) => !state.hiddenTypes.includes(t))
      .flatMap((t) =>
        t !== "Organisation"
          ? [t]
          : state.hiddenKinds.length === 0
            ? [t]
            : all.kinds.filter((k) => !state.hiddenKinds.includes(k)),
      );
  }
  const types =
    state.hiddenRelationships.length > 0
      ? all.relationships.filter((r) => !state.hiddenRelationships.includes(r))
      : null;
  return { kinds, types };
}
