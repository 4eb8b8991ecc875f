// Names for ids in a view: the date's own label first, else the base network's, else the id.
import type { View } from "../data/view.js";

export function labelIn(view: Pick<View, "base" | "network">): (id: string) => string {
  const labels = new Map(view.base.nodes.map((n) => [n.id, n.label]));
  for (const n of view.network.nodes) labels.set(n.id, n.label);
  return (id: string) => labels.get(id) ?? id;
}
