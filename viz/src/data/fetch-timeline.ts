// A node's dated entries, for the details panel, which says "Loading…" in their place meanwhile:
// the graph, already drawn, is not what waits.
import type { TimelineEntry } from "../types.js";
import { graphql } from "./api.js";
import { TimelineDocument } from "./generated/graphql.js";

export function fetchTimeline(id: string): Promise<TimelineEntry[]> {
  return graphql(TimelineDocument, { id }, { showsOwnWait: true }).then((d) => d.timeline ?? []);
}
