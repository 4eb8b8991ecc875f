import { relationshipPhrase } from "../../core/vocabulary.js";
import type { DatePoint, QueryTimelineArgs, TimelineEntry } from "../../schema/contract.js";
import { timelineRelationships } from "../cypher/network-queries.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { type NetworkNodeRecord, type Stored, toNetworkEdge } from "../graph/to-network.js";

/** An entry's date from a start or end as the source gives it. */
const when = (point: DatePoint) => ({ date: point.date, dateText: point.text, precision: point.precision });

/** One node's history: its own start and end, its events, and its relationships' starts and ends. */
export async function timeline(reader: GraphReader, args: QueryTimelineArgs): Promise<Stored<TimelineEntry>[]> {
  await reader.requireNode(args.id);
  const rows = await reader.run<{ rel: Record<string, unknown>; other: string; otherIsEvent: boolean }>(
    timelineRelationships,
    { id: args.id },
  );
  const sources = await reader.sources();
  const nodes = new Map(
    (await reader.nodes([args.id, ...new Set(rows.map((r) => r.other))], sources)).map((n) => [n.key, n]),
  );
  const self = nodes.get(args.id) as NetworkNodeRecord;
  const entries: Stored<TimelineEntry>[] = [];
  for (const [point, change, verb] of [
    [self.start, "BEGAN", "began"],
    [self.end, "ENDED", "ended"],
  ] as const) {
    if (point)
      entries.push({
        ...when(point),
        change,
        summary: `${self.label} ${verb}`,
        node: self,
        edge: null,
        other: null,
      });
  }
  const events = new Set<string>();
  for (const { rel, other: otherId, otherIsEvent } of rows) {
    const other = nodes.get(otherId) as NetworkNodeRecord;
    const edge = toNetworkEdge(rel, String(rel.type), String(rel.source), String(rel.target), sources);
    const [subject, object] = edge.source === self.key ? [self, other] : [other, self];
    const sentence = `${subject.label} ${relationshipPhrase(edge.type)} ${object.label}`;
    if (otherIsEvent && !events.has(otherId)) {
      events.add(otherId);
      entries.push({
        ...(other.start ? when(other.start) : { date: null, dateText: null, precision: "UNKNOWN" as const }),
        change: "EVENT",
        summary: other.label,
        node: self,
        edge,
        other,
      });
      continue;
    }
    if (otherIsEvent) continue;
    for (const [point, change, summary] of [
      [edge.start, "STARTED", sentence],
      [edge.end, "STOPPED", `${sentence} (ended)`],
    ] as const) {
      if (point) entries.push({ ...when(point), change, summary, node: self, edge, other });
    }
  }
  // Oldest first; entries the source does not date come last, in a stable order.
  return entries.sort(
    (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.summary.localeCompare(b.summary),
  );
}
