// Everything the page knows: the view state (what the URL says), what was loaded for it, what the
// graph drew, and the page's own flags. Only the page store's actions change it.
import type { View } from "../data/view.js";
import { type DrawnKeys, nothingDrawn } from "../model/drawn-keys.js";
import type { Marks } from "../model/marks-of.js";
import type { NetworkEdge, NetworkNode, StorySummary } from "../types.js";
import type { ViewState } from "./view-state.js";

/** A view as the graph drew it: the panels and the list show the same. */
export interface Shown {
  view: View;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  marks: Marks;
}

export interface PageState {
  /** What the page shows (or is about to), and the URL with it. */
  view: ViewState;
  /** Counts the loads: a load or drawing of an older generation is stale. */
  generation: number;
  /** loading: fetching or drawing the view; drawn: on the canvas; ready: on screen; error: failed. */
  phase: "loading" | "drawn" | "ready" | "error";
  /** The latest view loaded; the graph draws it. */
  loaded: View | null;
  /** What the canvas shows, whatever generation drew it. */
  drawn: DrawnKeys;
  /** The latest view drawn for the current generation. */
  shown: Shown | null;
  /** The relationship whose details are asked for. */
  selectedEdge: string | null;
  /** The time player is running through the years. */
  playing: boolean;
  /** The status line; a new object each time, so the same words said twice are said twice. */
  message: { text: string };
  /** The stories the Present menu offers; null until they are loaded. */
  stories: StorySummary[] | null;
}

export function initialPageState(view: ViewState): PageState {
  return {
    view,
    generation: 0,
    phase: "loading",
    loaded: null,
    drawn: nothingDrawn,
    shown: null,
    selectedEdge: null,
    playing: false,
    message: { text: "" },
    stories: null,
  };
}
