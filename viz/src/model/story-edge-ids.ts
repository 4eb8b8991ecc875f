// A story step's highlighted relationships that are drawn, in the step's order: the graph numbers
// them [1], [2] … and the presenter lists their citations in the same order.
import type { View } from "../data/view.js";
import type { NetworkEdge } from "../types.js";

/** The step's highlighted relationships among `shownEdges`, in the step's order. */
export function storyEdgeIds(view: Pick<View, "story" | "state">, shownEdges: Pick<NetworkEdge, "id">[]): string[] {
  const drawn = new Set(shownEdges.map((e) => e.id));
  return (view.story?.steps[view.state.step]?.highlight.edges ?? []).filter((id) => drawn.has(id));
}
