// How each kind of node looks. Organisation kinds differ in colour AND shape (Okabe–Ito colours,
// safe for the common colour-vision deficiencies); the other node types are pale or outlined
// shapes of their own, so an arrangement or an event never reads as an organisation.
import { type NodeLabel, nodeLabels, type organisationKinds } from "../../../schema/contract.js";
export const okabeIto = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

export interface NodeLook {
  name: string;
  shape: string;
  fill: string;
  border: string;
  borderStyle: "solid" | "double" | "dotted";
  borderWidth: number;
  size: number;
}

const organisation = (name: string, shape: string, fill: string): NodeLook => ({
  name,
  shape,
  fill,
  border: "#000000",
  borderStyle: "solid",
  borderWidth: 2,
  size: 46,
});

/** Every kind with a look of its own in the vocabulary has one here: a missing one does not compile. */
export const organisationLooks: Record<string, NodeLook> & Record<(typeof organisationKinds)[number], NodeLook> = {
  partnership: organisation("Partnership", "star", okabeIto.black),
  "NHS trust": organisation("NHS trust", "ellipse", okabeIto.blue),
  "integrated care board": organisation("Integrated care board", "hexagon", okabeIto.vermillion),
  "clinical commissioning group": organisation("Clinical commissioning group", "octagon", okabeIto.reddishPurple),
  "GP federation": organisation("GP federation", "round-rectangle", okabeIto.bluishGreen),
  "local Healthwatch": organisation("Local Healthwatch", "triangle", okabeIto.orange),
  "council for voluntary service": organisation("Council for voluntary service", "pentagon", okabeIto.skyBlue),
};

export const otherOrganisationLook = organisation("Other organisation", "heptagon", "#8C8C8C");

export const nodeTypeLooks: Record<string, NodeLook> & Record<Exclude<NodeLabel, "Organisation">, NodeLook> = {
  Group: {
    name: "Group",
    shape: "barrel",
    fill: okabeIto.yellow,
    border: "#5C5500",
    borderStyle: "solid",
    borderWidth: 1,
    size: 32,
  },
  Arrangement: {
    name: "Arrangement",
    shape: "diamond",
    fill: "#FFFFFF",
    border: "#000000",
    borderStyle: "double",
    borderWidth: 6,
    size: 44,
  },
  Event: {
    name: "Event",
    shape: "tag",
    fill: "#FFFFFF",
    border: okabeIto.vermillion,
    borderStyle: "dotted",
    borderWidth: 3,
    size: 34,
  },
  Service: {
    name: "Service",
    shape: "cut-rectangle",
    fill: "#CFE8F7",
    border: okabeIto.blue,
    borderStyle: "solid",
    borderWidth: 1,
    size: 24,
  },
  Area: {
    name: "Area",
    shape: "rectangle",
    fill: "#E6E6E6",
    border: "#4D4D4D",
    borderStyle: "solid",
    borderWidth: 1,
    size: 26,
  },
  Site: {
    name: "Site",
    shape: "bottom-round-rectangle",
    fill: "#F5D79E",
    border: "#7A4F00",
    borderStyle: "solid",
    borderWidth: 1,
    size: 24,
  },
};

export function nodeLook(nodeType: string, kind: string): NodeLook {
  if (nodeType === "Organisation") return organisationLooks[kind] ?? otherOrganisationLook;
  return nodeTypeLooks[nodeType] ?? otherOrganisationLook;
}

export const nodeTypes = nodeLabels;
