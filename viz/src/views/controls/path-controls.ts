// The path menus (From, To) and their buttons. The menus list the nodes of the view's base: the
// whole network, or on a large graph the focus's or filtered network (the same object while it
// stays the same, so the menus are built once); a summary has no nodes to start a path from.
import type { View } from "../../data/view.js";
import { byId, el, replaceChildren } from "../../dom/el.js";
import { pathChoices } from "../../model/path-choices.js";
import type { PageStore } from "../../store/page-store.js";
import type { ViewState } from "../../store/view-state.js";
import type { Network } from "../../types.js";
import type { PageView } from "../page-view.js";

export function createPathControls({ store }: { store: PageStore }): PageView {
  const from = byId<HTMLSelectElement>("path-from");
  const to = byId<HTMLSelectElement>("path-to");
  byId("path-find").addEventListener("click", () => void store.showPaths(from.value || null, to.value || null));
  byId("path-clear").addEventListener("click", () => void store.clearPaths());

  const fill = (select: HTMLSelectElement, choices: Network | null, types: string[]) =>
    replaceChildren(
      select,
      el("option", { value: "" }, "Choose…"),
      ...pathChoices(choices?.nodes ?? [], types).map(({ type, nodes }) =>
        el("optgroup", { label: type }, ...nodes.map((n) => el("option", { value: n.id }, n.label))),
      ),
    );

  let loaded: View | null = null;
  /** The network the menus list; undefined: not built yet. */
  let listed: Network | null | undefined;
  let view: ViewState | null = null;
  return {
    render(state) {
      let rebuilt = false;
      if (state.loaded && state.loaded !== loaded) {
        loaded = state.loaded;
        const choices = loaded.summary ? null : loaded.base;
        if (choices !== listed) {
          listed = choices;
          fill(from, choices, loaded.all.types);
          fill(to, choices, loaded.all.types);
          rebuilt = true;
        }
      }
      if (state.view === view && !rebuilt) return;
      view = state.view;
      from.value = view.pathFrom ?? "";
      to.value = view.pathTo ?? "";
    },
  };
}
