// The page store: named actions change the view, each load is a generation, and whatever arrives
// for an older generation is ignored. loadView is a fake the tests answer by hand.

import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../schema/contract.js";
import { ApiError } from "../../../viz/src/data/api.js";
import type { View } from "../../../viz/src/data/view.js";
import type { Shown } from "../../../viz/src/store/page-state.js";
import { createPageStore } from "../../../viz/src/store/page-store.js";
import { defaultViewState, type ViewState } from "../../../viz/src/store/view-state.js";
import type { Story } from "../../../viz/src/types.js";
import { sampleView } from "./sample-view.js";

interface Asked {
  state: ViewState;
  exact: boolean;
  answer(view: View): Promise<void>;
  fail(error: unknown): Promise<void>;
}

function storeWithFakeLoads(initial: Partial<ViewState> = {}) {
  const asked: Asked[] = [];
  const store = createPageStore(
    { ...defaultViewState, ...initial },
    {
      loadView: (state, { exact }) =>
        new Promise<View>((resolve, reject) => {
          asked.push({
            state,
            exact,
            answer: async (view) => {
              resolve(view);
              await Promise.resolve();
            },
            fail: async (error) => {
              reject(error);
              await Promise.resolve();
            },
          });
        }),
    },
  );
  const last = () => {
    const found = asked.at(-1);
    if (!found) throw new Error("nothing was loaded");
    return found;
  };
  /** Answers the latest load with a view of its state, and draws it. */
  const show = async (fields: Partial<View> = {}) => {
    const { state } = last();
    const view = sampleView(state, fields);
    await last().answer(view);
    const shown: Shown = { view, nodes: view.network.nodes, edges: view.network.edges, marks: new Map() };
    store.drawn(store.getState().generation, shown);
    store.ready(store.getState().generation);
    return view;
  };
  return { store, asked, last, show };
}

const story: Story = {
  id: "s",
  title: "",
  description: "",
  source: "",
  steps: [0, 1, 2].map((i) => ({
    title: `Step ${i}`,
    caption: "",
    date: null,
    highlight: { nodes: [], edges: [] },
    view: { focus: null, zoom: null },
    cite: [],
  })),
};

describe("the page store", () => {
  it("loads the view the page opened with and takes the state the load settled on", async () => {
    const { store, last } = storeWithFakeLoads({ focus: "nowhere" });
    void store.start();
    expect(store.getState()).toMatchObject({ phase: "loading", generation: 1 });
    expect(last().state.focus).toBe("nowhere");
    const view = sampleView({ focus: null }, { problems: ['There is no node "nowhere"; focus cleared.'] });
    await last().answer(view);
    expect(store.getState().loaded).toBe(view);
    expect(store.getState().view.focus).toBeNull();
  });

  it("ignores a load that a newer one overtook", async () => {
    const { store, asked } = storeWithFakeLoads();
    void store.start();
    void store.setLayout("dagre");
    const [older, newer] = asked;
    await newer?.answer(sampleView({ layout: "dagre" }));
    await older?.answer(sampleView());
    expect(store.getState().loaded?.state.layout).toBe("dagre");
    await older?.fail(new Error("late"));
    expect(store.getState().phase).toBe("loading");
  });

  it("goes from drawn to ready only for the current generation, but always records what the canvas shows", async () => {
    const { store, last } = storeWithFakeLoads();
    void store.start();
    const view = sampleView();
    await last().answer(view);
    void store.setDepth(2);
    const shown: Shown = { view, nodes: [], edges: [], marks: new Map() };
    store.drawn(1, shown);
    expect(store.getState()).toMatchObject({ phase: "loading", shown: null });
    expect(store.getState().drawn.layout).toBe("fcose");
    store.ready(1);
    expect(store.getState().phase).toBe("loading");
  });

  it("loads the same view again after an edit, replacing its entry, and keeps saying what changed once drawn", async () => {
    const { store, asked, show } = storeWithFakeLoads({ focus: "elft" });
    void store.start();
    await show();
    const refreshed = store.refresh("Reverted rev-3: the graph is now at rev-5.");
    expect(asked).toHaveLength(2);
    expect(asked[1]?.state).toEqual(asked[0]?.state);
    expect(store.getState().entry).toBe("replace");
    await show({ problems: ["Elsewhere: a note."] });
    await refreshed;
    expect(store.getState().message.text).toBe("Reverted rev-3: the graph is now at rev-5. Elsewhere: a note.");
    // The next action's drawing says only its own.
    void store.clearFocus();
    await show();
    expect(store.getState().message.text).toBe("");
  });

  it("says the view's problems once it is drawn, and nothing when there are none", async () => {
    const { store, show } = storeWithFakeLoads();
    void store.start();
    await show({ problems: ["No paths: timeout", "Choose two different ends for a path."] });
    expect(store.getState().message.text).toBe("No paths: timeout Choose two different ends for a path.");
    void store.setLayout("dagre");
    await show();
    expect(store.getState()).toMatchObject({ phase: "ready", message: { text: "" } });
  });

  it("settles an action's promise when its view is on screen, when it fails, or when it is overtaken", async () => {
    const { store, last, show } = storeWithFakeLoads();
    const settled: string[] = [];
    void store.start().then(() => settled.push("start"));
    await show();
    await Promise.resolve();
    expect(settled).toEqual(["start"]);
    void store.setDepth(2).then(() => settled.push("depth"));
    void store.setDepth(3).then(() => settled.push("deeper"));
    await last().fail(new ApiError(ErrorCode.InternalError, "boom"));
    await Promise.resolve();
    expect(settled).toEqual(["start", "depth", "deeper"]);
  });

  it("fails the page, in words with the code apart, when the view it opened with cannot be loaded", async () => {
    const { store, last } = storeWithFakeLoads();
    void store.start();
    await last().fail(new ApiError(ErrorCode.ServerUnreachable, "the server could not be reached"));
    expect(store.getState()).toMatchObject({
      phase: "error",
      message: {
        text: "The network could not be loaded. The server could not be reached. Check the connection, then try again.",
        code: "SERVER_UNREACHABLE",
      },
    });
  });

  it("tells its listeners of every change, each with the latest state", () => {
    const { store } = storeWithFakeLoads();
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.generation));
    void store.start();
    store.say("hello");
    stop();
    store.say("unheard");
    expect(seen).toEqual([1, 1]);
  });
});

