// What any first view asks for before anything else (load-view.ts): the all-time network, which
// gives positions and filter choices or says the graph is too large to draw whole, and the story
// a shared link presents. Asked here, the answers are waiting in their caches when loadView asks.
import type { ViewState } from "../store/view-state.js";
import { networks } from "./networks.js";
import { stories } from "./stories.js";

export function askFirst(state: ViewState): void {
  // A failure is loadView's to report, when it asks the same question.
  networks.whole(null).catch(() => {});
  if (state.story) stories.get(state.story).catch(() => {});
}
