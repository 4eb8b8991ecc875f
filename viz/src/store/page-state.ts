// Everything the page knows: the view state (what the URL says), what was loaded for it, what the
// graph drew, and the page's own flags. Only the page store's actions change it.
import type { ErrorCode } from "../../../schema/contract.js";
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
  /** The latest view loaded; the graph draws it, and it stays when a later load fails. */
  loaded: View | null;
  /**
   * How the address records the view once it is loaded: a reader's action is a new history entry
   * (push); the page opening, Back and Forward, the time player's later steps and a failed load's
   * return to the view before only rewrite the current one (replace).
   */
  entry: "push" | "replace";
  /** What the canvas shows, whatever generation drew it. */
  drawn: DrawnKeys;
  /** The latest view drawn for the current generation. */
  shown: Shown | null;
  /** The relationship whose details are asked for. */
  selectedEdge: string | null;
  /** The time player is running through the years. */
  playing: boolean;
  /**
   * The status line; a new object each time, so the same words said twice are said twice. `code`:
   * the error code of a failure (kept out of the words, in the line's data-code).
   */
  message: { text: string; code?: ErrorCode };
  /** The stories the Present menu offers; null until they are loaded. */
  stories: StorySummary[] | null;
}

export function initialPageState(view: ViewState): PageState {
  return {
    view,
    generation: 0,
    phase: "loading",
    loaded: null,
    entry: "replace",
    drawn: nothingDrawn,
    shown: null,
    selectedEdge: null,
    playing: false,
    message: { text: "" },
    stories: null,
  };
}
