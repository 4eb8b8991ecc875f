// Level of detail: a big view seen whole is drawn as coloured dots and thin grey lines, the way
// Gephi and sigma.js draw overviews; zooming in past `detailZoom` brings back shapes' borders,
// labels, arrows and edge colours. At overview zoom those details are too small to read anyway, and
// drawing them made panning a 5,000-element view 2-3 times slower (BENCHMARKS.md, B7).
import type { Core } from "cytoscape";

/** Views with more elements than this get the overview drawing when zoomed out. */
export const overviewElements = 600;
/** Below this zoom a big view is an overview. */
export const detailZoom = 0.75;

export interface LevelOfDetail {
  /** The class to give elements now ("lod" in an overview, none otherwise). */
  classes(): string[];
  /**
   * Re-decides after the elements or the zoom changed. `planned`: how many elements the drawing
   * has once complete (a progressive drawing adds them over several frames); kept for later zooms.
   */
  refresh(planned?: number): void;
}

export function levelOfDetail(cy: Core): LevelOfDetail {
  let overview = false;
  let elements: number | undefined;
  const refresh = (planned?: number) => {
    if (planned !== undefined) elements = planned;
    const wanted = (elements ?? cy.elements().length) > overviewElements && cy.zoom() < detailZoom;
    if (wanted === overview) return;
    overview = wanted;
    cy.batch(() => (overview ? cy.elements().addClass("lod") : cy.elements().removeClass("lod")));
  };
  cy.on("zoom", () => refresh());
  return { classes: () => (overview ? ["lod"] : []), refresh };
}
