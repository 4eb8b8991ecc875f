// How each relationship type looks: line style, width, colour and arrow differ by family, and every
// edge carries its label. Dashes are kept for relationships that have ended.
export interface EdgeLook {
  name: string;
  line: "solid" | "dotted";
  width: number;
  colour: string;
  arrow: string;
}

const look = (name: string, line: EdgeLook["line"], width: number, colour: string, arrow: string): EdgeLook => ({
  name,
  line,
  width,
  colour,
  arrow,
});

export const edgeLooks: Record<string, EdgeLook> = {
  PARTNER_IN: look("is a partner in", "solid", 3.5, "#000000", "triangle"),
  MEMBER_OF: look("is a member of", "solid", 2, "#4D4D4D", "circle"),
  PART_OF: look("is part of", "dotted", 2, "#4D4D4D", "circle"),
  PARTY_TO: look("is party to", "solid", 2.5, "#0072B2", "diamond"),
  LEAD_MANAGER_OF: look("is lead manager of", "solid", 4.5, "#009E73", "diamond"),
  PROVIDES: look("provides", "solid", 1.5, "#0072B2", "triangle"),
  COMMISSIONS: look("commissions", "solid", 3, "#D55E00", "vee"),
  SERVES: look("serves", "dotted", 1.5, "#666666", "triangle"),
  OPERATES: look("operates", "solid", 1.5, "#7A4F00", "square"),
  WORKS_WITH: look("works with", "dotted", 2.5, "#CC79A7", "none"),
  ADVOCATES_TO: look("advocates to", "dotted", 2.5, "#E69F00", "vee"),
  ESTABLISHED: look("established", "solid", 2, "#D55E00", "triangle-backcurve"),
  TRANSFERRED_FROM: look("transferred from", "solid", 2, "#D55E00", "tee"),
  TRANSFERRED_TO: look("transferred to", "solid", 2, "#D55E00", "triangle"),
  CONCERNS: look("concerns", "dotted", 1.5, "#D55E00", "triangle"),
  PREDECESSOR: look("has predecessor", "dotted", 2, "#CC79A7", "tee"),
  SUCCESSOR: look("has successor", "solid", 2, "#CC79A7", "triangle"),
  SUCCEEDED: look("replaced", "solid", 3, "#CC79A7", "triangle-tee"),
};

export function edgeLook(type: string): EdgeLook {
  return edgeLooks[type] ?? look(type.toLowerCase().replaceAll("_", " "), "solid", 1.5, "#666666", "triangle");
}
