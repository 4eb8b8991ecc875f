// Small SVG pictures of node shapes and edge lines for the legend, drawn like the graph draws them.
import type { EdgeLook } from "../drawing/edge-styles.js";
import type { NodeLook } from "../drawing/node-styles.js";

const svgNs = "http://www.w3.org/2000/svg";

function svg(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function regular(sides: number, radius: number, rotation: number): string {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return `${(12 + radius * Math.cos(angle)).toFixed(1)},${(12 + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
}

function star(): string {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 10 : 4.2;
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    return `${(12 + r * Math.cos(angle)).toFixed(1)},${(12 + r * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
}

const polygons: Record<string, string> = {
  triangle: "12,2 22,21 2,21",
  diamond: "12,1 23,12 12,23 1,12",
  tag: "2,4 16,4 22,12 16,20 2,20",
  "cut-rectangle": "6,3 18,3 22,7 22,17 18,21 6,21 2,17 2,7",
  pentagon: regular(5, 10, -Math.PI / 2),
  hexagon: regular(6, 10, 0),
  heptagon: regular(7, 10, -Math.PI / 2),
  octagon: regular(8, 10, Math.PI / 8),
  star: star(),
};

function shapeElement(shape: string): SVGElement {
  if (shape === "ellipse") return svg("circle", { cx: 12, cy: 12, r: 10 });
  if (shape === "rectangle") return svg("rect", { x: 3, y: 4, width: 18, height: 16 });
  if (shape === "round-rectangle") return svg("rect", { x: 2, y: 4, width: 20, height: 16, rx: 5 });
  if (shape === "barrel") return svg("rect", { x: 2, y: 4, width: 20, height: 16, rx: 8, ry: 3 });
  if (shape === "bottom-round-rectangle") return svg("path", { d: "M3 4 H21 V14 Q21 20 15 20 H9 Q3 20 3 14 Z" });
  return svg("polygon", { points: polygons[shape] ?? polygons.octagon ?? "" });
}

export function nodeSwatch(look: NodeLook): SVGElement {
  const picture = svg("svg", {
    width: 24,
    height: 24,
    viewBox: "0 0 24 24",
    "aria-hidden": "true",
    focusable: "false",
  });
  const shape = shapeElement(look.shape);
  shape.setAttribute("fill", look.fill);
  shape.setAttribute("stroke", look.border);
  shape.setAttribute("stroke-width", String(Math.min(look.borderWidth, 3)));
  if (look.borderStyle === "dotted") shape.setAttribute("stroke-dasharray", "1.5 2");
  picture.appendChild(shape);
  if (look.borderStyle === "double") {
    const inner = shapeElement(look.shape);
    inner.setAttribute("fill", "none");
    inner.setAttribute("stroke", look.border);
    inner.setAttribute("transform", "translate(12 12) scale(0.6) translate(-12 -12)");
    picture.appendChild(inner);
  }
  return picture;
}

export function edgeSwatch(look: Pick<EdgeLook, "line" | "width" | "colour">, dashed = false): SVGElement {
  const picture = svg("svg", {
    width: 36,
    height: 12,
    viewBox: "0 0 36 12",
    "aria-hidden": "true",
    focusable: "false",
  });
  const line = svg("line", { x1: 1, y1: 6, x2: 28, y2: 6, stroke: look.colour, "stroke-width": look.width });
  if (dashed) line.setAttribute("stroke-dasharray", "6 3");
  else if (look.line === "dotted") line.setAttribute("stroke-dasharray", "1.5 2.5");
  picture.appendChild(line);
  picture.appendChild(svg("polygon", { points: "27,2 35,6 27,10", fill: look.colour }));
  return picture;
}
