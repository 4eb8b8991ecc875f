// A view's filters as the network query (and the data exports) take them: a node is shown when its
// type is among `nodeTypes` or its kind among `kinds` (organisation kinds, when some are hidden);
// `types` are the relationship types shown; null: nothing hidden.
import type { NodeType, RelationshipType } from "../data/generated/graphql.js";
import type { ViewState } from "../store/view-state.js";
import type { FilterValues } from "./filter-values.js";

export interface NetworkFilters {
  nodeTypes: NodeType[] | null;
  kinds: string[] | null;
  types: RelationshipType[] | null;
}

export function networkFilters(
  state: Pick<ViewState, "hiddenTypes" | "hiddenKinds" | "hiddenRelationships">,
  all: FilterValues,
): NetworkFilters {
  let nodeTypes: NodeType[] | null = null;
  let kinds: string[] | null = null;
  if (state.hiddenTypes.length > 0 || state.hiddenKinds.length > 0) {
    const shown = all.types.filter((t) => !state.hiddenTypes.includes(t));
    const someKinds = state.hiddenKinds.length > 0 && shown.includes("Organisation");
    nodeTypes = shown.filter((t) => !(someKinds && t === "Organisation")) as NodeType[];
    kinds = someKinds ? all.kinds.filter((k) => !state.hiddenKinds.includes(k)) : null;
  }
  const types =
    state.hiddenRelationships.length > 0
      ? (all.relationships.filter((r) => !state.hiddenRelationships.includes(r)) as RelationshipType[])
      : null;
  return { nodeTypes, kinds, types };
}
