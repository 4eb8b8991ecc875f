// What the page loaded for one view state: the networks it draws and lists, the focus, the paths,
// the changes between two dates, the story and what went wrong on the way.
import type { FilterValues } from "../model/filter-values.js";
import type { ViewState } from "../store/view-state.js";
import type { Changes, Network, NetworkSummary, Path, Story } from "../types.js";
import type { CentralityOf } from "./fetch-centrality.js";
import type { TooLarge } from "./too-large.js";

export interface View {
  state: ViewState;
  base: Network;
  network: Network;
  /** Every node type, organisation kind and relationship type of the whole network, for the filters. */
  all: FilterValues;
  changes: Changes | null;
  focusIds: Set<string> | null;
  paths: Path[] | null;
  story: Story | null;
  problems: string[];
  /** The whole network is too large to draw: `base` is what the server filtered (focus, filters). */
  large: boolean;
  /** Set when even that is too large: `base` and `network` are then the summary's groups. */
  summary: SummaryView | null;
  /** "Size nodes by" degree or betweenness: each organisation's, from the API's centrality. */
  centrality?: Map<string, CentralityOf>;
}

/** Why the summary is drawn: the whole network, the filtered one, or a focus's neighbourhood is too large. */
export interface SummaryView {
  summary: NetworkSummary;
  refused: TooLarge;
  reason: "whole" | "filtered" | "focus";
}
