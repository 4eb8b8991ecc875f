import { timelineRelationships } from "../cypher/network-queries.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { NetworkEdge, NetworkNode } from "../graph/network-types.js";
import { relationshipPhrases, toNetworkEdge } from "../graph/to-network.js";

export type TimelineChange = "BEGAN" | "ENDED" | "EVENT" | "STARTED" | "STOPPED";

export interface TimelineEntry {
  date: string | null;
  dateText: string | null;
  precision: string;
  change: TimelineChange;
  summary: string;
  node: NetworkNode | null;
  edge: NetworkEdge | null;
  other: NetworkNode | null;
}

function when(props: Record<string, unknown>, end: "validFrom" | "validTo") {
  return {
    date: (props[end] as string | null) ?? null,
    dateText: (props[`${end}Text`] as string | null) ?? null,
    precision: (props[`${end}Precision`] as string | null) ?? (props[end] ? "day" : "unknown"),
  };
}

const dated = (props: Record<string, unknown>, end: "validFrom" | "validTo") =>
  props[end] != null || props[`${end}Text`] != null;

/** One node's history: its own start and end, its events, and its relationships' starts and ends. */
export async function timeline(reader: GraphReader, args: { id: string }): Promise<TimelineEntry[]> {
  await reader.requireNode(args.id);
  const rows = await reader.run<{ rel: Record<string, unknown>; other: string; otherIsEvent: boolean }>(
    timelineRelationships,
    { id: args.id },
  );
  const sources = await reader.sources();
  const nodes = new Map(
    (await reader.nodes([args.id, ...new Set(rows.map((r) => r.other))], sources)).map((n) => [n.id, n]),
  );
  const self = nodes.get(args.id) as NetworkNode;
  const entries: TimelineEntry[] = [];
  if (dated(self.properties, "validFrom")) {
    entries.push({
      ...when(self.properties, "validFrom"),
      change: "BEGAN",
      summary: `${self.label} began`,
      node: self,
      edge: null,
      other: null,
    });
  }
  if (dated(self.properties, "validTo")) {
    entries.push({
      ...when(self.properties, "validTo"),
      change: "ENDED",
      summary: `${self.label} ended`,
      node: self,
      edge: null,
      other: null,
    });
  }
  const events = new Set<string>();
  for (const { rel, other: otherId, otherIsEvent } of rows) {
    const other = nodes.get(otherId) as NetworkNode;
    const edge = toNetworkEdge(rel, String(rel.type), String(rel.source), String(rel.target), sources);
    const [subject, object] = edge.source === self.id ? [self, other] : [other, self];
    const sentence = `${subject.label} ${relationshipPhrases[edge.type] ?? edge.type} ${object.label}`;
    if (otherIsEvent && !events.has(otherId)) {
      events.add(otherId);
      entries.push({
        ...when(other.properties, "validFrom"),
        change: "EVENT",
        summary: other.label,
        node: self,
        edge,
        other,
      });
      continue;
    }
    if (otherIsEvent) continue;
    if (dated(edge.properties, "validFrom")) {
      entries.push({
        ...when(edge.properties, "validFrom"),
        change: "STARTED",
        summary: sentence,
        node: self,
        edge,
        other,
      });
    }
    if (dated(edge.properties, "validTo")) {
      entries.push({
        ...when(edge.properties, "validTo"),
        change: "STOPPED",
        summary: `${sentence} (ended)`,
        node: self,
        edge,
        other,
      });
    }
  }
  // Oldest first; entries the source does not date come last, in a stable order.
  return entries.sort(
    (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.summary.localeCompare(b.summary),
  );
}
