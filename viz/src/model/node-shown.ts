// Whether the view's filters let a node be drawn: its type shown and, for an organisation, its kind;
// with "known facts only", only what is known to hold on the date; in the organisations view, only
// organisations.
import type { ViewState } from "../store/view-state.js";
import type { NetworkNode } from "../types.js";

export const nodeShown =
  (state: Pick<ViewState, "hiddenTypes" | "hiddenKinds"> & Partial<Pick<ViewState, "knownOnly" | "organisations">>) =>
  (n: Pick<NetworkNode, "nodeType" | "kind"> & Partial<Pick<NetworkNode, "certainty">>): boolean =>
    !state.hiddenTypes.includes(n.nodeType) &&
    !(n.nodeType === "Organisation" && state.hiddenKinds.includes(n.kind)) &&
    !(state.knownOnly && n.certainty === "UNCERTAIN") &&
    !(state.organisations && n.nodeType !== "Organisation");
