// Big views drawn progressively: the focus and its first ring (with whatever the view lights and
// what is already on the canvas) first, labelled, then the rest in batches across animation
// frames, nearest the focus first, so the reader never looks at a blank or stale view while
// thousands of elements are styled and drawn. Each relationship comes in the batch that completes
// its two ends.
import type { Core, ElementDefinition } from "cytoscape";
import type { Positions } from "./layout-positions.js";
import { overviewElements } from "./level-of-detail.js";

/** Views with more elements than this are drawn progressively. */
export const progressiveElements = overviewElements;
/**
 * Elements added in one animation frame after the first drawing. Each frame also redraws and
 * composites all that is drawn: on a depth-2 neighbourhood of 3,000 elements, batches of 750 took
 * 0.5 s longer in all than batches of 1,500 (B7), which still leave the page answering between them.
 */
export const batchElements = 1500;

export interface Batches {
  /** Drawn at once: the focus, its first ring, what `early` asks for, and the relationships among them. */
  first: ElementDefinition[];
  /** The rest, in order. */
  rest: ElementDefinition[][];
  /** The focus's first ring: the nodes one relationship away (labelled even in an overview). */
  ring: Set<string>;
}

const idOf = (d: ElementDefinition) => String(d.data.id);

/**
 * Splits a drawing's definitions into batches of about `size` elements. The first holds only the
 * focus, its ring and `early` (what the view lights, what is already drawn), so that it is drawn
 * soonest; without any of those, it is the first `size` elements in order from the best connected
 * node (or the first node asked for early).
 */
export function progressiveBatches(
  definitions: ElementDefinition[],
  { focus, early }: { focus: string | null; early: (id: string) => boolean },
  size = batchElements,
): Batches {
  const nodes = definitions.filter((d) => d.group === "nodes");
  const edges = definitions.filter((d) => d.group === "edges");
  const byId = new Map(nodes.map((d) => [idOf(d), d]));
  const incident = new Map<string, ElementDefinition[]>();
  for (const edge of edges) {
    for (const end of new Set([String(edge.data.source), String(edge.data.target)])) {
      const list = incident.get(end);
      if (list) list.push(edge);
      else incident.set(end, [edge]);
    }
  }
  const other = (edge: ElementDefinition, id: string) =>
    String(edge.data.source) === id ? String(edge.data.target) : String(edge.data.source);
  const degree = (id: string) => incident.get(id)?.length ?? 0;

  // Breadth first from the focus (else a lit node, else the best connected), then what it never
  // reaches, best connected first.
  const start = byId.has(focus ?? "")
    ? (focus as string)
    : (nodes.map(idOf).find(early) ?? [...byId.keys()].sort((a, b) => degree(b) - degree(a))[0]);
  const order: string[] = [];
  const reached = new Set<string>();
  const visit = (from: string) => {
    reached.add(from);
    for (let at = order.push(from) - 1; at < order.length; at++) {
      for (const edge of incident.get(order[at] as string) ?? []) {
        const next = other(edge, order[at] as string);
        if (!reached.has(next) && byId.has(next)) {
          reached.add(next);
          order.push(next);
        }
      }
    }
  };
  if (start !== undefined) visit(start);
  for (const id of [...byId.keys()].sort((a, b) => degree(b) - degree(a))) if (!reached.has(id)) visit(id);

  const ring = new Set<string>();
  if (focus && byId.has(focus))
    for (const edge of incident.get(focus) ?? []) if (byId.has(other(edge, focus))) ring.add(other(edge, focus));
  ring.delete(focus ?? "");

  const present = new Set<string>();
  const added = new Set<ElementDefinition>();
  let batch: ElementDefinition[] = [];
  const batches: ElementDefinition[][] = [batch];
  const put = (id: string) => {
    if (present.has(id)) return;
    present.add(id);
    batch.push(byId.get(id) as ElementDefinition);
    for (const edge of incident.get(id) ?? []) {
      if (added.has(edge) || !present.has(other(edge, id))) continue;
      added.add(edge);
      batch.push(edge);
    }
  };
  if (focus && byId.has(focus)) put(focus);
  for (const id of order) if (ring.has(id) || early(id)) put(id);
  // A relationship asked for early brings its ends (and so comes itself).
  for (const edge of edges) {
    if (!early(idOf(edge))) continue;
    for (const end of [String(edge.data.source), String(edge.data.target)]) if (byId.has(end)) put(end);
  }
  // The rest starts a batch of its own, unless the first is still empty.
  if (batch.length > 0) {
    batch = [];
    batches.push(batch);
  }
  for (const id of order) {
    if (present.has(id)) continue;
    if (batch.length >= size) {
      batch = [];
      batches.push(batch);
    }
    put(id);
  }
  // A relationship whose ends are not both drawn is never complete: it comes last, as before.
  batch.push(...edges.filter((edge) => !added.has(edge)));
  // A small last batch joins the one before: a frame of its own would cost a redraw of everything.
  const tail = batches.at(-1) ?? [];
  if (batches.length > 2 && tail.length < size / 4) batches.at(-2)?.push(...(batches.pop() ?? []));
  const [head = [], ...rest] = batches;
  return { first: head, rest: rest.filter((b) => b.length > 0), ring };
}

/** Where `definitions`' nodes will be once drawn at `positions`: their box, for the camera to frame now. */
export function plannedBox(definitions: ElementDefinition[], positions: Positions) {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const d of definitions) {
    if (d.group !== "nodes") continue;
    const at = positions[idOf(d)] ?? { x: 0, y: 0 };
    const half = Number(d.data.size ?? 30) / 2;
    x1 = Math.min(x1, at.x - half);
    y1 = Math.min(y1, at.y - half);
    x2 = Math.max(x2, at.x + half);
    y2 = Math.max(y2, at.y + half);
  }
  if (x1 > x2) return null;
  const box = { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
  return { empty: () => false, boundingBox: () => box };
}

/** A drawing overtaken by a later one: it stops adding, and reports nothing. */
export class Superseded extends Error {
  override name = "Superseded";
}

const latest = new WeakMap<Core, number>();

/** Starts a drawing on `cy`: `current()` stays true until the next one starts. */
export function startDrawing(cy: Core): { current(): boolean } {
  const mine = (latest.get(cy) ?? 0) + 1;
  latest.set(cy, mine);
  return { current: () => latest.get(cy) === mine };
}

/** Resolves once the next frame is painted: Cytoscape draws in its animation frame, the browser then paints. */
export const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
