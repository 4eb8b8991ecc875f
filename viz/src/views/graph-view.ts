// The graph: draws each loaded view (drawing/draw-view.ts), reports the drawing to the store, and
// turns taps into actions: a node focuses (or, in a summary, shows its group), a relationship shows
// its details, the background clears the focus.
import type { Core, EventObject } from "cytoscape";
import type { View } from "../data/view.js";
import { createCamera } from "../drawing/camera.js";
import { drawView } from "../drawing/draw-view.js";
import { labelDensity } from "../drawing/label-density.js";
import { levelOfDetail } from "../drawing/level-of-detail.js";
import { Superseded } from "../drawing/progressive-drawing.js";
import type { PageStore } from "../store/page-store.js";
import { createGraphKeys } from "./graph-keys.js";
import type { PageView } from "./page-view.js";
import { isPicking } from "./picking.js";

export interface GraphViewDeps {
  store: PageStore;
  cy: Core;
  reducedMotion: boolean;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function createGraphView({ store, cy, reducedMotion }: GraphViewDeps): PageView {
  const tools = { cy, camera: createCamera(cy), detail: levelOfDetail(cy), reducedMotion };
  const labels = labelDensity(cy);
  createGraphKeys({ store, cy });
  cy.on("tap", "node", (event: EventObject) => {
    const { view, loaded } = store.getState();
    if (view.story || isPicking(cy)) return;
    const id: string = event.target.id();
    void (loaded?.summary ? store.showGroup(id) : store.focusOn(id));
  });
  cy.on("tap", "edge", (event: EventObject) => {
    if (!isPicking(cy)) void store.selectEdge(event.target.id());
  });
  cy.on("tap", (event: EventObject) => {
    const { view } = store.getState();
    if (event.target === cy && view.focus && !view.story && !isPicking(cy)) void store.clearFocus();
  });

  let drawing: View | null = null;
  return {
    render(state) {
      if (!state.loaded || state.loaded === drawing) return;
      drawing = state.loaded;
      const { generation } = state;
      drawView(state.loaded, state.drawn, tools)
        .then(async (shown) => {
          store.drawn(generation, shown);
          // What is lit may have changed with nothing added or zoomed: the labels are placed again.
          labels.refresh();
          await frame();
          store.ready(generation);
        })
        // A drawing overtaken by the next one's has nothing to report.
        .catch((error: unknown) => {
          if (!(error instanceof Superseded)) store.failed(generation, error);
        });
    },
  };
}
