// Summary groups and links grow with the logarithm of their count: 1 and 100,000 both stay readable.
import type { ElementDefinition } from "cytoscape";

export function sizeByCount(definition: ElementDefinition, count: number): void {
  const scale = Math.log10(Math.max(count, 1));
  if (definition.group === "nodes") definition.data.size = Math.round(Math.min(30 + 14 * scale, 100));
  else definition.data.width = Math.round(Math.min(1.5 + 1.2 * scale, 8) * 10) / 10;
}
