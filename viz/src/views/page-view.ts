// What every view is to the page: something that renders from the store's state. Views remember
// what they last rendered and redo only what changed.
import type { PageState } from "../store/page-state.js";

export interface PageView {
  render(state: PageState): void;
}
