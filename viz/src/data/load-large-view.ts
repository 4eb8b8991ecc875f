// The view of a network too large to draw whole: the server filters it (the view's filters, its
// focus) and the page draws what comes back, or the network summary when that is still too large.
import { ErrorCode } from "../../../schema/contract.js";
import { filterValues } from "../model/filter-values.js";
import { networkFilters } from "../model/network-filters.js";
import { nodeShown } from "../model/node-shown.js";
import type { ViewState } from "../store/view-state.js";
import type { Network, Story } from "../types.js";
import { absentAsEmpty, emptyNetwork } from "./absent-as-empty.js";
import { ApiError } from "./api.js";
import { changesWithin } from "./changes-within.js";
import { fetchChanges } from "./fetch-changes.js";
import { loadPaths } from "./load-paths.js";
import { mergeNetworks } from "./merge-networks.js";
import { networks } from "./networks.js";
import { organisationsView } from "./organisations-view.js";
import { focusRefusal, type Refusals, refuseOrNote } from "./refusal.js";
import { scopeOf, wholeScope } from "./scope.js";
import { summaryNetwork } from "./summary-network.js";
import { type TooLarge, tooLarge } from "./too-large.js";
import type { View } from "./view.js";

export async function loadLargeView(
  state: ViewState,
  whole: TooLarge,
  story: Story | null,
  refusals: Refusals,
): Promise<View> {
  const { problems } = refusals;
  const comparing = Boolean(state.compareFrom && state.compareTo);
  const asOf = comparing ? state.compareTo : state.date;
  const all = filterValues(summaryNetwork(await networks.summary(wholeScope)));
  const filters = networkFilters(state, all);
  // An organisation's neighbour in the organisations view may be two steps away (through the hub).
  const depth = state.organisations ? Math.min(2 * state.depth, 3) : state.depth;
  const scopeAt = (date: string | null) => scopeOf(date, filters, state.focus, depth);
  const withoutFocus = (refusal: ApiError, problem: string) => {
    refuseOrNote(refusals, refusal, problem);
    return loadLargeView({ ...state, focus: null }, whole, story, refusals);
  };

  let base: Network;
  try {
    base = await networks.scoped(scopeAt(null));
  } catch (error) {
    const large = tooLarge(error);
    if (large) {
      const reason = state.focus ? "focus" : filters.nodeTypes || filters.kinds || filters.types ? "filtered" : "whole";
      const summary = await networks.summary(scopeAt(asOf));
      const drawn = summaryNetwork(summary);
      const paths = await loadPaths(state, asOf, refusals, drawn);
      const refused = reason === "whole" ? whole : large;
      return {
        state,
        base: drawn,
        network: drawn,
        all,
        changes: null,
        focusIds: null,
        paths,
        story,
        problems,
        large: true,
        summary: { summary, refused, reason },
      };
    }
    if (state.focus && error instanceof ApiError && error.code === ErrorCode.NotFound)
      return withoutFocus(
        new ApiError(ErrorCode.NotFound, error.message, { hint: "Check the name and pick it again in Find." }),
        `There is no node "${state.focus}"; focus cleared.`,
      );
    throw error;
  }
  const [network, changes] =
    comparing && state.compareFrom && state.compareTo
      ? await Promise.all([
          Promise.all(
            [networks.scoped(scopeAt(state.compareFrom)), networks.scoped(scopeAt(state.compareTo))].map(absentAsEmpty),
          ).then(([a, b]) => mergeNetworks(a ?? emptyNetwork, b ?? emptyNetwork)),
          fetchChanges(state.compareFrom, state.compareTo).then((c) => changesWithin(c, base)),
        ])
      : [await absentAsEmpty(networks.scoped(scopeAt(state.date))), null];
  if (state.focus) {
    const focusNode = network.nodes.find((n) => n.id === state.focus);
    if (!focusNode || !nodeShown(state)(focusNode)) {
      const known = base.nodes.find((n) => n.id === state.focus);
      return withoutFocus(
        focusRefusal(state.focus, known, Boolean(focusNode), asOf, state.organisations),
        `${known?.label ?? state.focus} is not in this view; focus cleared.`,
      );
    }
  }
  // The whole view is the focus's neighbourhood: nothing to fade.
  const focusIds = state.focus ? new Set(network.nodes.map((n) => n.id)) : null;
  const paths = await loadPaths(state, asOf, refusals, base);
  return organisationsView({
    state,
    base,
    network,
    all,
    changes,
    focusIds,
    paths,
    story,
    problems,
    large: true,
    summary: null,
  });
}
