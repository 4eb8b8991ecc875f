// The graph's own controls: layout, the organisations view, node size, focus depth, Clear focus,
// and zoom in, out and to fit.
import type { Core } from "cytoscape";
import { byId } from "../../dom/el.js";
import type { PageStore } from "../../store/page-store.js";
import type { SizeBy, ViewState } from "../../store/view-state.js";
import type { LayoutName } from "../../types.js";
import type { PageView } from "../page-view.js";

export function createGraphControls({ store, cy }: { store: PageStore; cy: Core }): PageView {
  const layout = byId<HTMLSelectElement>("layout-select");
  const depth = byId<HTMLSelectElement>("depth-select");
  layout.addEventListener("change", () => void store.setLayout(layout.value as LayoutName));
  depth.addEventListener("change", () => void store.setDepth(Number(depth.value)));
  byId("clear-focus").addEventListener("click", () => void store.clearFocus());
  const organisations = byId<HTMLInputElement>("organisations-view");
  const sizeBy = byId<HTMLSelectElement>("size-by");
  organisations.addEventListener("change", () => void store.setOrganisations(organisations.checked));
  sizeBy.addEventListener("change", () => void store.setSizeBy(sizeBy.value as SizeBy));
  const center = () => ({ x: cy.width() / 2, y: cy.height() / 2 });
  byId("zoom-in").addEventListener("click", () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center() }));
  byId("zoom-out").addEventListener("click", () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center() }));
  byId("zoom-fit").addEventListener("click", () => cy.fit(cy.elements().not(".faded"), 30));

  let view: ViewState | null = null;
  return {
    render(state) {
      if (state.view === view) return;
      view = state.view;
      layout.value = view.layout;
      depth.value = String(view.depth);
      organisations.checked = view.organisations;
      sizeBy.value = view.sizeBy;
    },
  };
}
