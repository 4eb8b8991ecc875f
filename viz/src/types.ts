// The network contract (schema/network.graphql) as the page receives it, and the page's own types.
export interface Citation {
  quote: string;
  source: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

export interface NetworkNode {
  id: string;
  label: string;
  kind: string;
  nodeType: string;
  validFrom: string | null;
  validTo: string | null;
  properties: Record<string, unknown>;
  citations: Citation[];
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
  validFrom: string | null;
  validTo: string | null;
  properties: Record<string, unknown>;
  citations: Citation[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface PathStep {
  from: NetworkNode;
  to: NetworkNode;
  edge: NetworkEdge;
  sentence: string;
}

export interface Path {
  length: number;
  nodes: NetworkNode[];
  steps: PathStep[];
}

export interface Changes {
  from: string;
  to: string;
  nodesStarted: NetworkNode[];
  nodesEnded: NetworkNode[];
  edgesStarted: NetworkEdge[];
  edgesEnded: NetworkEdge[];
}

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

export type LayoutName = "fcose" | "concentric" | "breadthfirst" | "dagre";
