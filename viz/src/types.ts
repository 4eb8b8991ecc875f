// The network contract (schema/network.graphql) as the page receives it, and the page's own types.
// One definition of the contract: the server's, which the resolvers return.
export type { Citation, Network, NetworkEdge, NetworkNode } from "../../server/graph/network-types.js";
export type { Changes } from "../../server/resolvers/changes.js";
export type {
  NetworkGroup,
  NetworkGroupLink,
  NetworkSummary,
} from "../../server/resolvers/network-summary.js";
export type { Path, PathStep } from "../../server/resolvers/paths.js";

export interface TimelineEntry {
  date: string | null;
  dateText: string | null;
  precision: string;
  change: string;
  summary: string;
}

export interface StoryStep {
  title: string;
  caption: string;
  /** YYYY-MM-DD, or null for the all-time view. */
  date: string | null;
  highlight: { nodes: string[]; edges: string[] };
  view: { focus: string | null; zoom: number | null };
  cite: string[];
}

export interface Story {
  id: string;
  title: string;
  description: string;
  source: string;
  steps: StoryStep[];
}

/** A story as the menu lists it (GET /stories/index.json). */
export interface StorySummary {
  id: string;
  title: string;
  steps: number;
}

export type LayoutName = "fcose" | "concentric" | "breadthfirst" | "dagre";
