// The page store's named actions: the only ways its state changes. An action that loads a view
// returns a promise that settles when that view is on screen, has failed or was overtaken.
import type { LayoutName, StorySummary } from "../types.js";
import type { Shown } from "./page-state.js";
import type { Hidden, SizeBy, ViewState } from "./view-state.js";

export interface PageActions {
  /** Loads the view the page opened with. */
  start(): Promise<void>;
  /**
   * Loads the same view again, replacing its history entry: the graph changed under it (an edit
   * from this page, whose answers were forgotten first). `message` says what changed.
   */
  refresh(message: string): Promise<void>;
  /** Shows the view of the history entry the browser moved to (Back, Forward), adding no entry. */
  restore(state: ViewState): Promise<void>;
  /** Focuses a node: in this view if it is in it, else all time with every filter off. */
  focusOn(id: string): Promise<void>;
  clearFocus(): Promise<void>;
  /**
   * Shows a date (null: all time), leaving a comparison or a story. `refining`: the date refines the
   * one just chosen (typed digit by digit, the slider dragged), so it takes that one's history entry.
   */
  setDate(date: string | null, options?: { refining?: boolean }): Promise<void>;
  /** Stops the time player and shows all time. */
  showAllTime(): Promise<void>;
  /** Compares two dates, the first before the second; else says what to choose. */
  compare(from: string, to: string): Promise<void>;
  stopComparing(): Promise<void>;
  setLayout(layout: LayoutName): Promise<void>;
  setDepth(depth: number): Promise<void>;
  setHidden(hidden: Hidden): Promise<void>;
  /** "Known facts only" on or off. */
  setKnownOnly(knownOnly: boolean): Promise<void>;
  /** The organisations view on or off: arrangements, events and groups folded into links. */
  setOrganisations(organisations: boolean): Promise<void>;
  /** What node size shows. */
  setSizeBy(sizeBy: SizeBy): Promise<void>;
  /** Chooses one end of a path; shows the paths once both are chosen. */
  choosePathEnd(end: "pathFrom" | "pathTo", id: string): Promise<void>;
  /** Shows the shortest paths between two nodes; else says what to choose. */
  showPaths(from: string | null, to: string | null): Promise<void>;
  clearPaths(): Promise<void>;
  /** A relationship picked in the graph: its details, keeping the focus, the framing and the history entry. */
  selectEdge(id: string): Promise<void>;
  /** A relationship picked in the list: its details only. */
  showEdgeDetails(id: string): void;
  /** Shows only a summary group's kind or node type. */
  showGroup(id: string): Promise<void>;
  startStory(id: string): Promise<void>;
  /** Moves `by` steps through the story, staying within it. */
  moveStep(by: number): Promise<void>;
  leaveStory(): Promise<void>;
  startPlaying(): void;
  stopPlaying(): void;
  say(text: string): void;
  storiesLoaded(stories: StorySummary[]): void;
  storiesFailed(error: unknown): void;
  /** The graph drew `shown` for `generation` (a stale drawing still changes what the canvas shows). */
  drawn(generation: number, shown: Shown): void;
  /** The drawing of `generation` is on screen. */
  ready(generation: number): void;
  /** Loading or drawing `generation` failed: a failed load goes back to the view loaded before it, if any. */
  failed(generation: number, error: unknown): void;
}
