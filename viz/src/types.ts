// The network contract as the page receives it: the result types of the page's own operations
// (data/operations.graphql), generated from the schema, and the contract's story types. No wire type
// is written out here. The page calls a node's or relationship's `key` its `id` (the operations alias it).
import type {
  ChangesQuery,
  CitationFieldsFragment,
  DatePointFieldsFragment,
  EdgeFieldsFragment,
  NodeFieldsFragment,
  PathsQuery,
  RevisionFieldsFragment,
  SummaryQuery,
  TimelineQuery,
} from "./data/generated/graphql.js";

export type { Story, StoryStep, StorySummary } from "../../schema/contract.js";
export type { ChangeInput } from "./data/generated/graphql.js";

export type Citation = CitationFieldsFragment;
export type DatePoint = DatePointFieldsFragment;
/** A node as drawn; a summary's group is drawn as a node carrying its `count`. */
export type NetworkNode = NodeFieldsFragment & { count?: number };
/** The organisations view's link between two organisations, and the hub and facts it folds. */
export interface FoldedFrom {
  hub: string;
  hubLabel: string;
  edges: [string, string];
  /** The types of the two relationships folded: hiding either hides the link. */
  types: [EdgeFieldsFragment["type"], EdgeFieldsFragment["type"]];
  /** "Tower Hamlets GP Care Group is lead manager of the Alliance, to which ELFT is party". */
  sentence: string;
}
export type NetworkEdge = EdgeFieldsFragment & { count?: number; folded?: FoldedFrom };
export type NetworkFigure = NodeFieldsFragment["figures"][number];
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
export type NetworkSummary = NonNullable<SummaryQuery["networkSummary"]>;
export type NetworkGroup = NetworkSummary["groups"][number];
export type NetworkGroupLink = NetworkSummary["links"][number];
export type Path = NonNullable<PathsQuery["paths"]>[number];
export type PathStep = Path["steps"][number];
export type Changes = ChangesQuery["changes"];
export type TimelineEntry = NonNullable<TimelineQuery["timeline"]>[number];

export type LayoutName = "fcose" | "concentric" | "breadthfirst" | "dagre";
/** One revision of the graph, as the details panel's history shows it. */
export type Revision = RevisionFieldsFragment;
