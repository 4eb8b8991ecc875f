// The Cytoscape stylesheet: looks come from each element's data (node-styles.ts, edge-styles.ts);
// classes mark what the view says: ended, faded, focus, path, added, removed, story; lod marks a big
// view seen whole (level-of-detail.ts); label-hidden a label that would overlap another
// (label-density.ts).
import type { StylesheetJson } from "cytoscape";
import { numberPlaces } from "./label-density.js";

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      shape: "data(shape)" as never,
      "background-color": "data(fill)",
      "border-color": "data(border)",
      "border-width": "data(borderWidth)",
      "border-style": "data(borderStyle)" as never,
      width: "data(size)",
      height: "data(size)",
      label: "data(display)",
      "font-family": "system-ui, sans-serif",
      "font-size": 12,
      color: "#1A1A1A",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      "text-background-color": "#FFFFFF",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 5,
    },
  },
  { selector: "node[nodeType = 'Organisation']", style: { "font-size": 15, "font-weight": "bold" } },
  // Time (model/time-classes.ts): a date not known is dotted and faded; former is dashed.
  {
    selector: "node.uncertain",
    style: { "border-style": "dotted", "border-width": 3, "background-opacity": 0.45, "text-opacity": 0.85 },
  },
  { selector: "node.ended", style: { "border-style": "dashed", "border-width": 3, "background-opacity": 0.55 } },
  { selector: "node.future", style: { "border-style": "double", "border-width": 4, "background-opacity": 0.4 } },
  {
    selector: "edge",
    style: {
      "curve-style": "bezier",
      width: "data(width)",
      "line-color": "data(colour)",
      "line-style": "data(line)" as never,
      "target-arrow-shape": "data(arrow)" as never,
      "target-arrow-color": "data(colour)",
      "arrow-scale": 0.9,
      label: "data(display)",
      "font-family": "system-ui, sans-serif",
      "font-size": 9,
      color: "#333333",
      "text-rotation": "autorotate",
      "text-background-color": "#FFFFFF",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      // Relationship labels only once zoomed in far enough to read them (10 px on screen), or lit.
      "min-zoomed-font-size": 10,
    },
  },
  { selector: "edge.uncertain", style: { "line-style": "dotted", opacity: 0.65 } },
  { selector: "edge.ended", style: { "line-style": "dashed", "line-dash-pattern": [9, 5], opacity: 0.8 } },
  // Overview of a big view (level-of-detail.ts): dots coloured by kind and thin grey lines.
  { selector: "node.lod", style: { label: "", "border-width": 0, width: 12, height: 12 } },
  // The focus and its first ring (ring: progressive-drawing.ts) keep their labels in an overview.
  { selector: "node.lod.focus, node.lod.ring", style: { label: "data(display)" } },
  {
    selector: "edge.lod",
    style: {
      label: "",
      "curve-style": "haystack",
      "target-arrow-shape": "none",
      width: 1,
      "line-color": "#B0B0B0",
      "line-style": "solid",
    },
  },
  { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.12 } },
  {
    selector: "node.focus",
    style: { "underlay-color": "#E69F00", "underlay-opacity": 0.55, "underlay-padding": 9, "font-size": 14 },
  },
  {
    selector: ".path",
    style: { "underlay-color": "#0072B2", "underlay-opacity": 0.35, "underlay-padding": 7, "z-index": 10 },
  },
  { selector: "edge.path", style: { "font-size": 11, "min-zoomed-font-size": 0 } },
  {
    selector: ".added",
    style: { "underlay-color": "#009E73", "underlay-opacity": 0.5, "underlay-padding": 8, "z-index": 10 },
  },
  {
    selector: ".removed",
    style: { "underlay-color": "#D55E00", "underlay-opacity": 0.5, "underlay-padding": 8, "z-index": 10 },
  },
  {
    selector: ".story",
    style: { "underlay-color": "#E69F00", "underlay-opacity": 0.45, "underlay-padding": 8, "z-index": 10 },
  },
  { selector: "edge.story", style: { "font-size": 11, "min-zoomed-font-size": 0, "text-max-width": "220px" } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#0072B2" } },
  // Label sizes kept readable on screen, and labels that would overlap hidden (label-density.ts):
  // last, so they win over the sizes above.
  { selector: "[labelSize]", style: { "font-size": "data(labelSize)" } },
  { selector: "node.label-hidden", style: { label: "" } },
  // A crowded lit line's number, near its end away from the hub where lines meet (label-density.ts).
  { selector: "edge.number-middle", style: { label: "data(number)" } },
  ...numberPlaces.map(({ name, end, offset }) => ({
    selector: `edge.${name}`,
    style: {
      label: "",
      [`${end}-label`]: "data(number)",
      [`${end}-text-offset`]: offset,
      "font-size": "data(labelSize)",
    },
  })),
  { selector: "edge.label-hidden", style: { label: "", "source-label": "", "target-label": "" } },
  // The keyboard's cursor (views/graph-keys.ts): a ring no other mark uses, its label always shown.
  {
    selector: "node.keyboard-cursor",
    style: { "overlay-color": "#0072B2", "overlay-opacity": 0.25, "overlay-padding": 10, label: "data(display)" },
  },
  { selector: "edge:selected", style: { "line-outline-width": 2, "line-outline-color": "#0072B2" } },
];
