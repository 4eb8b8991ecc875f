// A relationship as a sentence: "Barts Health is a partner in Tower Hamlets Together"; a link of the
// organisations view says what it folds ("… is lead manager of the Alliance, to which ELFT is party").
import { edgeLook } from "../drawing/edge-styles.js";
import type { NetworkEdge } from "../types.js";

export function edgeSentence(
  edge: Pick<NetworkEdge, "source" | "type" | "target"> & Partial<Pick<NetworkEdge, "folded">>,
  labelOf: (id: string) => string,
): string {
  if (edge.folded) return edge.folded.sentence;
  return `${labelOf(edge.source)} ${edgeLook(edge.type).name} ${labelOf(edge.target)}`;
}
