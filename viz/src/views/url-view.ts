// The address bar and the browser's history: the view state as query parameters, written once a
// view is loaded (so a link always reopens what is shown, and a failed load leaves the address
// as it was). A reader's action adds a history entry, unless the address would not change; the
// page opening, Back and Forward and the time player's later steps rewrite the current one. Back
// and Forward read the entry's address and restore its view through the store.
import type { PageStore } from "../store/page-store.js";
import { readViewState, writeViewState } from "../store/view-state.js";
import type { PageView } from "./page-view.js";

export function createUrlView({ store }: { store: PageStore }): PageView {
  addEventListener("popstate", () => void store.restore(readViewState(location.search)));
  return {
    render(state) {
      // Only a loaded view is written: while loading, or with one path end chosen, `view` is ahead of it.
      if (!state.loaded || state.view !== state.loaded.state) return;
      const search = writeViewState(state.view);
      if (search === location.search) return;
      const url = `${location.pathname}${search}${location.hash}`;
      if (state.entry === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    },
  };
}
