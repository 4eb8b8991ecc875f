// A relationship as a sentence: "Barts Health is a partner in Tower Hamlets Together".
import { edgeLook } from "../drawing/edge-styles.js";
import type { NetworkEdge } from "../types.js";

export function edgeSentence(
  edge: Pick<NetworkEdge, "source" | "type" | "target">,
  labelOf: (id: string) => string,
): string {
  return `${labelOf(edge.source)} ${edgeLook(edge.type).name} ${labelOf(edge.target)}`;
}
