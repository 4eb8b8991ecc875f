// Network nodes and edges as Cytoscape element definitions, with their looks in `data`.
import type { ElementDefinition } from "cytoscape";
import { timeClasses } from "../model/time-classes.js";
import type { NetworkEdge, NetworkNode } from "../types.js";
import { edgeLook } from "./edge-styles.js";
import { nodeLook } from "./node-styles.js";

export function nodeElement(node: NetworkNode, date: string | null): ElementDefinition {
  const look = nodeLook(node.nodeType, node.kind);
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: node.label,
      display: node.label,
      kind: node.kind,
      nodeType: node.nodeType,
      shape: look.shape,
      fill: look.fill,
      border: look.border,
      borderStyle: look.borderStyle,
      borderWidth: look.borderWidth,
      size: look.size,
      validFrom: node.validFrom ?? null,
      validTo: node.validTo ?? null,
    },
    classes: timeClasses(node, date),
  };
}

export function edgeElement(edge: NetworkEdge, date: string | null): ElementDefinition {
  const look = edgeLook(edge.type);
  const label = edge.label ?? look.name;
  return {
    group: "edges",
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label,
      display: label,
      line: look.line,
      width: look.width,
      colour: look.colour,
      arrow: look.arrow,
      validFrom: edge.validFrom ?? null,
      validTo: edge.validTo ?? null,
    },
    classes: timeClasses(edge, date),
  };
}
