// cytoscape-svg ships no types: it registers `cy.svg(options)`, which returns the SVG as text.
declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";

  const cytoscapeSvg: Ext;
  export default cytoscapeSvg;
}
