// Node positions for a layout, computed once over the whole all-time network in a headless
// Cytoscape and reused for every date and filter: a node stays where it is while the view changes,
// and a reload draws the same picture (seeded randomness, cached by layout and data).
// Above `largeNetwork` nodes the force-directed layout is ForceAtlas2 with Barnes-Hut (n log n per
// iteration) instead of fcose: fcose took 86 s for 1,667 nodes and 3,333 edges (10.7 s at its
// default quality), ForceAtlas2 0.6 s, so a big focus or filter still draws within seconds.
// Concentric is the page's own rings (ring-positions.ts); breadth first and hierarchy fold their
// crowded ranks into staggered rows (wrap-ranks.ts), so that every layout fits a desk's screen at a
// readable zoom.
import cytoscape, { type LayoutOptions, type Position } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { MultiUndirectedGraph } from "graphology";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { LayoutName, Network } from "../types.js";
import { ringPositions } from "./ring-positions.js";
import { withSeededRandom } from "./seeded-random.js";
import { edgeElement, nodeElement } from "./to-elements.js";
import { wrapRanks } from "./wrap-ranks.js";

// graphology-layout-forceatlas2 is CommonJS typed as an ES module: the default import is the function.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

let registered = false;
/** fcose and dagre join Cytoscape on first use, so importing this module changes nothing. */
function registerLayouts(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
}

export type Positions = Record<string, Position>;

const box = { x1: 0, y1: 0, w: 1600, h: 1000 };

function options(name: Exclude<LayoutName, "concentric">): LayoutOptions {
  switch (name) {
    case "fcose":
      return {
        name: "fcose",
        quality: "proof",
        randomize: true,
        animate: false,
        nodeSeparation: 120,
        idealEdgeLength: () => 150,
        nodeRepulsion: () => 30000,
        packComponents: true,
      } as LayoutOptions;
    case "breadthfirst":
      return {
        name: "breadthfirst",
        animate: false,
        boundingBox: box,
        directed: false,
        spacingFactor: 1.1,
        roots: "node[kind = 'partnership']",
      } as LayoutOptions;
    case "dagre":
      return {
        name: "dagre",
        animate: false,
        rankDir: "BT",
        nodeSep: 24,
        rankSep: 90,
        edgeSep: 8,
      } as LayoutOptions;
  }
}

function fingerprint(network: Network): string {
  let hash = 0;
  const text = [...network.nodes.map((n) => n.id), ...network.edges.map((e) => e.id)].sort().join("|");
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

function cached(key: string): Positions | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Positions) : null;
  } catch {
    return null;
  }
}

function remember(key: string, positions: Positions): void {
  try {
    localStorage.setItem(key, JSON.stringify(positions));
  } catch {
    // Storage full or disabled: the seeded layout draws the same picture anyway, only slower.
  }
}

/** Networks with more nodes than this get ForceAtlas2 for the force-directed layout. */
export const largeNetwork = 150;

/** Room per node in a ForceAtlas2 picture, in px: about what fcose gives the seed graph. */
const spacing = 90;

/** ForceAtlas2 (as in Gephi and sigma.js) from seeded starting points. */
function forceAtlas2Positions(nodes: Network["nodes"], edges: Network["edges"]): Positions {
  const graph = new MultiUndirectedGraph({ allowSelfLoops: false });
  let seed = 20130901;
  const random = () => {
    seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
    return seed / 2147483647;
  };
  for (const node of nodes) graph.addNode(node.id, { x: random() * 1000, y: random() * 1000 });
  for (const edge of edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.addEdge(edge.source, edge.target);
  }
  const iterations = Math.max(60, Math.min(200, Math.round(100_000 / Math.max(nodes.length, 1))));
  const raw = forceAtlas2(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true },
  });
  // ForceAtlas2's units are arbitrary: scale the picture to about `spacing` px² per node.
  const xs = Object.values(raw).map((p) => p.x);
  const ys = Object.values(raw).map((p) => p.y);
  const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1e-6);
  const scale = (spacing * Math.sqrt(nodes.length)) / side;
  const positions: Positions = {};
  for (const [id, { x, y }] of Object.entries(raw)) {
    positions[id] = { x: Math.round(x * scale), y: Math.round(y * scale) };
  }
  return positions;
}

/**
 * A phone held upright (panels-and-sheet.css's phone query): its graph is about twice as tall as
 * wide, so the picture is made tall too (layered ranks folded narrower, the others stretched),
 * which lets the fit zoom in. Outside a browser (tests, benchmarks) never.
 */
function uprightScreen(): boolean {
  return globalThis.matchMedia?.("(max-width: 700px) and (orientation: portrait)").matches ?? false;
}

/** About the shape of an upright phone's graph, width over height. */
const uprightAspect = 0.6;

/**
 * Scales x down and y up alike (the area stays) until the picture is no wider than `aspect` allows;
 * at most by 0.6: on screen, at the fit's larger zoom, nothing comes closer than before.
 */
function stretchTall(positions: Positions, aspect: number): Positions {
  const all = Object.values(positions);
  if (all.length < 2) return positions;
  const w = Math.max(...all.map((p) => p.x)) - Math.min(...all.map((p) => p.x));
  const h = Math.max(...all.map((p) => p.y)) - Math.min(...all.map((p) => p.y));
  if (w <= 0 || h <= 0 || w / h <= aspect) return positions;
  const s = Math.max(0.6, Math.sqrt(aspect / (w / h)));
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: Math.round(p.x * s), y: Math.round(p.y / s) }]),
  );
}

function computePositions(name: LayoutName, nodes: Network["nodes"], edges: Network["edges"], tall: boolean) {
  if (name === "concentric") return ringPositions({ nodes, edges });
  if (name === "fcose" && nodes.length > largeNetwork) return forceAtlas2Positions(nodes, edges);
  registerLayouts();
  const headless = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...nodes.map((n) => nodeElement(n, null)), ...edges.map((e) => edgeElement(e, null))],
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
  });
  withSeededRandom(20130901, () => headless.layout(options(name)).run());
  const laidOut: Positions = {};
  headless.nodes().forEach((node) => {
    const { x, y } = node.position();
    laidOut[node.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  headless.destroy();
  if (name === "fcose") return laidOut;
  return wrapRanks(laidOut, tall ? { maxWidth: 700 } : {});
}

export function layoutPositions(name: LayoutName, network: Network): Positions {
  const tall = uprightScreen();
  // Bump the version when the layout options change, so no browser keeps the old picture.
  const key = `tht-graph:layout:v4:${name}${tall ? ":tall" : ""}:${fingerprint(network)}`;
  const known = cached(key);
  if (known && network.nodes.every((n) => known[n.id])) return known;
  // Sorted input: the layouts depend on element order as well as on randomness.
  const nodes = [...network.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const edges = [...network.edges].sort((a, b) => a.id.localeCompare(b.id));
  const laidOut = computePositions(name, nodes, edges, tall);
  const positions = tall && (name === "fcose" || name === "concentric") ? stretchTall(laidOut, uprightAspect) : laidOut;
  remember(key, positions);
  return positions;
}
