// The network in the formats other tools read: GraphML (yEd, Gephi, NetworkX), GEXF with start
// and end dates (Gephi's timeline), CSV (a spreadsheet per nodes and edges), Cytoscape JSON.
import { stringify } from "csv-stringify/sync";
import { create } from "xmlbuilder2";
import type {
  NetworkRecords as Network,
  NetworkEdgeRecord as NetworkEdge,
  NetworkNodeRecord as NetworkNode,
} from "../graph/to-network.js";

const quotes = (item: NetworkNode | NetworkEdge) => item.citations.map((c) => c.quote).join(" | ");
const sources = (item: NetworkNode | NetworkEdge) => [...new Set(item.citations.map((c) => c.source))].join(" | ");

const nodeColumns = [
  "id",
  "label",
  "nodeType",
  "kind",
  "validFrom",
  "validTo",
  "certainty",
  "status",
  "citations",
  "sources",
] as const;
const edgeColumns = [
  "id",
  "source",
  "target",
  "type",
  "label",
  "validFrom",
  "validTo",
  "certainty",
  "status",
  "citations",
  "sources",
] as const;

type Row<C extends readonly string[]> = Record<C[number], string>;

/** One CSV or GraphML row: the columns an element has, the empty cell for a missing date or label. */
function rowOf<C extends readonly string[]>(columns: C, item: NetworkNode | NetworkEdge): Row<C> {
  const cell = (column: string): string => {
    if (column === "citations") return quotes(item);
    if (column === "sources") return sources(item);
    if (column === "id") return item.key;
    const value = (item as unknown as Record<string, unknown>)[column];
    return typeof value === "string" ? value : "";
  };
  return Object.fromEntries(columns.map((c) => [c, cell(c)])) as Row<C>;
}

const nodeRow = (n: NetworkNode) => rowOf(nodeColumns, n);
const edgeRow = (e: NetworkEdge) => rowOf(edgeColumns, e);

export function nodesCsv(network: Network): string {
  return stringify(network.nodes.map(nodeRow), { header: true, columns: [...nodeColumns] });
}

export function edgesCsv(network: Network): string {
  return stringify(network.edges.map(edgeRow), { header: true, columns: [...edgeColumns] });
}

export function graphml(network: Network): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("graphml", {
    xmlns: "http://graphml.graphdrawing.org/xmlns",
  });
  for (const key of nodeColumns.filter((k) => k !== "id"))
    doc.ele("key", { id: `n_${key}`, for: "node", "attr.name": key, "attr.type": "string" });
  for (const key of edgeColumns.filter((k) => !["id", "source", "target"].includes(k))) {
    doc.ele("key", { id: `e_${key}`, for: "edge", "attr.name": key, "attr.type": "string" });
  }
  const graph = doc.ele("graph", { id: "tht-graph", edgedefault: "directed" });
  for (const node of network.nodes) {
    const el = graph.ele("node", { id: node.key });
    for (const [key, value] of Object.entries(nodeRow(node)))
      if (key !== "id" && value !== "") el.ele("data", { key: `n_${key}` }).txt(value);
  }
  for (const edge of network.edges) {
    const el = graph.ele("edge", { id: edge.key, source: edge.source, target: edge.target });
    for (const [key, value] of Object.entries(edgeRow(edge))) {
      if (!["id", "source", "target"].includes(key) && value !== "") el.ele("data", { key: `e_${key}` }).txt(value);
    }
  }
  return doc.end({ prettyPrint: true });
}

/** GEXF 1.3 with `start`/`end` on nodes and edges, so Gephi's timeline plays the network's history. */
export function gexf(network: Network): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("gexf", {
    xmlns: "http://gexf.net/1.3",
    version: "1.3",
  });
  doc.ele("meta").ele("creator").txt("tht-graph");
  const graph = doc.ele("graph", { defaultedgetype: "directed", mode: "dynamic", timeformat: "date" });
  const nodeAttrs = graph.ele("attributes", { class: "node", mode: "static" });
  for (const [i, title] of ["nodeType", "kind", "certainty", "status", "citations", "sources"].entries())
    nodeAttrs.ele("attribute", { id: String(i), title, type: "string" });
  const edgeAttrs = graph.ele("attributes", { class: "edge", mode: "static" });
  for (const [i, title] of ["type", "certainty", "status", "citations", "sources"].entries())
    edgeAttrs.ele("attribute", { id: String(i), title, type: "string" });
  const span = (item: { validFrom: string | null; validTo: string | null }) => ({
    ...(item.validFrom ? { start: item.validFrom } : {}),
    ...(item.validTo ? { endopen: item.validTo } : {}),
  });
  const nodes = graph.ele("nodes");
  for (const node of network.nodes) {
    const values = nodes.ele("node", { id: node.key, label: node.label, ...span(node) }).ele("attvalues");
    for (const [i, value] of [
      node.nodeType,
      node.kind,
      node.certainty,
      node.status,
      quotes(node),
      sources(node),
    ].entries())
      values.ele("attvalue", { for: String(i), value });
  }
  const edges = graph.ele("edges");
  for (const edge of network.edges) {
    const el = edges.ele("edge", {
      id: edge.key,
      source: edge.source,
      target: edge.target,
      label: edge.label ?? edge.type,
      ...span(edge),
    });
    const values = el.ele("attvalues");
    for (const [i, value] of [edge.type, edge.certainty, edge.status, quotes(edge), sources(edge)].entries())
      values.ele("attvalue", { for: String(i), value });
  }
  return doc.end({ prettyPrint: true });
}

/** Cytoscape.js's JSON (`cy.json()` elements), importable by Cytoscape desktop too. */
export function cytoscapeJson(network: Network) {
  return {
    format_version: "1.0",
    generated_by: "tht-graph",
    elements: {
      nodes: network.nodes.map((n) => ({
        data: {
          ...n.properties,
          id: n.key,
          label: n.label,
          kind: n.kind,
          nodeType: n.nodeType,
          certainty: n.certainty,
          status: n.status,
          citations: n.citations,
        },
      })),
      edges: network.edges.map((e) => ({
        data: {
          ...e.properties,
          id: e.key,
          source: e.source,
          target: e.target,
          type: e.type,
          label: e.label,
          certainty: e.certainty,
          status: e.status,
          citations: e.citations,
        },
      })),
    },
  };
}
