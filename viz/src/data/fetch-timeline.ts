// A node's dated entries, for the details panel.
import type { TimelineEntry } from "../types.js";
import { graphql } from "./api.js";
import { queries } from "./queries.js";

export function fetchTimeline(id: string): Promise<TimelineEntry[]> {
  return graphql<{ timeline: TimelineEntry[] }>(queries.timeline, { id }).then((d) => d.timeline);
}
