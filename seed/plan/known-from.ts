// The first day each fact surely holds (`knownFrom`), for the three-valued time rule
// (core/time/holds-on.ts): first each record by its own dates and its sources' dates, then what the
// graph's structure makes sure as well:
//  - a party of a dated event surely takes part on the event's day (the TUPE transfer's parties on
//    1 April 2016, though the relationship itself gives no date);
//  - both ends of a relationship surely exist on any day the relationship surely holds (health
//    visiting existed on 1 April 2016, when the GP Care Group began providing it), within their own
//    dates.
// core/neo4j/graph-migrations.ts says the same in Cypher for a graph loaded before knownFrom.
import { knownFrom, type StartAndEnd } from "../../core/time/holds-on.js";
import { enumValue } from "../../core/vocabulary.js";
import type { Citation, Dated, SeedGraph } from "../seed-graph.js";

export interface KnownFromDays {
  node(id: string): string | null;
  relationship(id: string): string | null;
}

const pointOf = (d: Dated | null) =>
  d ? { date: d.date, latest: d.latest, precision: enumValue(d.precision) as "DAY" | "RANGE" | "UNKNOWN" } : null;

const datesOf = (item: { validFrom: Dated | null; validTo: Dated | null }): StartAndEnd => ({
  start: pointOf(item.validFrom),
  end: pointOf(item.validTo),
});

/** The earlier of two days; null is no day. */
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);

/** `day`, if the item may hold on it (not before its earliest start, before its first possible end). */
function withinDates(day: string | null, item: { validFrom: Dated | null; validTo: Dated | null }) {
  if (day === null) return null;
  if (item.validFrom?.date && day < item.validFrom.date) return null;
  if (item.validTo?.date && day >= item.validTo.date) return null;
  return day;
}

export function knownFromDays(graph: Pick<SeedGraph, "nodes" | "relationships" | "sources">): KnownFromDays {
  const sourceDates = new Map(graph.sources.map((s) => [s.id, s.datedFrom]));
  /** The earliest date of the dated sources an element cites: the day its statement holds by. */
  const statedOn = (citations: readonly Citation[]) =>
    citations.map((c) => sourceDates.get(c.source) ?? null).reduce<string | null>(earlier, null);

  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeDays = new Map(graph.nodes.map((n) => [n.id, knownFrom(datesOf(n), statedOn(n.citations))]));
  const relationshipDays = new Map<string, string | null>();
  for (const r of graph.relationships) {
    let day = knownFrom(datesOf(r), statedOn(r.citations));
    const from = nodes.get(r.from);
    if (from?.label === "Event" && (r.validFrom === null || r.validFrom.date === null))
      day = earlier(day, withinDates(nodeDays.get(r.from) ?? null, r));
    relationshipDays.set(r.id, day);
  }
  for (const r of graph.relationships) {
    const day = relationshipDays.get(r.id) ?? null;
    for (const end of [r.from, r.to]) {
      const node = nodes.get(end);
      if (node) nodeDays.set(end, earlier(nodeDays.get(end) ?? null, withinDates(day, node)));
    }
  }
  return {
    node: (id) => nodeDays.get(id) ?? null,
    relationship: (id) => relationshipDays.get(id) ?? null,
  };
}
