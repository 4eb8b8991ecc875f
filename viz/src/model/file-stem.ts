// The name of an exported picture or data file, after what the view shows: its date or dates, its
// focus and depth, its path (the contract's one rule, which the server's downloads follow too).
import { exportFileName } from "../../../schema/contract.js";
import type { ViewState } from "../store/view-state.js";

type Naming = Pick<ViewState, "date" | "compareFrom" | "compareTo" | "focus" | "depth" | "pathFrom" | "pathTo">;

/** `file`: a data export's name (`nodes.csv`) or a picture's extension (`png`). */
export function fileName(file: string, state: Naming): string {
  return exportFileName(file, { ...state, depth: state.focus ? state.depth : null });
}