describe("the page store's actions", () => {
  it("focuses a node in the view without touching the date or the filters", async () => {
    const { store, last, show } = storeWithFakeLoads({ date: "2022-01-01", hiddenTypes: ["Service"] });
    void store.start();
    await show();
    store.showEdgeDetails("PARTNER_IN:barts->tht");
    void store.focusOn("tht");
    expect(last().state).toMatchObject({ focus: "tht", date: "2022-01-01", hiddenTypes: ["Service"] });
    expect(store.getState().selectedEdge).toBeNull();
  });

  it("focuses a node outside the view in all time with every filter off, and says so", async () => {
    const { store, last, show } = storeWithFakeLoads({ hiddenTypes: ["Service"], pathFrom: "a", pathTo: "b" });
    void store.start();
    await show();
    void store.focusOn("visiting");
    expect(last().state).toMatchObject({
      focus: "visiting",
      date: null,
      hiddenTypes: [],
      pathFrom: null,
      pathTo: null,
    });
    expect(store.getState().message.text).toBe("Not in this view: showing all time with every filter off.");
  });

  it("waits for both ends of a path before loading, then shows the paths without the focus", async () => {
    const { store, asked, show } = storeWithFakeLoads({ focus: "tht" });
    void store.start();
    await show();
    void store.choosePathEnd("pathFrom", "tht");
    expect(asked).toHaveLength(1);
    expect(store.getState().view).toMatchObject({ pathFrom: "tht", focus: null });
    expect(store.getState().message.text).toBe("Path start chosen; now choose its end.");
    void store.choosePathEnd("pathTo", "elft");
    expect(asked.at(-1)?.state).toMatchObject({ pathFrom: "tht", pathTo: "elft", focus: null });
  });

  it("asks for both ends before showing paths, and for two ordered dates before comparing", () => {
    const { store, asked } = storeWithFakeLoads();
    void store.showPaths("tht", null);
    expect(store.getState().message.text).toBe("Choose both ends of the path.");
    void store.compare("2023-12-31", "2021-12-31");
    expect(store.getState().message.text).toBe("Choose two dates, the first before the second.");
    expect(asked).toHaveLength(0);
    void store.compare("2021-12-31", "2023-12-31");
    expect(asked.at(-1)?.state).toMatchObject({ compareFrom: "2021-12-31", compareTo: "2023-12-31", story: null });
  });

  it("keeps the focus for a relationship picked in the graph, loading nothing, on any graph", async () => {
    const small = storeWithFakeLoads({ focus: "tht" });
    void small.store.start();
    await small.show();
    void small.store.selectEdge("PARTNER_IN:barts->tht");
    expect(small.asked).toHaveLength(1);
    expect(small.store.getState()).toMatchObject({ selectedEdge: "PARTNER_IN:barts->tht", view: { focus: "tht" } });

    const large = storeWithFakeLoads({ focus: "tht" });
    void large.store.start();
    await large.show({ large: true });
    void large.store.selectEdge("PARTNER_IN:barts->tht");
    expect(large.asked).toHaveLength(1);
    expect(large.store.getState()).toMatchObject({ selectedEdge: "PARTNER_IN:barts->tht", view: { focus: "tht" } });
  });

  it("shows only a summary group's kind, keeping the other node types hidden", async () => {
    const { store, last, show } = storeWithFakeLoads();
    void store.start();
    const groups = [
      {
        id: "Organisation:NHS trust",
        nodeType: "Organisation" as const,
        kind: "NHS trust",
        label: "NHS trust",
        count: 2,
      },
    ];
    await show({
      all: { types: ["Organisation", "Site"], kinds: ["NHS trust", "GP federation"], relationships: [] },
      summary: { summary: { groups, links: [] }, refused: { elements: 90, limit: 40 }, reason: "whole" },
    });
    void store.showGroup("Organisation:NHS trust");
    expect(last().state).toMatchObject({ hiddenTypes: ["Site"], hiddenKinds: ["GP federation"] });
    expect(store.getState().message.text).toBe("Showing NHS trust only.");
    void store.showGroup("no such group");
    expect(last().state.hiddenTypes).toEqual(["Site"]);
  });

  it("moves through a story's steps and stays within it", async () => {
    const { store, asked, last, show } = storeWithFakeLoads();
    void store.startStory("s");
    expect(last().state).toMatchObject({ story: "s", step: 0 });
    await show({ story });
    void store.moveStep(-1);
    expect(asked).toHaveLength(1);
    void store.moveStep(5);
    expect(last().state.step).toBe(2);
    await show({ story });
    void store.leaveStory();
    expect(last().state).toMatchObject({ story: null, step: 0 });
  });

  it("leaves a story and a comparison for a date, and stops the player for all time", () => {
    const { store, last } = storeWithFakeLoads({ story: "s", compareFrom: "2021-12-31", compareTo: "2023-12-31" });
    void store.setDate("2016-12-31");
    expect(last().state).toMatchObject({ date: "2016-12-31", story: null, compareFrom: null, compareTo: null });
    store.startPlaying();
    void store.showAllTime();
    expect(store.getState().playing).toBe(false);
    expect(last().state.date).toBeNull();
  });

  it("keeps the filters it is given and nothing else of them", () => {
    const { store, last } = storeWithFakeLoads();
    const hidden = { hiddenTypes: ["Site"], hiddenKinds: [], hiddenRelationships: ["SERVES"], focus: "x" };
    void store.setHidden(hidden);
    expect(last().state).toMatchObject({ hiddenTypes: ["Site"], hiddenRelationships: ["SERVES"], focus: null });
  });

  it("offers the stories once loaded, and says when they could not be", () => {
    const { store } = storeWithFakeLoads();
    store.storiesLoaded([{ id: "s", title: "S", description: "D", steps: 3 }]);
    expect(store.getState().stories).toEqual([{ id: "s", title: "S", description: "D", steps: 3 }]);
    store.storiesFailed(new Error("offline"));
    expect(store.getState().message).toEqual({
      text: "The stories could not be loaded. Offline.",
      code: "INTERNAL_SERVER_ERROR",
    });
  });
});

