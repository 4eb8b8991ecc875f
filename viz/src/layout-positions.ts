// Node positions for a layout, computed once over the whole all-time network in a headless
// Cytoscape and reused for every date and filter: a node stays where it is while the view changes,
// and a reload draws the same picture (seeded randomness, cached by layout and data).
import cytoscape, { type LayoutOptions, type Position } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { withSeededRandom } from "./seeded-random.js";
import { edgeElement, nodeElement } from "./to-elements.js";
import type { LayoutName, Network } from "./types.js";

cytoscape.use(fcose);
cytoscape.use(dagre);

export type Positions = Record<string, Position>;

const box = { x1: 0, y1: 0, w: 1600, h: 1000 };

function options(name: LayoutName): LayoutOptions {
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
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        boundingBox: box,
        minNodeSpacing: 28,
        concentric: (node) => (node.data("nodeType") === "Organisation" ? 100 : 0) + node.degree(false),
        levelWidth: () => 3,
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

export function layoutPositions(name: LayoutName, network: Network): Positions {
  // Bump the version when the layout options change, so no browser keeps the old picture.
  const key = `tht-graph:layout:v2:${name}:${fingerprint(network)}`;
  const known = cached(key);
  if (known && network.nodes.every((n) => known[n.id])) return known;
  // Sorted input: the layouts depend on element order as well as on randomness.
  const nodes = [...network.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const edges = [...network.edges].sort((a, b) => a.id.localeCompare(b.id));
  const headless = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...nodes.map((n) => nodeElement(n, null)), ...edges.map((e) => edgeElement(e, null))],
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
  });
  withSeededRandom(20130901, () => headless.layout(options(name)).run());
  const positions: Positions = {};
  headless.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  headless.destroy();
  remember(key, positions);
  return positions;
}
