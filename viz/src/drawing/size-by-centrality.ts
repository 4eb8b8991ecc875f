// "Size nodes by" links or brokerage: an organisation's area grows with its degree or betweenness,
// the largest in the view at 90 px, none at 28 px; other nodes keep their look's size.
import type { ElementDefinition } from "cytoscape";
import type { CentralityOf } from "../data/fetch-centrality.js";

export const smallest = 28;
export const largest = 90;

export function sizeByCentrality(
  definitions: ElementDefinition[],
  centrality: Map<string, CentralityOf>,
  measure: keyof CentralityOf,
): void {
  const nodes = definitions.filter((d) => d.group === "nodes" && centrality.has(String(d.data.id)));
  const top = Math.max(0, ...nodes.map((d) => centrality.get(String(d.data.id))?.[measure] ?? 0));
  for (const d of nodes) {
    const value = centrality.get(String(d.data.id))?.[measure] ?? 0;
    d.data.size = Math.round(smallest + (largest - smallest) * (top > 0 ? Math.sqrt(value / top) : 0));
    d.data[measure] = value;
  }
}
