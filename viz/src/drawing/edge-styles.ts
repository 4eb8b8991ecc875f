// How each relationship type looks: its colour is its family's (the vocabulary's), one colour per
// family and no two families alike, so the colour says what a line is about (partnership,
// provision, commissioning, …); within a family, line style, width and arrow tell the types apart.
// Every edge carries its label (the vocabulary's phrase). Dashes are kept for relationships that
// have ended.
import {
  type RelationshipFamily,
  type RelationshipType,
  relationshipPhrase,
  relationshipVocabulary,
} from "../../../schema/contract.js";

export interface EdgeLook {
  name: string;
  line: "solid" | "dotted";
  width: number;
  colour: string;
  arrow: string;
}

/**
 * One colour per family, from the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies) darkened where a thin line on white would fall under 3:1 contrast; place, the
 * context of everything else, stays a light grey.
 */
export const familyColours: Record<RelationshipFamily, string> = {
  partnership: "#000000",
  membership: "#5E5E5E",
  arrangement: "#007A5A",
  provision: "#0072B2",
  commissioning: "#D55E00",
  place: "#9A9A9A",
  voice: "#A86A00",
  event: "#6A3D9A",
  succession: "#B0457F",
};

type Style = Omit<EdgeLook, "name" | "colour">;

const style = (line: EdgeLook["line"], width: number, arrow: string): Style => ({ line, width, arrow });

/** Every relationship type of the vocabulary has a style: a type without one does not compile. */
const styles: Record<RelationshipType, Style> = {
  PARTNER_IN: style("solid", 3.5, "triangle"),
  WORKS_WITH: style("dotted", 2.5, "none"),
  MEMBER_OF: style("solid", 2, "circle"),
  PARTY_TO: style("solid", 2.5, "diamond"),
  LEAD_MANAGER_OF: style("solid", 4.5, "diamond"),
  PROVIDES: style("solid", 1.5, "triangle"),
  COMMISSIONS: style("solid", 3, "vee"),
  SERVES: style("dotted", 1.5, "triangle"),
  OPERATES: style("solid", 1.5, "square"),
  PART_OF: style("dotted", 2, "circle"),
  ADVOCATES_TO: style("dotted", 2.5, "vee"),
  ESTABLISHED: style("solid", 2, "triangle-backcurve"),
  TRANSFERRED_FROM: style("solid", 2, "tee"),
  TRANSFERRED_TO: style("solid", 2, "triangle"),
  CONCERNS: style("dotted", 1.5, "triangle"),
  PREDECESSOR: style("dotted", 2, "tee"),
  SUCCESSOR: style("solid", 2, "triangle"),
  SUCCEEDED: style("solid", 3, "triangle-tee"),
};

export const edgeLooks: Record<string, EdgeLook> = Object.fromEntries(
  Object.entries(styles).map(([type, s]) => [
    type,
    {
      name: relationshipPhrase(type),
      colour: familyColours[relationshipVocabulary[type as RelationshipType].family],
      ...s,
    },
  ]),
);

export function edgeLook(type: string): EdgeLook {
  return edgeLooks[type] ?? { name: relationshipPhrase(type), colour: "#666666", ...style("solid", 1.5, "triangle") };
}
