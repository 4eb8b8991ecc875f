// The network contract (schema/network.graphql) as TypeScript types.
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

export type SourceIndex = Map<string, { title: string | null; url: string | null }>;
