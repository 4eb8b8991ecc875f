// The drawing exported for Gephi: GEXF 1.3 whose viz namespace holds each node's position, colour,
// shape and size and each relationship's colour, width and line, as the page drew them.
import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { drawnGexf, rgbOf } from "../../../viz/src/model/drawn-gexf.js";

const node = {
  id: "barts-health",
  label: 'Barts Health & "friends" <NHS>',
  nodeType: "Organisation",
  kind: "NHS trust",
  x: 120.456,
  y: 80,
  size: 40,
  colour: "rgb(0,114,178)",
  shape: "round-rectangle",
  validFrom: "2012-04-01",
  validTo: null,
};
const other = { ...node, id: "elft", label: "ELFT", x: -10, y: -20, colour: "#E69F00", shape: "ellipse" };
const edge = {
  id: "PARTNER_IN:barts-health->elft",
  source: "barts-health",
  target: "elft",
  label: "is a partner in",
  type: "PARTNER_IN",
  colour: "#999",
  width: 2.5,
  line: "dashed",
  validFrom: null,
  validTo: "2022-07-01",
};

describe("drawnGexf", () => {
  const xml = drawnGexf(
    { nodes: [node, other], edges: [edge] },
    { title: "Tower Hamlets Together", date: "2023-06-01" },
  );
  const doc = create(xml).end({ format: "object" }) as unknown as { gexf: Record<string, unknown> };

  it("is well-formed GEXF 1.3 with the viz namespace", () => {
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(doc.gexf).toBeDefined();
  });

  it("places, colours, shapes and sizes every node as drawn (GEXF's y grows upwards)", () => {
    expect(xml).toContain(
      '<node id="barts-health" label="Barts Health &amp; &quot;friends&quot; &lt;NHS&gt;" start="2012-04-01">',
    );
    expect(xml).toContain('<viz:position x="120.46" y="-80" z="0"/>');
    expect(xml).toContain('<viz:color r="0" g="114" b="178"/>');
    expect(xml).toContain('<viz:shape value="square"/>');
    expect(xml).toContain('<viz:size value="40"/>');
    expect(xml).toContain('<viz:position x="-10" y="20" z="0"/>');
    expect(xml).toContain('<viz:color r="230" g="159" b="0"/>');
    expect(xml).toContain('<viz:shape value="disc"/>');
  });

  it("draws every relationship in its colour, width and line, with its dates", () => {
    expect(xml).toContain(
      '<edge id="PARTNER_IN:barts-health-&gt;elft" source="barts-health" target="elft" label="is a partner in" endopen="2022-07-01">',
    );
    expect(xml).toContain('<viz:color r="153" g="153" b="153"/>');
    expect(xml).toContain('<viz:thickness value="2.5"/>');
    expect(xml).toContain('<viz:shape value="dashed"/>');
  });

  it("reads the colours Cytoscape reports", () => {
    expect(rgbOf("#0072B2")).toEqual({ r: 0, g: 114, b: 178 });
    expect(rgbOf("#fff")).toEqual({ r: 255, g: 255, b: 255 });
    expect(rgbOf("rgba(1, 2, 3, 0.5)")).toEqual({ r: 1, g: 2, b: 3 });
    expect(rgbOf("papayawhip")).toEqual({ r: 128, g: 128, b: 128 });
  });
});
