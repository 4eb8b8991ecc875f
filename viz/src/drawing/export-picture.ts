// The graph as a picture to download: PNG (twice the screen's resolution) or SVG, white background,
// as drawn in GEXF (positions, colours, shapes: model/drawn-gexf.ts), or as a briefing (picture,
// sentences and evidence in one HTML file: model/briefing.ts). A view that lights part of
// the graph (a focus, a path, a story step) is exported as that part only: the faded rest is left
// out, and the picture is framed on what remains.
import type { Collection, Core } from "cytoscape";
import { download } from "../dom/download.js";
import { briefingHtml } from "../model/briefing.js";
import { drawnGexf } from "../model/drawn-gexf.js";
import { edgeSentence } from "../model/edge-sentence.js";
import { fileName } from "../model/file-stem.js";
import { formatDay } from "../model/format-date.js";
import { labelIn } from "../model/label-in.js";
import { viewDescription } from "../model/view-description.js";
import type { Shown } from "../store/page-state.js";
import type { ViewState } from "../store/view-state.js";

/** What the view leaves out of an export: the faded rest, unless everything is faded. */
function leftOut(cy: Core): Collection {
  const rest = cy.elements(".faded");
  return rest.length < cy.elements().length ? rest : cy.collection();
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** The drawn view (what a picture would show) as GEXF with its drawing, downloaded. */
export function exportDrawnGexf(cy: Core, state: ViewState, title: string): void {
  const shown = cy.elements().not(leftOut(cy));
  const nodes = shown.nodes().map((n) => ({
    id: n.id(),
    label: String(n.data("label") ?? n.id()),
    nodeType: String(n.data("nodeType") ?? ""),
    kind: String(n.data("kind") ?? ""),
    x: n.position("x"),
    y: n.position("y"),
    size: n.width(),
    colour: String(n.style("background-color")),
    shape: String(n.style("shape")),
    validFrom: text(n.data("validFrom")),
    validTo: text(n.data("validTo")),
  }));
  const edges = shown.edges().map((e) => ({
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    label: String(e.data("label") ?? ""),
    type: String(e.data("type") ?? ""),
    colour: String(e.style("line-color")),
    width: Number.parseFloat(String(e.style("width"))) || 1,
    line: String(e.style("line-style")),
    validFrom: text(e.data("validFrom")),
    validTo: text(e.data("validTo")),
  }));
  const xml = drawnGexf({ nodes, edges }, { title, date: state.compareTo ?? state.date });
  download(new Blob([xml], { type: "application/gexf+xml" }), fileName("drawn.gexf", state));
}

/** Runs `draw` with the view's faded rest out of the drawing, and puts it back after. */
function withoutRest<T>(cy: Core, draw: () => T): T {
  const leaveOut = leftOut(cy);
  cy.batch(() => leaveOut.style("display", "none"));
  try {
    return draw();
  } finally {
    cy.batch(() => leaveOut.removeStyle("display"));
  }
}

/** The lit part as SVG text (cytoscape-svg, registered in start-page.ts, adds cy.svg()). */
const svgOf = (cy: Core) =>
  (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: "#FFFFFF" });

/** The view's picture as the briefing and the exported story hold it: SVG of the lit part, framed on it. */
export const pictureSvg = (cy: Core): string => withoutRest(cy, () => svgOf(cy));

export function exportPicture(cy: Core, format: "png" | "svg", state: ViewState): void {
  withoutRest(cy, () => {
    if (format === "png") {
      const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#FFFFFF" }) as unknown as Blob;
      download(blob, fileName("png", state));
      return;
    }
    download(new Blob([svgOf(cy)], { type: "image/svg+xml" }), fileName("svg", state));
  });
}

/**
 * The view as a briefing (model/briefing.ts): its picture, the relationships it shows as sentences
 * and every quote they rest on, in one self-contained HTML file.
 */
export function exportBriefing(cy: Core, shown: Shown, title: string): void {
  const { view } = shown;
  const pictured = new Set(
    cy
      .edges()
      .not(leftOut(cy))
      .map((e) => e.id()),
  );
  const labelOf = labelIn(view);
  const facts = shown.edges
    .filter((e) => pictured.has(e.id))
    .map((e) => ({ sentence: edgeSentence(e, labelOf), citations: e.citations }));
  const s = view.state;
  const when =
    s.compareFrom && s.compareTo
      ? `Comparing ${formatDay(s.compareFrom)} with ${formatDay(s.compareTo)}`
      : s.date
        ? `As of ${formatDay(s.date)}`
        : "All time";
  const html = briefingHtml({
    title,
    description: viewDescription(view, shown.nodes.length, shown.edges.length),
    when,
    svg: pictureSvg(cy),
    facts,
    link: location.href,
    made: new Date().toISOString().slice(0, 10),
  });
  download(new Blob([html], { type: "text/html" }), fileName("briefing.html", s));
}
