// What a drawing was of, as far as the camera cares: the layout, the focus and its depth, the
// paths, the story step, the date, the filters and the network the positions come from. Comparing
// two tells the graph what to move and what to frame.
import type { View } from "../data/view.js";
import type { LayoutName, Network } from "../types.js";

export interface DrawnKeys {
  layout: LayoutName | null;
  focus: string | null;
  /** The focus's depth, 0 without a focus. */
  depth: number;
  /** "from>to@date" while paths are shown, else "". */
  paths: string;
  /** "story#step" while presenting, else "". */
  story: string;
  /** The date shown, or the two compared ("from..to"); "" for all time. */
  when: string;
  /** What the filters hide, "known facts only" and the organisations view included. */
  filters: string;
  /** What positions come from: the whole network, or on a large graph the focus, filtered network or summary. */
  base: Network | null;
}

export const nothingDrawn: DrawnKeys = {
  layout: null,
  focus: null,
  depth: 0,
  paths: "",
  story: "",
  when: "",
  filters: "",
  base: null,
};

export function drawnKeys(view: Pick<View, "state" | "paths" | "story" | "base">): DrawnKeys {
  const s = view.state;
  return {
    layout: s.layout,
    focus: s.focus,
    depth: s.focus ? s.depth : 0,
    paths: view.paths ? `${s.pathFrom}>${s.pathTo}@${s.date}` : "",
    story: view.story ? `${view.story.id}#${s.step}` : "",
    when: s.compareFrom && s.compareTo ? `${s.compareFrom}..${s.compareTo}` : (s.date ?? ""),
    filters: JSON.stringify([s.hiddenTypes, s.hiddenKinds, s.hiddenRelationships, s.knownOnly, s.organisations]),
    base: view.base,
  };
}
