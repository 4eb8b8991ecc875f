// The address bar and the history, against a fake location and history (no browser): a loaded
// view is written once, pushed for a reader's action and replaced otherwise, nothing is written
// while a view is loading or when the address would not change, and Back hands the entry's view
// state to the store.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PageState } from "../../../viz/src/store/page-state.js";
import { initialPageState } from "../../../viz/src/store/page-state.js";
import type { PageStore } from "../../../viz/src/store/page-store.js";
import { defaultViewState, type ViewState } from "../../../viz/src/store/view-state.js";
import { createUrlView } from "../../../viz/src/views/url-view.js";
import { sampleView } from "./sample-view.js";

let entries: string[] = [];
let at = 0;
let onPopState: (() => void) | null = null;
const location = { pathname: "/", search: "", hash: "" };

beforeEach(() => {
  entries = [""];
  at = 0;
  location.search = "";
  onPopState = null;
  const go = (url: string) => new URL(url, "http://page").search;
  vi.stubGlobal("location", location);
  vi.stubGlobal("history", {
    pushState(_data: unknown, _title: string, url: string) {
      entries = [...entries.slice(0, at + 1), go(url)];
      at += 1;
      location.search = go(url);
    },
    replaceState(_data: unknown, _title: string, url: string) {
      entries[at] = go(url);
      location.search = go(url);
    },
  });
  vi.stubGlobal("addEventListener", (type: string, listener: () => void) => {
    if (type === "popstate") onPopState = listener;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function loadedState(view: Partial<ViewState>, entry: PageState["entry"]): PageState {
  const loaded = sampleView(view);
  return { ...initialPageState(loaded.state), loaded, view: loaded.state, entry };
}

describe("the address bar and the history", () => {
  it("replaces the entry for the view the page opened with and pushes one per reader's action", () => {
    const url = createUrlView({ store: { restore: vi.fn() } as unknown as PageStore });
    url.render(loadedState({ date: "2021-12-31" }, "replace"));
    expect(entries).toEqual(["?date=2021-12-31"]);
    url.render(loadedState({ date: "2021-12-31", focus: "tht" }, "push"));
    url.render(loadedState({ date: "2021-12-31", focus: "tht", depth: 2 }, "push"));
    expect(entries).toEqual(["?date=2021-12-31", "?date=2021-12-31&focus=tht", "?date=2021-12-31&focus=tht&depth=2"]);
    // Back, Forward and a failed load's return only rewrite the current entry.
    url.render(loadedState({ date: "2021-12-31", focus: "tht", depth: 3 }, "replace"));
    expect(entries).toHaveLength(3);
    expect(entries[2]).toBe("?date=2021-12-31&focus=tht&depth=3");
  });

  it("adds no entry when the address would not change, nor while a view is still loading", () => {
    const url = createUrlView({ store: { restore: vi.fn() } as unknown as PageStore });
    url.render(loadedState({}, "replace"));
    url.render(loadedState({}, "push"));
    expect(entries).toEqual([""]);
    const loading = loadedState({}, "push");
    url.render({ ...loading, view: { ...defaultViewState, focus: "tht" }, phase: "loading" });
    expect(entries).toEqual([""]);
  });

  it("hands the view state of the entry Back or Forward moved to to the store", () => {
    const restore = vi.fn();
    createUrlView({ store: { restore } as unknown as PageStore });
    location.search = "?focus=elft&depth=2";
    onPopState?.();
    expect(restore).toHaveBeenCalledWith({ ...defaultViewState, focus: "elft", depth: 2 });
  });
});
