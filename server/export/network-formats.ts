// The network in the formats other tools read: GraphML (yEd, Gephi, NetworkX), GEXF with start
// and end dates (Gephi's timeline), CSV (a spreadsheet per nodes and edges), Cytoscape JSON. Each is
// written element by element (NetworkWriter), so an export streams; the whole-network functions
// below join the same pieces.
import { stringify } from "csv-stringify/sync";
import type {
  NetworkRecords as Network,
  NetworkEdgeRecord as NetworkEdge,
  NetworkNodeRecord as NetworkNode,
} from "../graph/to-network.js";
import { XmlWriter } from "./xml-writer.js";

/** One export, piece by piece: `begin`, every node, `between`, every edge, `end`. */
export interface NetworkWriter {
  begin(): string;
  node(node: NetworkNode): string;
  between(): string;
  edge(edge: NetworkEdge): string;
  end(): string;
}

export interface NetworkFormat {
  /** The response's content type. */
  type: string;
  /** False for nodes.csv: its export reads no relationships. */
  writesEdges: boolean;
  writer(): NetworkWriter;
}

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

/**
 * A CSV of one row per element. A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR
 * first) gets a leading `'` (OWASP, CSV injection: https://owasp.org/www-community/attacks/CSV_Injection).
 */
function csvWriter<C extends readonly string[]>(columns: C, rows: "nodes" | "edges"): NetworkWriter {
  const options = { columns: [...columns], escape_formulas: true };
  const line = (item: NetworkNode | NetworkEdge) => stringify([rowOf(columns, item)], options);
  return {
    begin: () => stringify([], { ...options, header: true }),
    node: (n) => (rows === "nodes" ? line(n) : ""),
    between: () => "",
    edge: (e) => (rows === "edges" ? line(e) : ""),
    end: () => "",
  };
}

function graphmlWriter(): NetworkWriter {
  const xml = new XmlWriter();
  return {
    begin() {
      let text = xml.declaration() + xml.start("graphml", { xmlns: "http://graphml.graphdrawing.org/xmlns" });
      for (const key of nodeColumns.filter((k) => k !== "id"))
        text += xml.leaf("key", { id: `n_${key}`, for: "node", "attr.name": key, "attr.type": "string" });
      for (const key of edgeColumns.filter((k) => !["id", "source", "target"].includes(k)))
        text += xml.leaf("key", { id: `e_${key}`, for: "edge", "attr.name": key, "attr.type": "string" });
      return text + xml.start("graph", { id: "tht-graph", edgedefault: "directed" });
    },
    node(node) {
      let text = xml.start("node", { id: node.key });
      for (const [key, value] of Object.entries(nodeRow(node)))
        if (key !== "id" && value !== "") text += xml.leaf("data", { key: `n_${key}` }, value);
      return text + xml.end();
    },
    between: () => "",
    edge(edge) {
      let text = xml.start("edge", { id: edge.key, source: edge.source, target: edge.target });
      for (const [key, value] of Object.entries(edgeRow(edge)))
        if (!["id", "source", "target"].includes(key) && value !== "")
          text += xml.leaf("data", { key: `e_${key}` }, value);
      return text + xml.end();
    },
    end: () => xml.end() + xml.end(),
  };
}

const span = (item: { validFrom: string | null; validTo: string | null }) => ({
  ...(item.validFrom ? { start: item.validFrom } : {}),
  ...(item.validTo ? { endopen: item.validTo } : {}),
});

