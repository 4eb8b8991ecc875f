// The path menus' choices: a network's nodes grouped by node type, in the filters' order of types,
// each group sorted by name.
import type { NetworkNode } from "../types.js";

export function pathChoices(nodes: NetworkNode[], types: string[]): { type: string; nodes: NetworkNode[] }[] {
  const byType = new Map<string, NetworkNode[]>();
  for (const n of nodes) byType.set(n.nodeType, [...(byType.get(n.nodeType) ?? []), n]);
  return types
    .filter((type) => byType.has(type))
    .map((type) => ({
      type,
      nodes: [...(byType.get(type) ?? [])].sort((a, b) => a.label.localeCompare(b.label)),
    }));
}