describe("the page store's history and failures", () => {
  it("loads exactly what a reader's action asks for, but lets the opening and Back drop what they cannot show", async () => {
    const { store, last, show } = storeWithFakeLoads();
    void store.start();
    expect(last().exact).toBe(false);
    await show();
    void store.setDepth(2);
    expect(last().exact).toBe(true);
    await show();
    void store.restore({ ...defaultViewState, focus: "tht" });
    expect(last().exact).toBe(false);
  });

  it("records a reader's action as a new history entry, and the opening and Back and Forward as the current one", async () => {
    const { store, show } = storeWithFakeLoads();
    void store.start();
    expect(store.getState().entry).toBe("replace");
    await show();
    void store.focusOn("tht");
    expect(store.getState().entry).toBe("push");
    await show();
    void store.restore(defaultViewState);
    expect(store.getState()).toMatchObject({ entry: "replace", view: { focus: null } });
  });

  it("restores a history entry's view through a load, and loads nothing for the view already shown", async () => {
    const { store, asked, show } = storeWithFakeLoads({ date: "2021-12-31" });
    void store.start();
    await show();
    void store.restore({ ...defaultViewState, date: "2021-12-31" });
    expect(asked).toHaveLength(1);
    store.showEdgeDetails("PARTNER_IN:barts->tht");
    void store.restore({ ...defaultViewState, date: "2023-12-31" });
    expect(asked).toHaveLength(2);
    expect(asked[1]?.state.date).toBe("2023-12-31");
    expect(store.getState().selectedEdge).toBeNull();
  });

  it("records the time player's first step as a new entry and replaces it with the later ones", async () => {
    const { store, show } = storeWithFakeLoads();
    void store.start();
    await show();
    store.startPlaying();
    void store.compare("2013-12-30", "2013-12-31");
    expect(store.getState().entry).toBe("push");
    await show();
    void store.compare("2016-03-31", "2016-04-01");
    expect(store.getState().entry).toBe("replace");
    await show();
    store.stopPlaying();
    void store.setDepth(2);
    expect(store.getState().entry).toBe("push");
  });

  it("gives a refining date the entry of the date it refines, unless that one was never written", async () => {
    const { store, last, show } = storeWithFakeLoads();
    void store.start();
    await show();
    void store.setDate("2020-12-31");
    expect(store.getState().entry).toBe("push");
    // Overtaken before it was loaded: the refinement makes the entry instead.
    void store.setDate("2021-12-31", { refining: true });
    expect(store.getState().entry).toBe("push");
    await show();
    void store.setDate("2022-12-31", { refining: true });
    expect(store.getState().entry).toBe("replace");
    await show();
    // A new action, refused: the refinement after it has no entry of its own to take.
    void store.setDate("1990-12-31");
    await last().fail(new ApiError(ErrorCode.NotFound, "nothing then"));
    void store.setDate("1991-12-31", { refining: true });
    expect(store.getState().entry).toBe("push");
    expect(last().exact).toBe(true);
  });

  it("keeps the view it had when a reader's action fails, and says why in words with the code apart", async () => {
    const { store, last, show } = storeWithFakeLoads({ date: "2021-12-31" });
    void store.start();
    const before = await show();
    let settled = false;
    void store.focusOn("nowhere").then(() => {
      settled = true;
    });
    expect(store.getState().view).toMatchObject({ focus: "nowhere", date: null });
    await last().fail(new ApiError(ErrorCode.NotFound, 'there is no node "nowhere"', { hint: "Pick it again." }));
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(store.getState()).toMatchObject({
      phase: "ready",
      generation: 1,
      entry: "replace",
      loaded: before,
      message: { text: 'There is no node "nowhere". Pick it again.', code: "NOT_FOUND" },
    });
    expect(store.getState().view).toBe(before.state);
    // The page goes on: the next action loads and draws as usual.
    void store.setDepth(2);
    const after = await show();
    expect(store.getState()).toMatchObject({ phase: "ready", loaded: after, view: { depth: 2 } });
    expect(store.getState().message.code).toBeUndefined();
  });

  it("waits for the drawing of the view it goes back to when that drawing had not finished", async () => {
    const { store, last } = storeWithFakeLoads();
    void store.start();
    const view = sampleView();
    await last().answer(view);
    void store.setDepth(2);
    await last().fail(new ApiError(ErrorCode.ServerUnreachable, "the server could not be reached"));
    expect(store.getState()).toMatchObject({ phase: "loading", generation: 1, view: { depth: 1 } });
    store.drawn(1, { view, nodes: [], edges: [], marks: new Map() });
    store.ready(1);
    expect(store.getState().phase).toBe("ready");
  });

  it("goes back to ready when the earlier view's drawing finished while the failed load was current", async () => {
    const { store, last } = storeWithFakeLoads();
    void store.start();
    const view = sampleView();
    await last().answer(view);
    void store.setDepth(2);
    store.drawn(1, { view, nodes: [], edges: [], marks: new Map() });
    store.ready(1);
    expect(store.getState().phase).toBe("loading");
    await last().fail(new ApiError(ErrorCode.InternalError, "boom"));
    expect(store.getState()).toMatchObject({ phase: "ready", generation: 1, shown: { view } });
  });

  it("fails the page when the loaded view itself cannot be drawn", async () => {
    const { store, last } = storeWithFakeLoads();
    void store.start();
    await last().answer(sampleView());
    store.failed(1, new Error("no canvas"));
    expect(store.getState()).toMatchObject({ phase: "error", message: { code: "INTERNAL_SERVER_ERROR" } });
  });
});
