// How each relationship type looks: line style, width, colour and arrow differ by family, and every
// edge carries its label (the vocabulary's phrase). Dashes are kept for relationships that have ended.
import { type RelationshipType, relationshipPhrase } from "../../../schema/contract.js";

export interface EdgeLook {
  name: string;
  line: "solid" | "dotted";
  width: number;
  colour: string;
  arrow: string;
}

type Style = Omit<EdgeLook, "name">;

const style = (line: EdgeLook["line"], width: number, colour: string, arrow: string): Style => ({
  line,
  width,
  colour,
  arrow,
});

/** Every relationship type of the vocabulary has a style: a type without one does not compile. */
const styles: Record<RelationshipType, Style> = {
  PARTNER_IN: style("solid", 3.5, "#000000", "triangle"),
  MEMBER_OF: style("solid", 2, "#4D4D4D", "circle"),
  PART_OF: style("dotted", 2, "#4D4D4D", "circle"),
  PARTY_TO: style("solid", 2.5, "#0072B2", "diamond"),
  LEAD_MANAGER_OF: style("solid", 4.5, "#009E73", "diamond"),
  PROVIDES: style("solid", 1.5, "#0072B2", "triangle"),
  COMMISSIONS: style("solid", 3, "#D55E00", "vee"),
  SERVES: style("dotted", 1.5, "#666666", "triangle"),
  OPERATES: style("solid", 1.5, "#7A4F00", "square"),
  WORKS_WITH: style("dotted", 2.5, "#CC79A7", "none"),
  ADVOCATES_TO: style("dotted", 2.5, "#E69F00", "vee"),
  ESTABLISHED: style("solid", 2, "#D55E00", "triangle-backcurve"),
  TRANSFERRED_FROM: style("solid", 2, "#D55E00", "tee"),
  TRANSFERRED_TO: style("solid", 2, "#D55E00", "triangle"),
  CONCERNS: style("dotted", 1.5, "#D55E00", "triangle"),
  PREDECESSOR: style("dotted", 2, "#CC79A7", "tee"),
  SUCCESSOR: style("solid", 2, "#CC79A7", "triangle"),
  SUCCEEDED: style("solid", 3, "#CC79A7", "triangle-tee"),
};

export const edgeLooks: Record<string, EdgeLook> = Object.fromEntries(
  Object.entries(styles).map(([type, s]) => [type, { name: relationshipPhrase(type), ...s }]),
);

export function edgeLook(type: string): EdgeLook {
  return edgeLooks[type] ?? { name: relationshipPhrase(type), ...style("solid", 1.5, "#666666", "triangle") };
}
