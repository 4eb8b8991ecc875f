// The network contract as the page receives it (schema/contract.ts: generated from the SDL), and
// the page's own types. No wire type is written out here.
export type {
  Changes,
  Citation,
  Network,
  NetworkEdge,
  NetworkFigure,
  NetworkGroup,
  NetworkGroupLink,
  NetworkNode,
  NetworkSummary,
  Path,
  PathStep,
  Story,
  StoryStep,
  StorySummary,
  TimelineEntry,
} from "../../schema/contract.js";

export type LayoutName = "fcose" | "concentric" | "breadthfirst" | "dagre";
