// What a drawing was of, as far as the camera cares: the layout, the focus, the paths, the story
// step and the network the positions come from. Comparing two tells the graph what to move.
import type { View } from "../data/view.js";
import type { LayoutName, Network } from "../types.js";

export interface DrawnKeys {
  layout: LayoutName | null;
  focus: string | null;
  /** "from>to@date" while paths are shown, else "". */
  paths: string;
  /** "story#step" while presenting, else "". */
  story: string;
  /** What positions come from: the whole network, or on a large graph the focus, filtered network or summary. */
  base: Network | null;
}

export const nothingDrawn: DrawnKeys = { layout: null, focus: null, paths: "", story: "", base: null };

export function drawnKeys(view: Pick<View, "state" | "paths" | "story" | "base">): DrawnKeys {
  const s = view.state;
  return {
    layout: s.layout,
    focus: s.focus,
    paths: view.paths ? `${s.pathFrom}>${s.pathTo}@${s.date}` : "",
    story: view.story ? `${view.story.id}#${s.step}` : "",
    base: view.base,
  };
}
