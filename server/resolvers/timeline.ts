import { relationshipPhrase } from "../../core/vocabulary.js";
import type { NetworkNode, QueryTimelineArgs, TimelineEntry } from "../../schema/contract.js";
import { timelineRelationships } from "../cypher/network-queries.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { toNetworkEdge } from "../graph/to-network.js";

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
export async function timeline(reader: GraphReader, args: QueryTimelineArgs): Promise<TimelineEntry[]> {
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
  for (const [end, change, verb] of [
    ["validFrom", "BEGAN", "began"],
    ["validTo", "ENDED", "ended"],
  ] as const) {
    if (dated(self.properties, end))
      entries.push({
        ...when(self.properties, end),
        change,
        summary: `${self.label} ${verb}`,
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
    const sentence = `${subject.label} ${relationshipPhrase(edge.type)} ${object.label}`;
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
    for (const [end, change, summary] of [
      ["validFrom", "STARTED", sentence],
      ["validTo", "STOPPED", `${sentence} (ended)`],
    ] as const) {
      if (dated(edge.properties, end))
        entries.push({ ...when(edge.properties, end), change, summary, node: self, edge, other });
    }
  }
  // Oldest first; entries the source does not date come last, in a stable order.
  return entries.sort(
    (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.summary.localeCompare(b.summary),
  );
}
