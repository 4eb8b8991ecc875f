// Whether the view's filters let a node be drawn: its type shown and, for an organisation, its kind.
import type { ViewState } from "../store/view-state.js";
import type { NetworkNode } from "../types.js";

export const nodeShown =
  (state: Pick<ViewState, "hiddenTypes" | "hiddenKinds">) =>
  (n: Pick<NetworkNode, "nodeType" | "kind">): boolean =>
    !state.hiddenTypes.includes(n.nodeType) && !(n.nodeType === "Organisation" && state.hiddenKinds.includes(n.kind));
