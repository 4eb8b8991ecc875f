// Draws a loaded view on the canvas: what its filters show, with its marks, at the layout's
// positions, then frames what the change calls for (camera-move.ts), so the reader is never left
// looking at the area the view showed before. A big view is drawn progressively
// (progressive-drawing.ts): its focus and first ring at once, the rest over the next frames.
import type { Core } from "cytoscape";
import { inFlight } from "../data/in-flight.js";
import type { View } from "../data/view.js";
import { cameraMove } from "../model/camera-move.js";
import { type DrawnKeys, drawnKeys } from "../model/drawn-keys.js";
import { type Mark, marksOf } from "../model/marks-of.js";
import { shownElements } from "../model/shown-elements.js";
import { storyEdgeIds } from "../model/story-edge-ids.js";
import type { Shown } from "../store/page-state.js";
import type { Camera } from "./camera.js";
import { layoutPositions } from "./layout-positions.js";
import { type LevelOfDetail, overviewElements } from "./level-of-detail.js";
import {
  afterPaint,
  plannedBox,
  progressiveBatches,
  progressiveElements,
  Superseded,
  startDrawing,
} from "./progressive-drawing.js";
import { sizeByCentrality } from "./size-by-centrality.js";
import { sizeByCount } from "./size-by-count.js";
import { spreadOut } from "./spread-out.js";
import { syncElements } from "./sync-elements.js";
import { edgeElement, nodeElement } from "./to-elements.js";

export interface DrawTools {
  cy: Core;
  camera: Camera;
  detail: LevelOfDetail;
  reducedMotion: boolean;
}

/** `before`: what the canvas showed until now. */
export async function drawView(view: View, before: DrawnKeys, tools: DrawTools): Promise<Shown> {
  const { cy, camera, detail, reducedMotion } = tools;
  const s = view.state;
  const date = s.compareTo ?? s.date;
  const { nodes, edges } = shownElements(view);
  const marks = marksOf(view, new Set(nodes.map((n) => n.id)), edges);
  const laidOut = layoutPositions(s.layout, view.base);
  const positions = view.summary ? spreadOut(laidOut) : laidOut;
  const definitions = [...nodes.map((n) => nodeElement(n, date)), ...edges.map((e) => edgeElement(e, date))];
  if (view.summary) {
    const counts = new Map([...nodes, ...edges].map((x) => [x.id, x.count ?? 1]));
    for (const definition of definitions) sizeByCount(definition, counts.get(String(definition.data.id)) ?? 1);
  }
  if (view.centrality && s.sizeBy !== "none") sizeByCentrality(definitions, view.centrality, s.sizeBy);
  const drawing = startDrawing(cy);
  const lit = (id: string) => (["story", "path", "focus"] as Mark[]).some((m) => marks.get(id)?.has(m));
  // A big view: the focus, its first ring, what the view lights and what is drawn already, now.
  const batches =
    !view.summary && definitions.length > progressiveElements
      ? progressiveBatches(definitions, { focus: s.focus, early: (id) => lit(id) || cy.getElementById(id).nonempty() })
      : null;
  for (const definition of definitions)
    if (batches?.ring.has(String(definition.data.id)))
      definition.classes = [...((definition.classes as string[] | undefined) ?? []), "ring"];
  const storyEdges = storyEdgeIds(view, edges);
  syncElements(cy, {
    definitions: batches?.first ?? definitions,
    marks,
    storyEdges,
    positions,
    extraClasses: detail.classes(),
  });

  const step = view.story?.steps[s.step];
  const pathsDrawn = [...nodes, ...edges].some((x) => marks.get(x.id)?.has("path"));
  const move = cameraMove(before, drawnKeys(view), { stepShown: Boolean(step), pathsDrawn });
  // A big view jumps: each frame of a move would draw it in full (programmatic moves are no gesture).
  const big = definitions.length > overviewElements;
  const instant = reducedMotion || before.layout === null || big;
  if (move.relayout === "place" || (move.relayout === "animate" && big)) {
    cy.nodes().positions((node) => ({ ...(positions[node.id()] ?? { x: 0, y: 0 }) }));
  } else if (move.relayout === "animate") {
    const layout = cy.layout({
      name: "preset",
      positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
      animate: !reducedMotion,
      animationDuration: 450,
      // Framing "all" as the nodes move is the whole move; any other frame follows once they stop.
      fit: move.fit === "all",
      padding: 30,
    } as never);
    const stopped = layout.promiseOn("layoutstop");
    layout.run();
    await stopped;
  }
  if (move.fit === "story" && step) {
    // Fit the step's elements; a focus node is then centred, at the step's zoom if it gives one.
    await camera.fitTo(cy.elements(".story"), 50, instant);
    const focus = step.view.focus ? cy.getElementById(step.view.focus) : null;
    if (focus?.nonempty()) await camera.moveTo(step.view.zoom ?? cy.zoom(), focus, instant);
  } else if (move.fit === "paths") {
    await camera.fitTo(cy.elements(".path"), 60, instant);
  } else if (move.fit === "focus") {
    // A progressive drawing frames where its elements will be, not the few drawn so far.
    const unfaded =
      batches &&
      plannedBox(
        definitions.filter((d) => !marks.get(String(d.data.id))?.has("faded")),
        positions,
      );
    await camera.fitTo(unfaded || cy.elements().not(".faded"), 60, instant);
  } else if (move.fit === "all") {
    await camera.fitTo(
      (batches && plannedBox(definitions, positions)) || cy.elements(),
      30,
      instant || move.relayout === "animate",
    );
  }
  detail.refresh(definitions.length);
  if (batches) {
    const done = inFlight.start();
    try {
      for (const [at, batch] of batches.rest.entries()) {
        await afterPaint();
        if (at === 0) performance.mark("tht-drawing-started");
        if (!drawing.current()) throw new Superseded();
        syncElements(cy, {
          definitions: batch,
          marks,
          storyEdges,
          positions,
          extraClasses: detail.classes(),
          adding: true,
        });
      }
      // The whole drawing on screen before the panels and the list follow it.
      if (batches.rest.length > 0) await afterPaint();
      if (!drawing.current()) throw new Superseded();
      performance.mark("tht-drawing-complete");
    } finally {
      done();
    }
    detail.refresh(definitions.length);
  }
  return { view, nodes, edges, marks };
}
