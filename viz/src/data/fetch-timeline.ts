// A node's dated entries, for the details panel.
import type { TimelineEntry } from "../types.js";
import { graphql } from "./api.js";
import { TimelineDocument } from "./generated/graphql.js";

export function fetchTimeline(id: string): Promise<TimelineEntry[]> {
  return graphql(TimelineDocument, { id }).then((d) => d.timeline ?? []);
}
