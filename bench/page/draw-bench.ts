// Runs in headless Chromium: draws a network the way the page does (its stylesheet, its seeded
// layout computed headless, then preset, its renderer options and level of detail) or as the floor
// (minimal style, preset positions, Cytoscape's defaults), and
// measures the first complete drawing and the frame rate during a scripted pan and zoom.
import cytoscape, { type Core } from "cytoscape";
import { graphStyle } from "../../viz/src/drawing/graph-style.js";
import { layoutPositions } from "../../viz/src/drawing/layout-positions.js";
import { levelOfDetail } from "../../viz/src/drawing/level-of-detail.js";
import { renderOptions } from "../../viz/src/drawing/render-options.js";
import { edgeElement, nodeElement } from "../../viz/src/drawing/to-elements.js";
import type { Network } from "../../viz/src/types.js";

type Mode = "page" | "page-webgl" | "floor";
let cy: Core | undefined;

function draw(network: Network, mode: Mode, floorPositions: Record<string, { x: number; y: number }>): Promise<number> {
  cy?.destroy();
  localStorage.clear();
  const started = performance.now();
  const container = document.getElementById("cy") as HTMLElement;
  const positions = mode === "floor" ? floorPositions : layoutPositions("fcose", network);
  const elements =
    mode === "floor"
      ? [
          ...network.nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id } })),
          ...network.edges.map((e) => ({
            group: "edges" as const,
            data: { id: e.id, source: e.source, target: e.target },
          })),
        ]
      : [...network.nodes.map((n) => nodeElement(n, null)), ...network.edges.map((e) => edgeElement(e, null))];
  for (const element of elements)
    if (element.group === "nodes") Object.assign(element, { position: positions[element.data.id as string] });
  return new Promise((resolve) => {
    cy = cytoscape({
      container,
      elements,
      style:
        mode === "floor"
          ? [
              { selector: "node", style: { width: 8, height: 8 } },
              { selector: "edge", style: { width: 1 } },
            ]
          : graphStyle,
      layout: { name: "preset", fit: true },
      ...(mode === "floor" ? {} : renderOptions),
      ...(mode === "page-webgl" ? { renderer: { name: "canvas", webgl: true } as never } : {}),
    });
    // The first frame painted after the elements are in place is the first complete drawing.
    cy.one("render", () => requestAnimationFrame(() => resolve(performance.now() - started)));
    cy.fit();
    // The page decides its level of detail after each drawing and on every zoom.
    if (mode !== "floor") levelOfDetail(cy).refresh();
  });
}

/** Frames per second while panning and zooming every frame for `ms`. */
function fps(ms: number): Promise<number> {
  const graph = cy as Core;
  return new Promise((resolve) => {
    let frames = 0;
    const started = performance.now();
    const zoom = graph.zoom();
    const frame = (now: number) => {
      frames++;
      graph.panBy({ x: Math.sin(frames / 10) * 8, y: Math.cos(frames / 10) * 8 });
      graph.zoom({ level: zoom * (1 + 0.3 * Math.sin(frames / 20)), renderedPosition: { x: 400, y: 300 } });
      if (now - started < ms) requestAnimationFrame(frame);
      else resolve((frames * 1000) / (now - started));
    };
    requestAnimationFrame(frame);
  });
}

Object.assign(window, { draw, fps });
