// What a view needs from the API: the all-time network (for positions and filter choices), the
// date's network (or both dates' when comparing), the focus's neighbourhood, the shortest paths and
// the story; each network is fetched once per date.
// A network too large to draw (NETWORK_TOO_LARGE) is never drawn whole: the view's base is then the
// focus's neighbourhood or the filtered network, fetched from the server, or, when that is still
// too large, the network summary (load-large-view.ts).
import { filterValues } from "../model/filter-values.js";
import { networkFilters } from "../model/network-filters.js";
import { nodeShown } from "../model/node-shown.js";
import type { ViewState } from "../store/view-state.js";
import type { Network, Story } from "../types.js";
import { ApiError } from "./api.js";
import { describeError, errorCodeOf } from "./describe-error.js";
import { fetchCentrality } from "./fetch-centrality.js";
import { fetchChanges } from "./fetch-changes.js";
import { fetchFocusIds } from "./fetch-focus-ids.js";
import { loadLargeView } from "./load-large-view.js";
import { loadPaths } from "./load-paths.js";
import { mergeNetworks } from "./merge-networks.js";
import { networks } from "./networks.js";
import { organisationsView } from "./organisations-view.js";
import { focusRefusal, type Refusals, refuseOrNote } from "./refusal.js";
import { stories } from "./stories.js";
import { tooLarge } from "./too-large.js";
import type { View } from "./view.js";

/** A story shows its step's date and highlights only: no focus, paths or comparison of its own. */
async function withStory(state: ViewState, refusals: Refusals): Promise<{ state: ViewState; story: Story | null }> {
  if (!state.story) return { state, story: null };
  try {
    const story = await stories.get(state.story);
    const step = Math.min(Math.max(state.step, 0), story.steps.length - 1);
    const current = story.steps[step];
    return {
      story,
      state: {
        ...state,
        step,
        date: current?.date ?? null,
        focus: null,
        pathFrom: null,
        pathTo: null,
        compareFrom: null,
        compareTo: null,
      },
    };
  } catch (error) {
    refuseOrNote(
      refusals,
      new ApiError(errorCodeOf(error), "the story could not be loaded", {
        hint: "Choose another story, or try again in a moment.",
      }),
      `The story could not be loaded: ${describeError(error)}`,
    );
    return { state: { ...state, story: null, step: 0 }, story: null };
  }
}

export interface LoadOptions {
  /** A reader's action: fail (ApiError) rather than drop a focus, paths or a story it cannot show. */
  exact?: boolean;
}

export async function loadView(requested: ViewState, { exact = false }: LoadOptions = {}): Promise<View> {
  const refusals: Refusals = { exact, problems: [] };
  return withCentrality(await loadNetworks(requested, refusals), refusals);
}

/** Node size by degree or betweenness needs the API's centrality on the view's date. */
async function withCentrality(view: View, refusals: Refusals): Promise<View> {
  const s = view.state;
  if (s.sizeBy === "none" || view.summary) return view;
  try {
    return { ...view, centrality: await fetchCentrality(s.compareTo ?? s.date, s.knownOnly) };
  } catch (error) {
    refuseOrNote(
      refusals,
      new ApiError(errorCodeOf(error), `node sizes by ${sizeByWords[s.sizeBy]} could not be computed`, {
        hint: "Focus or filter first, or try again in a moment.",
      }),
      `Node sizes by ${sizeByWords[s.sizeBy]} could not be computed: ${describeError(error)}`,
    );
    const problems = [...new Set([...view.problems, ...refusals.problems])];
    return { ...view, problems, state: { ...s, sizeBy: "none" } };
  }
}

const sizeByWords = { degree: "relationships", betweenness: "brokerage" } as const;

async function loadNetworks(requested: ViewState, refusals: Refusals): Promise<View> {
  const { problems } = refusals;
  let { state, story } = await withStory(requested, refusals);
  const comparing = state.compareFrom && state.compareTo && state.compareFrom < state.compareTo;
  if (!comparing) state = { ...state, compareFrom: null, compareTo: null };
  const asOf = comparing ? state.compareTo : state.date;
  const allTime = networks.whole(null);
  // The date's network is asked beside the all-time one, not after it (a refusal is handled below).
  if (!comparing && state.date) networks.whole(state.date).catch(() => {});
  let base: Network;
  try {
    base = await allTime;
  } catch (error) {
    const large = tooLarge(error);
    if (!large) throw error;
    return loadLargeView(state, large, story, refusals);
  }
  const all = filterValues(base);
  const [network, changes] =
    comparing && state.compareFrom && state.compareTo
      ? await Promise.all([
          Promise.all([networks.whole(state.compareFrom), networks.whole(state.compareTo)]).then(([a, b]) =>
            mergeNetworks(a, b),
          ),
          fetchChanges(state.compareFrom, state.compareTo),
        ])
      : [await networks.whole(state.date), null];

  let focusIds: Set<string> | null = null;
  if (state.focus) {
    const focusNode = network.nodes.find((n) => n.id === state.focus);
    if (!focusNode || !nodeShown(state)(focusNode)) {
      const known = base.nodes.find((n) => n.id === state.focus);
      refuseOrNote(
        refusals,
        focusRefusal(state.focus, known, Boolean(focusNode), asOf, state.organisations),
        known
          ? `${known.label} is not in this view; focus cleared.`
          : `There is no node "${state.focus}"; focus cleared.`,
      );
      state = { ...state, focus: null };
    } else if (!state.organisations) {
      // The organisations view finds the focus's neighbours among its own links (organisations-view.ts).
      focusIds = await fetchFocusIds({ id: state.focus, depth: state.depth, asOf, ...networkFilters(state, all) });
    }
  }

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
    large: false,
    summary: null,
  });
}
