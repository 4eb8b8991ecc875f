// A loaded view as the organisations view shows it: its networks folded (fold-organisations.ts),
// once per network, so the layout's positions stay put from one view to the next; the focus's
// neighbourhood counted in links between organisations; what could not be folded said.
import { type FoldedNetwork, foldOrganisations } from "../model/fold-organisations.js";
import { formatCount } from "../model/format-count.js";
import { shownElements } from "../model/shown-elements.js";
import type { Network } from "../types.js";
import type { View } from "./view.js";

const folds = new WeakMap<Network, FoldedNetwork>();

export function folded(network: Network): FoldedNetwork {
  let done = folds.get(network);
  if (!done) {
    done = foldOrganisations(network);
    folds.set(network, done);
  }
  return done;
}

/** The ids within `depth` links of `focus`, by the links shown. */
function neighbourhood(view: View, focus: string, depth: number): Set<string> {
  const { edges } = shownElements(view);
  const next = new Map<string, string[]>();
  for (const e of edges) {
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
  }
  const seen = new Set([focus]);
  let ring = [focus];
  for (let step = 0; step < depth && ring.length > 0; step++) {
    ring = ring.flatMap((id) => next.get(id) ?? []).filter((id) => !seen.has(id) && seen.add(id));
  }
  return seen;
}

export function organisationsView(view: View): View {
  if (!view.state.organisations || view.summary) return view;
  const network = folded(view.network);
  const out: View = { ...view, base: folded(view.base), network };
  if (view.state.focus) out.focusIds = neighbourhood(out, view.state.focus, view.state.depth);
  const problems = network.unfolded.map(
    ({ hub, organisations }) =>
      `${hub.label} joins ${formatCount(organisations)} organisations, too many to draw as links between each pair: leave the organisations view to see it.`,
  );
  return problems.length > 0 ? { ...out, problems: [...view.problems, ...problems] } : out;
}
