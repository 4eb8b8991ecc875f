// The name of an exported picture, after the date or dates it shows.
import type { ViewState } from "../store/view-state.js";

export function fileStem(state: Pick<ViewState, "date" | "compareFrom" | "compareTo">): string {
  return `tht-graph-${state.compareFrom && state.compareTo ? `${state.compareFrom}-to-${state.compareTo}` : (state.date ?? "all-time")}`;
}
