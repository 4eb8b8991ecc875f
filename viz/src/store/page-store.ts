// The page's one store: its state (page-state.ts) changes only through the named actions of
// page-actions.ts. Actions that change the view start a load; the graph view reports the drawing
// (`drawn`, `ready`), and whatever arrives for an older generation is ignored.
import { describeError } from "../data/describe-error.js";
import type { View } from "../data/view.js";
import { drawnKeys } from "../model/drawn-keys.js";
import { focusState } from "../model/focus-state.js";
import { groupState } from "../model/group-state.js";
import { createStore, type Listener } from "./create-store.js";
import type { PageActions } from "./page-actions.js";
import { initialPageState, type PageState } from "./page-state.js";
import { isDay, type ViewState } from "./view-state.js";

export interface PageStore extends PageActions {
  getState(): PageState;
  subscribe(listener: Listener<PageState>): () => void;
}

export interface PageStoreOptions {
  /** Fetches what a view state needs (data/load-view.ts in the page). */
  loadView(state: ViewState): Promise<View>;
}

const done = Promise.resolve();

export function createPageStore(initial: ViewState, { loadView }: PageStoreOptions): PageStore {
  const { getState, set, subscribe } = createStore(initialPageState(initial));
  const view = () => getState().view;

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

  function load(next: ViewState, patch: Partial<PageState> = {}): Promise<void> {
    const generation = getState().generation + 1;
    set({ ...patch, view: next, generation, phase: "loading" });
    const settled = new Promise<void>((resolve) => waiting.push({ generation, resolve }));
    loadView(next).then(
      (loaded) => {
        if (getState().generation === generation) set({ loaded, view: loaded.state });
      },
      (error: unknown) => actions.failed(generation, error),
    );
    return settled;
  }

  const say = (text: string) => set({ message: { text } });

  const actions: PageActions = {
    start: () => load(view()),
    focusOn(id) {
      const { state, widened } = focusState(view(), getState().loaded, id);
      const message = widened ? { text: "Not in this view: showing all time with every filter off." } : undefined;
      return load(state, { selectedEdge: null, ...(message ? { message } : {}) });
    },
    clearFocus: () => load({ ...view(), focus: null }),
    setDate: (date) => load({ ...view(), date, compareFrom: null, compareTo: null, story: null }),
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
      const { view: state, loaded } = getState();
      // On a large graph the focus is all that is drawn: keep it and show the relationship.
      if (state.focus && !loaded?.large) return load({ ...state, focus: null }, { selectedEdge: id });
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
    startPlaying: () => set({ playing: true }),
    stopPlaying: () => set({ playing: false }),
    say,
    storiesLoaded: (stories) => set({ stories }),
    storiesFailed: (error) => say(`Stories could not be loaded: ${describeError(error)}`),
    drawn(generation, shown) {
      const drawn = drawnKeys(shown.view);
      if (generation !== getState().generation) set({ drawn });
      else set({ drawn, shown, phase: "drawn", message: { text: shown.view.problems.join(" ") } });
    },
    ready(generation) {
      const s = getState();
      if (generation === s.generation && s.phase === "drawn") set({ phase: "ready" });
    },
    failed(generation, error) {
      if (generation !== getState().generation) return;
      set({ phase: "error", message: { text: `The network could not be loaded: ${describeError(error)}` } });
    },
  };
  return { getState, subscribe, ...actions };
}
