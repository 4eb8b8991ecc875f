// The page's one store: its state (page-state.ts) changes only through the named actions of
// page-actions.ts. Actions that change the view start a load; the graph view reports the drawing
// (`drawn`, `ready`), and whatever arrives for an older generation is ignored. A reader's action
// loads exactly what it asks for: when that fails, the view loaded before stays, and the status
// line says why.
import { describeError, errorCodeOf } from "../data/describe-error.js";
import type { LoadOptions } from "../data/load-view.js";
import type { View } from "../data/view.js";
import { drawnKeys } from "../model/drawn-keys.js";
import { focusState } from "../model/focus-state.js";
import { groupState } from "../model/group-state.js";
import { createStore, type Listener } from "./create-store.js";
import type { PageActions } from "./page-actions.js";
import { initialPageState, type PageState } from "./page-state.js";
import { isDay, type ViewState, writeViewState } from "./view-state.js";

export interface PageStore extends PageActions {
  getState(): PageState;
  subscribe(listener: Listener<PageState>): () => void;
}

export interface PageStoreOptions {
  /** Fetches what a view state needs (data/load-view.ts in the page). */
  loadView(state: ViewState, options: Required<LoadOptions>): Promise<View>;
}

const done = Promise.resolve();

/**
 * Why a view is loaded: a reader's action; a refinement of the action just before (typing a date,
 * dragging the slider, the time player's later steps), which takes that action's history entry;
 * the page opening; or the browser's Back and Forward.
 */
type Cause = "action" | "refinement" | "open" | "history";

