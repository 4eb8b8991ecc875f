// After this page writes to the graph, nothing it fetched before may be drawn again: every cached
// answer (networks, summaries, centrality) is forgotten, and the view is loaded afresh.
import { forgetCentrality } from "./fetch-centrality.js";
import { networks } from "./networks.js";

export function forgetAnswers(): void {
  networks.forget();
  forgetCentrality();
}