/** GEXF 1.3 with `start`/`endopen` on nodes and edges, so Gephi's timeline plays the network's history. */
function gexfWriter(): NetworkWriter {
  const xml = new XmlWriter();
  const values = (list: string[]) =>
    xml.start("attvalues") +
    list.map((value, i) => xml.leaf("attvalue", { for: String(i), value })).join("") +
    xml.end();
  const attributes = (kind: string, titles: string[]) =>
    xml.start("attributes", { class: kind, mode: "static" }) +
    titles.map((title, i) => xml.leaf("attribute", { id: String(i), title, type: "string" })).join("") +
    xml.end();
  return {
    begin: () =>
      xml.declaration() +
      xml.start("gexf", { xmlns: "http://gexf.net/1.3", version: "1.3" }) +
      xml.start("meta") +
      xml.leaf("creator", {}, "tht-graph") +
      xml.end() +
      xml.start("graph", { defaultedgetype: "directed", mode: "dynamic", timeformat: "date" }) +
      attributes("node", ["nodeType", "kind", "certainty", "status", "citations", "sources"]) +
      attributes("edge", ["type", "certainty", "status", "citations", "sources"]) +
      xml.start("nodes"),
    node: (node) =>
      xml.start("node", { id: node.key, label: node.label, ...span(node) }) +
      values([node.nodeType, node.kind, node.certainty, node.status, quotes(node), sources(node)]) +
      xml.end(),
    between: () => xml.end() + xml.start("edges"),
    edge: (edge) =>
      xml.start("edge", {
        id: edge.key,
        source: edge.source,
        target: edge.target,
        label: edge.label ?? edge.type,
        ...span(edge),
      }) +
      values([edge.type, edge.certainty, edge.status, quotes(edge), sources(edge)]) +
      xml.end(),
    end: () => xml.end() + xml.end() + xml.end(),
  };
}

const cytoscapeNode = (n: NetworkNode) => ({
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
});

const cytoscapeEdge = (e: NetworkEdge) => ({
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
});

/** Cytoscape.js's JSON (`cy.json()` elements), importable by Cytoscape desktop too; as JSON.stringify writes it. */
function cytoscapeWriter(): NetworkWriter {
  let first = true;
  const item = (value: unknown) => {
    const text = (first ? "" : ",") + JSON.stringify(value);
    first = false;
    return text;
  };
  return {
    begin: () => '{"format_version":"1.0","generated_by":"tht-graph","elements":{"nodes":[',
    node: (n) => item(cytoscapeNode(n)),
    between() {
      first = true;
      return '],"edges":[';
    },
    edge: (e) => item(cytoscapeEdge(e)),
    end: () => "]}}",
  };
}

export const networkFormats: Readonly<Record<string, NetworkFormat>> = {
  "network.graphml": { type: "application/graphml+xml; charset=utf-8", writesEdges: true, writer: graphmlWriter },
  "network.gexf": { type: "application/gexf+xml; charset=utf-8", writesEdges: true, writer: gexfWriter },
  "nodes.csv": { type: "text/csv; charset=utf-8", writesEdges: false, writer: () => csvWriter(nodeColumns, "nodes") },
  "edges.csv": { type: "text/csv; charset=utf-8", writesEdges: true, writer: () => csvWriter(edgeColumns, "edges") },
  "network.cyjs": { type: "application/json; charset=utf-8", writesEdges: true, writer: cytoscapeWriter },
};

/** A whole network in one string, from the same pieces the streamed export writes. */
export function written(writer: NetworkWriter, network: Network): string {
  return [
    writer.begin(),
    ...network.nodes.map((n) => writer.node(n)),
    writer.between(),
    ...network.edges.map((e) => writer.edge(e)),
    writer.end(),
  ].join("");
}

export const graphml = (network: Network) => written(graphmlWriter(), network);
export const gexf = (network: Network) => written(gexfWriter(), network);
export const nodesCsv = (network: Network) => written(csvWriter(nodeColumns, "nodes"), network);
export const edgesCsv = (network: Network) => written(csvWriter(edgeColumns, "edges"), network);

/** The Cytoscape JSON as an object (what `network.cyjs` holds). */
export function cytoscapeJson(network: Network) {
  return {
    format_version: "1.0",
    generated_by: "tht-graph",
    elements: { nodes: network.nodes.map(cytoscapeNode), edges: network.edges.map(cytoscapeEdge) },
  };
}