export function createPageStore(initial: ViewState, { loadView }: PageStoreOptions): PageStore {
  const { getState, set, subscribe } = createStore(initialPageState(initial));
  const view = () => getState().view;
  /** The last generation handed out (state.generation can go back to the loaded one's). */
  let issued = 0;
  /** The generation `loaded` came from. */
  let loadedGeneration = 0;
  /** The latest entry written was made by a reader's action or its refinements: a refinement may take it. */
  let refinable = false;
  /** The time player has loaded its first step, the reader's action: its later steps refine it. */
  let playRecorded = false;
  /** The latest drawing reported, whatever its generation, and whether it reached the screen. */
  let lastDrawn: { generation: number; shown: PageState["shown"]; ready: boolean } | null = null;

  /** The words of the action that started the current load, said beside the view's problems. */
  let notice: { generation: number; text: string } | null = null;

  const waiting: { generation: number; resolve: () => void }[] = [];
  const isSettled = (s: PageState, generation: number) =>
    s.generation !== generation || s.phase === "ready" || s.phase === "error";
  subscribe((s) => {
    for (const wait of [...waiting]) {
      if (!isSettled(s, wait.generation)) continue;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  });

  function load(next: ViewState, patch: Partial<PageState> = {}, asked: Cause = "action"): Promise<void> {
    let cause = asked;
    if (cause === "action" && getState().playing) {
      // The player's first step is the reader's action; the later ones refine it.
      cause = playRecorded ? "refinement" : "action";
      playRecorded = true;
    }
    const entry = cause === "action" || (cause === "refinement" && !refinable) ? "push" : "replace";
    if (cause !== "refinement") refinable = false;
    issued += 1;
    const generation = issued;
    // What the action says (a widened focus, a refresh after an edit) stays once the view is drawn.
    notice = patch.message ? { generation, text: patch.message.text } : null;
    set({ ...patch, view: next, generation, phase: "loading", entry });
    const settled = new Promise<void>((resolve) => waiting.push({ generation, resolve }));
    const byReader = cause === "action" || cause === "refinement";
    loadView(next, { exact: byReader }).then(
      (loaded) => {
        if (getState().generation !== generation) return;
        loadedGeneration = generation;
        refinable = byReader;
        set({ loaded, view: loaded.state });
      },
      (error: unknown) => actions.failed(generation, error),
    );
    return settled;
  }

  const say = (text: string) => set({ message: { text } });

  const actions: PageActions = {
    start: () => load(view(), {}, "open"),
    refresh: (text) => load(view(), { message: { text } }, "open"),
    restore(state) {
      if (writeViewState(state) === writeViewState(view())) return done;
      return load(state, { selectedEdge: null }, "history");
    },
    focusOn(id) {
      const { state, widened } = focusState(view(), getState().loaded, id);
      const message = widened ? { text: "Not in this view: showing all time with every filter off." } : undefined;
      return load(state, { selectedEdge: null, ...(message ? { message } : {}) });
    },
    clearFocus: () => load({ ...view(), focus: null }),
    setDate: (date, { refining = false } = {}) =>
      load(
        { ...view(), date, compareFrom: null, compareTo: null, story: null },
        {},
        refining ? "refinement" : "action",
      ),
    showAllTime: () =>
      load({ ...view(), date: null, compareFrom: null, compareTo: null, story: null }, { playing: false }),
    compare(from, to) {
      if (!isDay(from) || !isDay(to) || from >= to) {
        say("Choose two dates, the first before the second.");
        return done;
      }
      return load({ ...view(), compareFrom: from, compareTo: to, story: null });
    },
    stopComparing: () => load({ ...view(), compareFrom: null, compareTo: null }),
    setLayout: (layout) => load({ ...view(), layout }),
    setDepth: (depth) => load({ ...view(), depth }),
    setHidden: ({ hiddenTypes, hiddenKinds, hiddenRelationships }) =>
      load({ ...view(), hiddenTypes, hiddenKinds, hiddenRelationships }),
    setKnownOnly: (knownOnly) => load({ ...view(), knownOnly }),
    setOrganisations: (organisations) => load({ ...view(), organisations }),
    setSizeBy: (sizeBy) => load({ ...view(), sizeBy }),
    choosePathEnd(end, id) {
      const next = { ...view(), [end]: id, focus: null };
      if (next.pathFrom && next.pathTo) return load(next);
      // One end is not a view yet: the URL and the drawing wait for the other.
      set({
        view: next,
        message: {
          text:
            end === "pathFrom" ? "Path start chosen; now choose its end." : "Path end chosen; now choose its start.",
        },
      });
      return done;
    },
    showPaths(from, to) {
      if (!from || !to) {
        say("Choose both ends of the path.");
        return done;
      }
      return load({ ...view(), pathFrom: from, pathTo: to, focus: null, story: null });
    },
    clearPaths: () => load({ ...view(), pathFrom: null, pathTo: null }),
    selectEdge(id) {
      // The focus, the framing and the history stay as they are: only the details change.
      set({ selectedEdge: id });
      return done;
    },
    showEdgeDetails: (id) => set({ selectedEdge: id }),
    showGroup(id) {
      const next = groupState(view(), getState().loaded, id);
      if (!next) return done;
      return load(next.state, { selectedEdge: null, message: { text: `Showing ${next.label} only.` } });
    },
    startStory: (id) => load({ ...view(), story: id, step: 0 }),
    moveStep(by) {
      const { view: state, loaded } = getState();
      if (!state.story || !loaded?.story) return done;
      const step = Math.min(Math.max(state.step + by, 0), loaded.story.steps.length - 1);
      return step === state.step ? done : load({ ...state, step });
    },
    leaveStory: () => load({ ...view(), story: null, step: 0 }),
    startPlaying() {
      playRecorded = false;
      set({ playing: true });
    },
    stopPlaying: () => set({ playing: false }),
    say,
    storiesLoaded: (stories) => set({ stories }),
    storiesFailed: (error) =>
      set({ message: { text: `The stories could not be loaded. ${describeError(error)}`, code: errorCodeOf(error) } }),
    drawn(generation, shown) {
      lastDrawn = { generation, shown, ready: false };
      const drawn = drawnKeys(shown.view);
      if (generation !== getState().generation) set({ drawn });
      else {
        const said = notice?.generation === generation ? [notice.text] : [];
        set({ drawn, shown, phase: "drawn", message: { text: [...said, ...shown.view.problems].join(" ") } });
      }
    },
    ready(generation) {
      if (lastDrawn?.generation === generation) lastDrawn.ready = true;
      const s = getState();
      if (generation === s.generation && s.phase === "drawn") set({ phase: "ready" });
    },
    failed(generation, error) {
      const s = getState();
      if (generation !== s.generation) return;
      const message = { text: describeError(error), code: errorCodeOf(error) };
      // A load failed while an earlier view is loaded: that view stays, and the address with it. Its
      // drawing may have finished while the failed load was current; else it reports when it does.
      if (s.loaded && generation !== loadedGeneration) {
        const drawing = lastDrawn?.generation === loadedGeneration ? lastDrawn : null;
        set({
          generation: loadedGeneration,
          view: s.loaded.state,
          entry: "replace",
          message,
          ...(drawing ? { shown: drawing.shown, phase: drawing.ready ? "ready" : "drawn" } : { phase: "loading" }),
        });
        return;
      }
      set({ phase: "error", message: { ...message, text: `The network could not be loaded. ${message.text}` } });
    },
  };
  return { getState, subscribe, ...actions };
}
