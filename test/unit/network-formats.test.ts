import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { cytoscapeJson, edgesCsv, gexf, graphml, nodesCsv } from "../../server/export/network-formats.js";
import { escapeAttribute, escapeText } from "../../server/export/xml-writer.js";
import { type NetworkRecords, toNetworkEdge, toNetworkNode } from "../../server/graph/to-network.js";

const quote = 'NHS NEL were formed on 1 July 2022 … "replaced" <the CCG>';
const cited = { citationQuotes: [quote], citationSources: ["tht-partners"] };
const sources = new Map();
/** Records as the server reads them from Neo4j (the exports' input). */
const network: NetworkRecords = {
  nodes: [
    toNetworkNode(
      { id: "nel", name: "NHS North East London", kind: "integrated care board", validFrom: "2022-07-01", ...cited },
      "Organisation",
      [],
      sources,
    ),
    toNetworkNode(
      {
        id: "ccg",
        name: "<img src=x onerror=alert(1)>",
        kind: "clinical commissioning group",
        validTo: "2022-07-01",
        ...cited,
      },
      "Organisation",
      [],
      sources,
    ),
  ],
  edges: [
    toNetworkEdge({ id: "SUCCEEDED:nel->ccg", validFrom: "2022-07-01", ...cited }, "SUCCEEDED", "nel", "ccg", sources),
  ],
};

describe("network export formats", () => {
  it("GraphML is well-formed and keeps labels, dates and quotes verbatim", () => {
    const doc = create(graphml(network)).end({ format: "object" }) as {
      graphml: { graph: { node: unknown[]; edge: unknown } };
    };
    expect(doc.graphml.graph.node).toHaveLength(2);
    const xml = graphml(network);
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(xml).toContain('<edge id="SUCCEEDED:nel-&gt;ccg" source="nel" target="ccg">');
  });

  it("GEXF is dynamic, with start and open end dates for Gephi's timeline", () => {
    const xml = gexf(network);
    create(xml); // throws when not well-formed
    expect(xml).toContain('mode="dynamic"');
    expect(xml).toMatch(/<node id="nel" label="NHS North East London" start="2022-07-01">/);
    expect(xml).toMatch(/<node id="ccg" label="&lt;img src=x onerror=alert\(1\)&gt;" endopen="2022-07-01">/);
  });

  it("CSV has a header and one row per node and per edge, with quotes intact", () => {
    const nodes = parseCsv(nodesCsv(network), { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.id)).toEqual(["nel", "ccg"]);
    expect(nodes[0]?.citations).toBe(quote);
    const edges = parseCsv(edgesCsv(network), { columns: true }) as Record<string, string>[];
    expect(edges[0]).toMatchObject({ source: "nel", target: "ccg", type: "SUCCEEDED", validFrom: "2022-07-01" });
  });

  it("Cytoscape JSON has elements.nodes and elements.edges with data.id, source and target", () => {
    const json = cytoscapeJson(network);
    expect(json.elements.nodes.map((n) => n.data.id)).toEqual(["nel", "ccg"]);
    expect(json.elements.edges[0]?.data).toMatchObject({ source: "nel", target: "ccg", type: "SUCCEEDED" });
  });

  it("escapes CSV cells a spreadsheet would run as a formula (OWASP), in nodes and edges", () => {
    const formulas = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"];
    const evil: NetworkRecords = {
      nodes: formulas.map((name, i) => toNetworkNode({ id: `n${i}`, name, kind: "k" }, "Organisation", [], sources)),
      edges: [
        toNetworkEdge(
          { id: "=cmd|' /C calc'!A0", citationQuotes: ["@evil"], citationSources: ["s"] },
          "SUCCEEDED",
          "n0",
          "n1",
          sources,
        ),
      ],
    };
    const nodes = parseCsv(nodesCsv(evil), { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.label)).toEqual(formulas.map((f) => `'${f}`));
    const [edge] = parseCsv(edgesCsv(evil), { columns: true }) as Record<string, string>[];
    expect(edge).toMatchObject({ id: "'=cmd|' /C calc'!A0", citations: "'@evil", source: "n0" });
    // Only the first character counts: dates and words with a dash inside are left alone.
    expect(nodesCsv(network)).toContain(",2022-07-01,");
  });

  it("keeps the XML well-formed whatever the text: entity-like words, control characters, line breaks", () => {
    expect(escapeText("AT&T; &amp; <b>")).toBe("AT&amp;T; &amp;amp; &lt;b&gt;");
    expect(escapeText("a\u0000b\u001Fc\uD800")).toBe("abc");
    expect(escapeAttribute('say "hi"\n\tnow')).toBe("say &quot;hi&quot;&#10;&#9;now");
    const odd: NetworkRecords = {
      nodes: [toNetworkNode({ id: "x&y;", name: "a\u0001 &lt; b\nc", kind: "k&amp;" }, "Organisation", [], sources)],
      edges: [],
    };
    for (const xml of [graphml(odd), gexf(odd)]) create(xml);
    expect(graphml(odd)).toContain('<graph id="tht-graph" edgedefault="directed">');
    expect(gexf(odd)).toContain("<edges/>");
  });
});
