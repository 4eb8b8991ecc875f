// The graph as a picture to download: PNG (twice the screen's resolution) or SVG, white background.
import type { Core } from "cytoscape";
import { download } from "../dom/download.js";
import { fileStem } from "../model/file-stem.js";
import type { ViewState } from "../store/view-state.js";

export function exportPicture(cy: Core, format: "png" | "svg", state: ViewState): void {
  if (format === "png") {
    const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#FFFFFF" }) as unknown as Blob;
    download(blob, `${fileStem(state)}.png`);
    return;
  }
  // cytoscape-svg (registered in main.ts) adds cy.svg().
  const text = (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: "#FFFFFF" });
  download(new Blob([text], { type: "image/svg+xml" }), `${fileStem(state)}.svg`);
}
