// The view as drawn, in GEXF 1.3 with its viz namespace: every node where the page placed it, in
// its colour, shape and size, every relationship in its colour, width and line style, with the
// same attributes as the server's export (type, kind, dates). Gephi opens it laid out as the room
// saw it; the server's /export/network.gexf carries the data without a drawing.

export interface DrawnNode {
  id: string;
  label: string;
  nodeType: string;
  kind: string;
  /** The page's coordinates (y grows downwards; GEXF's upwards). */
  x: number;
  y: number;
  size: number;
  /** A CSS colour: #rgb, #rrggbb or rgb(r, g, b). */
  colour: string;
  /** Cytoscape's shape name. */
  shape: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  type: string;
  colour: string;
  width: number;
  line: string;
  validFrom: string | null;
  validTo: string | null;
}

/** GEXF's node shapes are four: Cytoscape's others are drawn as discs. */
const gexfShape = (shape: string): string => {
  if (/rectangle|square|barrel|tag|rhomboid|cut-rectangle/.test(shape)) return "square";
  if (/triangle|vee/.test(shape)) return "triangle";
  if (/diamond/.test(shape)) return "diamond";
  return "disc";
};

const gexfLine = (line: string): string => (line === "dotted" || line === "dashed" ? line : "solid");

/** r, g and b of a CSS colour (#rgb, #rrggbb, rgb()/rgba()); mid grey for anything else. */
export function rgbOf(colour: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join("") : hex[1];
    return {
      r: Number.parseInt(digits.slice(0, 2), 16),
      g: Number.parseInt(digits.slice(2, 4), 16),
      b: Number.parseInt(digits.slice(4, 6), 16),
    };
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(colour.trim());
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
  return { r: 128, g: 128, b: 128 };
}

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot hold at all.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

const attrs = (values: Record<string, string | number | null>) =>
  Object.entries(values)
    .filter(([, value]) => value !== null && value !== "")
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");

const round = (n: number) => Math.round(n * 100) / 100;

const colourOf = (colour: string) => {
  const { r, g, b } = rgbOf(colour);
  return `<viz:color${attrs({ r, g, b })}/>`;
};

const values = (list: (string | null)[]) =>
  `<attvalues>${list.map((value, i) => `<attvalue${attrs({ for: i, value: value ?? "" })}/>`).join("")}</attvalues>`;

const span = (item: { validFrom: string | null; validTo: string | null }) => ({
  start: item.validFrom,
  endopen: item.validTo,
});

/** The drawn view as a GEXF 1.3 document; `title` and `date` go into its meta. */
export function drawnGexf(
  drawn: { nodes: DrawnNode[]; edges: DrawnEdge[] },
  meta: { title: string; date: string | null },
): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `<meta${attrs({ lastmodifieddate: meta.date })}><creator>tht-graph</creator><description>${escapeXml(meta.title)}</description></meta>`,
    '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '<attributes class="node" mode="static"><attribute id="0" title="nodeType" type="string"/><attribute id="1" title="kind" type="string"/></attributes>',
    '<attributes class="edge" mode="static"><attribute id="0" title="type" type="string"/></attributes>',
    "<nodes>",
  ];
  for (const node of drawn.nodes) {
    out.push(
      `<node${attrs({ id: node.id, label: node.label, ...span(node) })}>`,
      values([node.nodeType, node.kind]),
      colourOf(node.colour),
      `<viz:position${attrs({ x: round(node.x), y: round(-node.y), z: 0 })}/>`,
      `<viz:size${attrs({ value: round(node.size) })}/>`,
      `<viz:shape${attrs({ value: gexfShape(node.shape) })}/>`,
      "</node>",
    );
  }
  out.push("</nodes>", "<edges>");
  for (const edge of drawn.edges) {
    out.push(
      `<edge${attrs({ id: edge.id, source: edge.source, target: edge.target, label: edge.label, ...span(edge) })}>`,
      values([edge.type]),
      colourOf(edge.colour),
      `<viz:thickness${attrs({ value: round(edge.width) })}/>`,
      `<viz:shape${attrs({ value: gexfLine(edge.line) })}/>`,
      "</edge>",
    );
  }
  out.push("</edges>", "</graph>", "</gexf>");
  return out.join("\n");
}
